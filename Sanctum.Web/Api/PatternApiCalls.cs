using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Api;

/// <summary>The pattern-analysis part of the Api: ask for an analysis, follow it, and mark its flags.</summary>
public static class PatternApiCalls
{
    private const string Analyses = "api/v1/patterns/analyses";

    public static Task<PagedList<AnalysisInfo>> ListAnalysesAsync(this SanctumApiClient api, int page, int pageSize, CancellationToken cancellationToken = default) =>
        api.SendAsync<PagedList<AnalysisInfo>>(HttpMethod.Get, $"{Analyses}?page={page}&pageSize={pageSize}", null, cancellationToken);

    public static Task<AnalysisInfo> GetAnalysisAsync(this SanctumApiClient api, Guid id, CancellationToken cancellationToken = default) =>
        api.SendAsync<AnalysisInfo>(HttpMethod.Get, $"{Analyses}/{id}", null, cancellationToken);

    public static Task<AnalysisInfo> RequestAnalysisAsync(this SanctumApiClient api, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        api.SendAsync<AnalysisInfo>(HttpMethod.Post, Analyses, new AnalysisRequestBody(from, to), cancellationToken);

    /// <param name="action">"acknowledge" or "discussed".</param>
    public static Task<PatternFlagInfo> MarkFlagAsync(this SanctumApiClient api, Guid id, string action, CancellationToken cancellationToken = default) =>
        api.SendAsync<PatternFlagInfo>(HttpMethod.Post, $"api/v1/patterns/flags/{id}/{action}", null, cancellationToken);
}
