using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Sanctum.Web.Api;

namespace Sanctum.Web.Session;

/// <summary>What came of trying to renew a session's tokens.</summary>
public abstract record SessionRefresh
{
    private SessionRefresh()
    {
    }

    /// <summary>New tokens, already in a principal ready to be written to the cookie.</summary>
    public sealed record Renewed(ClaimsPrincipal Principal) : SessionRefresh;

    /// <summary>The Api refused the refresh token (expired, revoked or reused): the person must sign in again.</summary>
    public sealed record Ended : SessionRefresh;

    /// <summary>The Api could not be asked; the session stays as it is and the next request tries again.</summary>
    public sealed record Unavailable : SessionRefresh;
}

/// <summary>
/// Spends each refresh token exactly once. Refresh tokens rotate and the Api treats a second use of one as
/// theft, revoking the whole session; yet one page load sends several requests at once (the page, its
/// assets, the circuit's connection), all carrying the same cookie. Requests holding the same refresh
/// token therefore share one refresh, and its result is kept for a few minutes for stragglers.
/// One instance per server: with several servers the load balancer's sticky sessions keep a browser on one.
/// </summary>
public sealed class SessionRefresher(IMemoryCache cache, TimeProvider time, ILogger<SessionRefresher> logger)
{
    private static readonly TimeSpan SharedResultLifetime = TimeSpan.FromMinutes(5);
    private readonly Lock _gate = new();

    public Task<SessionRefresh> RefreshAsync(ClaimsPrincipal principal, AccountApiClient accountApi)
    {
        if (SessionClaims.RefreshTokenOf(principal) is not { } refreshToken)
            return Task.FromResult<SessionRefresh>(new SessionRefresh.Ended());

        var key = CacheKey(refreshToken);
        lock (_gate)
        {
            // A failed attempt to reach the Api is not shared: the next request should try again.
            if (cache.TryGetValue(key, out Task<SessionRefresh>? shared)
                && shared is not { IsCompletedSuccessfully: true, Result: SessionRefresh.Unavailable })
            {
                return shared!;
            }

            var refresh = RefreshOnceAsync(principal, refreshToken, accountApi);
            cache.Set(key, refresh, SharedResultLifetime);
            return refresh;
        }
    }

    private async Task<SessionRefresh> RefreshOnceAsync(ClaimsPrincipal principal, string refreshToken, AccountApiClient accountApi)
    {
        try
        {
            // Not tied to any one request: the requests sharing this refresh must not lose it if the first one is aborted.
            var tokens = await accountApi.RefreshAsync(refreshToken, CancellationToken.None);
            return new SessionRefresh.Renewed(SessionClaims.WithTokens(principal, tokens, time.GetUtcNow()));
        }
        catch (ApiProblemException exception) when (exception.Problem.Status is 400 or 401)
        {
            logger.LogInformation("The Api ended a session: its refresh token was refused ({Status}).", exception.Problem.Status);
            return new SessionRefresh.Ended();
        }
        catch (Exception exception) when (exception is ApiUnavailableException or ApiProblemException)
        {
            logger.LogWarning(exception, "Could not refresh a session's tokens; keeping the session for now.");
            return new SessionRefresh.Unavailable();
        }
    }

    // The token itself never becomes a cache key: keys can show up in diagnostics.
    private static string CacheKey(string refreshToken) =>
        "session-refresh:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));
}
