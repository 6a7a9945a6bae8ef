using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Api;

/// <summary>The skills library, the person's own skills, and suggestions for right now.</summary>
public static class SkillApiCalls
{
    private const string Skills = "api/v1/skills";

    public static Task<PagedList<SkillSummaryInfo>> SearchSkillsAsync(this SanctumApiClient api, string? text, string? framework, int page, int pageSize,
        CancellationToken cancellationToken = default) =>
        api.SendAsync<PagedList<SkillSummaryInfo>>(HttpMethod.Get,
            $"{Skills}?q={Uri.EscapeDataString(text ?? "")}&framework={Uri.EscapeDataString(framework ?? "")}&page={page}&pageSize={pageSize}",
            null, cancellationToken);

    public static Task<SkillInfo> GetSkillAsync(this SanctumApiClient api, string key, CancellationToken cancellationToken = default) =>
        api.SendAsync<SkillInfo>(HttpMethod.Get, $"{Skills}/{Uri.EscapeDataString(key)}", null, cancellationToken);

    public static Task<PagedList<MySkillInfo>> ListMySkillsAsync(this SanctumApiClient api, int page, int pageSize, CancellationToken cancellationToken = default) =>
        api.SendAsync<PagedList<MySkillInfo>>(HttpMethod.Get, $"{Skills}/mine?page={page}&pageSize={pageSize}", null, cancellationToken);

    /// <param name="status">learning, practising or mastered.</param>
    public static Task<MySkillInfo> SaveMySkillAsync(this SanctumApiClient api, string key, string status, CancellationToken cancellationToken = default) =>
        api.SendAsync<MySkillInfo>(HttpMethod.Put, $"{Skills}/mine/{Uri.EscapeDataString(key)}", new MySkillRequest(status), cancellationToken);

    public static async Task RemoveMySkillAsync(this SanctumApiClient api, string key, CancellationToken cancellationToken = default) =>
        (await api.SendAsync(HttpMethod.Delete, $"{Skills}/mine/{Uri.EscapeDataString(key)}", null, cancellationToken)).Dispose();

    public static Task<SuggestionsInfo> SuggestSkillsAsync(this SanctumApiClient api, string? emotion, int intensity, string? situation,
        CancellationToken cancellationToken = default) =>
        api.SendAsync<SuggestionsInfo>(HttpMethod.Get,
            $"{Skills}/suggest?emotion={Uri.EscapeDataString(emotion ?? "")}&intensity={intensity}&situation={Uri.EscapeDataString(situation ?? "")}",
            null, cancellationToken);
}
