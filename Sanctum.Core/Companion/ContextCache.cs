using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Sanctum.Core.Companion;

/// <summary>
/// The assembled context per person in Redis, stamped with that person's context version. A change to any input
/// (<see cref="ContextInvalidationInterceptor"/>) replaces the version with a new random token, so every entry
/// stamped with the old one is stale at once.
/// <para>
/// Why a version rather than deleting the entry: a build that read the database just before a change committed
/// would write its stale entry after the delete and serve it until it expired. The builder reads the version
/// before it reads anything else, so that late entry carries the old version and is never served. A random token
/// rather than a counter: if Redis ever loses the version key (eviction, a flush), a new token is made and
/// matches no entry, where a counter would start again at a number an old entry may carry.
/// </para>
/// </summary>
public sealed class ContextCache(IConnectionMultiplexer redis, ILogger<ContextCache> logger)
{
    /// <summary>The longest any entry lives, so a version bump Redis missed (it was down) cannot keep one forever.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan VersionLifetime = TimeSpan.FromDays(1);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static RedisKey VersionKey(Guid userId) => $"sanctum:companion:context:{userId:N}:version";

    private static RedisKey EntryKey(Guid userId) => $"sanctum:companion:context:{userId:N}";

    /// <summary>
    /// The person's current context version, made if they have none; null when Redis cannot be reached, and then
    /// <see cref="ReadAsync"/> and <see cref="WriteAsync"/> do nothing, so the context is built from the database
    /// uncached rather than not at all.
    /// </summary>
    public async Task<string?> VersionAsync(Guid userId)
    {
        try
        {
            var database = redis.GetDatabase();
            if (await database.StringGetAsync(VersionKey(userId)) is { HasValue: true } found) return found.ToString();
            var made = NewToken();
            return await database.StringSetAsync(VersionKey(userId), made, VersionLifetime, When.NotExists)
                ? made
                : (await database.StringGetAsync(VersionKey(userId))).ToString();
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            logger.LogWarning(exception, "Redis is unavailable; the companion context is built without the cache");
            return null;
        }
    }

    /// <summary>The entry stamped with <paramref name="version"/> and still good at <paramref name="now"/>, or null.</summary>
    public async Task<StoredContext?> ReadAsync(Guid userId, string? version, DateTimeOffset now)
    {
        if (version is null) return null;
        try
        {
            var value = await redis.GetDatabase().StringGetAsync(EntryKey(userId));
            if (!value.HasValue) return null;
            var entry = JsonSerializer.Deserialize<CacheEntry>((string)value!, Json);
            return entry is not null && entry.Version == version && entry.Context.ValidUntil > now ? entry.Context : null;
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            logger.LogWarning(exception, "Could not read a cached companion context; building it from the database");
            return null;
        }
    }

    public async Task WriteAsync(Guid userId, string? version, StoredContext context, DateTimeOffset now)
    {
        var lifetime = context.ValidUntil - now;
        if (version is null || lifetime <= TimeSpan.Zero) return;
        try
        {
            await redis.GetDatabase().StringSetAsync(
                EntryKey(userId), JsonSerializer.Serialize(new CacheEntry(version, context), Json), lifetime < MaxAge ? lifetime : MaxAge);
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            logger.LogWarning(exception, "Could not cache a companion context");
        }
    }

    /// <summary>
    /// Makes these people's entries stale. Called after their change committed; a Redis failure is logged, not
    /// thrown, because the change itself is already saved (and entries live at most <see cref="MaxAge"/>).
    /// </summary>
    public async Task InvalidateAsync(IReadOnlyCollection<Guid> userIds)
    {
        try
        {
            var database = redis.GetDatabase();
            await Task.WhenAll(userIds.Select(id => database.StringSetAsync(VersionKey(id), NewToken(), VersionLifetime)));
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            logger.LogWarning(exception, "Could not mark the companion context of {Count} people as changed", userIds.Count);
        }
    }

    public void Invalidate(IReadOnlyCollection<Guid> userIds) => InvalidateAsync(userIds).GetAwaiter().GetResult();

    /// <summary>Redis down, unreachable or too slow (RedisConnectionException and RedisTimeoutException included).</summary>
    private static bool IsUnavailable(Exception exception) => exception is RedisException or TimeoutException;

    private static string NewToken() => Guid.NewGuid().ToString("N");

    private sealed record CacheEntry(string Version, StoredContext Context);
}
