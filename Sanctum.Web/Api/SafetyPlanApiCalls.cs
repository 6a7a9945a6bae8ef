using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Api;

/// <summary>The safety plan part of the Api: the latest plan, saving a new version, earlier versions and the PDF.</summary>
public static class SafetyPlanApiCalls
{
    private const string Plan = "api/v1/safety/plan";

    /// <summary>The latest version, or null before the first save.</summary>
    public static Task<SafetyPlanInfo?> GetSafetyPlanAsync(this SanctumApiClient api, CancellationToken cancellationToken = default) =>
        SanctumApiClient.OrNullWhenNotFoundAsync(api.SendAsync<SafetyPlanInfo>(HttpMethod.Get, Plan, null, cancellationToken));

    /// <summary>An earlier version, or null when there is no such version.</summary>
    public static Task<SafetyPlanInfo?> GetSafetyPlanVersionAsync(this SanctumApiClient api, int version, CancellationToken cancellationToken = default) =>
        SanctumApiClient.OrNullWhenNotFoundAsync(api.SendAsync<SafetyPlanInfo>(HttpMethod.Get, $"{Plan}/versions/{version}", null, cancellationToken));

    public static Task<SafetyPlanInfo> SaveSafetyPlanAsync(this SanctumApiClient api, SafetyPlanRequest plan, CancellationToken cancellationToken = default) =>
        api.SendAsync<SafetyPlanInfo>(HttpMethod.Put, Plan, plan, cancellationToken);

    public static Task<PagedList<SafetyPlanVersionInfo>> ListSafetyPlanVersionsAsync(
        this SanctumApiClient api, int page, int pageSize, CancellationToken cancellationToken = default) =>
        api.SendAsync<PagedList<SafetyPlanVersionInfo>>(HttpMethod.Get, $"{Plan}/versions?page={page}&pageSize={pageSize}", null, cancellationToken);

    /// <summary>The latest plan as a one-page PDF; the caller disposes the response.</summary>
    public static Task<HttpResponseMessage> GetSafetyPlanPdfAsync(this SanctumApiClient api, CancellationToken cancellationToken = default) =>
        api.SendAsync(HttpMethod.Get, $"{Plan}/pdf", null, cancellationToken);
}
