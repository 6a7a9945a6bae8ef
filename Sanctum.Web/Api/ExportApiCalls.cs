using System.Text;
using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Api;

/// <summary>The exports part of the Api: ask for a file, follow it, list past ones, get a download link; bring records in.</summary>
public static class ExportApiCalls
{
    private const string Exports = "api/v1/exports";

    public static Task<ExportInfo> RequestExportAsync(this SanctumApiClient api, ExportRequest request, CancellationToken cancellationToken = default) =>
        api.SendAsync<ExportInfo>(HttpMethod.Post, Exports, request, cancellationToken);

    public static Task<PagedList<ExportInfo>> ListExportsAsync(this SanctumApiClient api, int page, int pageSize, CancellationToken cancellationToken = default) =>
        api.SendAsync<PagedList<ExportInfo>>(HttpMethod.Get, $"{Exports}?page={page}&pageSize={pageSize}", null, cancellationToken);

    public static Task<DownloadLinkInfo> GetDownloadLinkAsync(this SanctumApiClient api, Guid id, CancellationToken cancellationToken = default) =>
        api.SendAsync<DownloadLinkInfo>(HttpMethod.Get, $"{Exports}/{id}/download", null, cancellationToken);

    /// <summary>A Daylio CSV export, as the file's text.</summary>
    public static Task<DaylioImportInfo> ImportDaylioAsync(this SanctumApiClient api, string csv, CancellationToken cancellationToken = default) =>
        api.SendAsync<DaylioImportInfo>(HttpMethod.Post, "api/v1/imports/daylio", new StringContent(csv, Encoding.UTF8, "text/csv"), cancellationToken);

    /// <summary>A Sanctum JSON export, as the file's text; only an account with nothing in it yet takes one.</summary>
    public static Task<JsonImportInfo> ImportJsonAsync(this SanctumApiClient api, string json, CancellationToken cancellationToken = default) =>
        api.SendAsync<JsonImportInfo>(HttpMethod.Post, "api/v1/imports/json", new StringContent(json, Encoding.UTF8, "application/json"), cancellationToken);
}
