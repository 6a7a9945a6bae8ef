using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Api;

/// <summary>The exports part of the Api: ask for a file, follow it, list past ones and get a download link.</summary>
public static class ExportApiCalls
{
    private const string Exports = "api/v1/exports";

    public static Task<ExportInfo> RequestExportAsync(this SanctumApiClient api, ExportRequest request, CancellationToken cancellationToken = default) =>
        api.SendAsync<ExportInfo>(HttpMethod.Post, Exports, request, cancellationToken);

    public static Task<PagedList<ExportInfo>> ListExportsAsync(this SanctumApiClient api, int page, int pageSize, CancellationToken cancellationToken = default) =>
        api.SendAsync<PagedList<ExportInfo>>(HttpMethod.Get, $"{Exports}?page={page}&pageSize={pageSize}", null, cancellationToken);

    public static Task<DownloadLinkInfo> GetDownloadLinkAsync(this SanctumApiClient api, Guid id, CancellationToken cancellationToken = default) =>
        api.SendAsync<DownloadLinkInfo>(HttpMethod.Get, $"{Exports}/{id}/download", null, cancellationToken);
}
