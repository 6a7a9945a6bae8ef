using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Sanctum.Api.Auth;

/// <summary>
/// Fixed one-minute windows of sign-in attempts per client address and per account, counted in Redis
/// so every Api replica shares them. Slows password guessing before the lockout even starts.
/// </summary>
public sealed class SignInThrottle(IConnectionMultiplexer redis, IOptions<AuthOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Counts this attempt; returns how long to wait when over a limit, or null to go ahead.</summary>
    public async Task<TimeSpan?> TryAttemptAsync(string? clientAddress, string normalizedEmail)
    {
        var window = time.GetUtcNow().ToUnixTimeSeconds() / (long)Window.TotalSeconds;
        var db = redis.GetDatabase();
        var overIp = await IncrementAsync(db, $"sanctum:signin:ip:{clientAddress ?? "unknown"}:{window}")
            > options.Value.SignInAttemptsPerIpPerMinute;
        var overAccount = await IncrementAsync(db, $"sanctum:signin:account:{normalizedEmail}:{window}")
            > options.Value.SignInAttemptsPerAccountPerMinute;
        if (!overIp && !overAccount) return null;

        var windowEnds = DateTimeOffset.FromUnixTimeSeconds((window + 1) * (long)Window.TotalSeconds);
        return windowEnds - time.GetUtcNow();
    }

    private static async Task<long> IncrementAsync(IDatabase db, string key)
    {
        var count = await db.StringIncrementAsync(key);
        if (count == 1) await db.KeyExpireAsync(key, Window * 2);
        return count;
    }
}
