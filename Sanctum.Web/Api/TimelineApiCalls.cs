using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Api;

/// <summary>The timeline part of the Api: every kind of record over a stretch of local days.</summary>
public static class TimelineApiCalls
{
    public static Task<TimelineInfo> GetTimelineAsync(
        this SanctumApiClient api, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        api.SendAsync<TimelineInfo>(HttpMethod.Get, $"api/v1/timeline?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", null, cancellationToken);
}
