using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Api;

/// <summary>What the companion knows: its configuration, the knowledge base, and the context it reads.</summary>
public static class CompanionContextApiCalls
{
    private const string Companion = "api/v1/companion";

    public static Task<CompanionConfigurationInfo> GetCompanionConfigurationAsync(this SanctumApiClient api, CancellationToken cancellationToken = default) =>
        api.SendAsync<CompanionConfigurationInfo>(HttpMethod.Get, $"{Companion}/configuration", null, cancellationToken);

    public static Task<CompanionConfigurationInfo> SaveCompanionConfigurationAsync(
        this SanctumApiClient api, CompanionConfigurationInfo configuration, CancellationToken cancellationToken = default) =>
        api.SendAsync<CompanionConfigurationInfo>(HttpMethod.Put, $"{Companion}/configuration", configuration, cancellationToken);

    /// <param name="category">Null for every category.</param>
    public static Task<PagedList<KnowledgeInfo>> ListKnowledgeAsync(
        this SanctumApiClient api, string? category, int page, int pageSize, CancellationToken cancellationToken = default) =>
        api.SendAsync<PagedList<KnowledgeInfo>>(HttpMethod.Get,
            $"{Companion}/knowledge?page={page}&pageSize={pageSize}{(category is null ? "" : $"&category={category}")}", null, cancellationToken);

    public static Task<KnowledgeInfo> AddKnowledgeAsync(this SanctumApiClient api, KnowledgeRequestBody entry, CancellationToken cancellationToken = default) =>
        api.SendAsync<KnowledgeInfo>(HttpMethod.Post, $"{Companion}/knowledge", entry, cancellationToken);

    public static Task<KnowledgeInfo> UpdateKnowledgeAsync(
        this SanctumApiClient api, Guid id, KnowledgeRequestBody entry, CancellationToken cancellationToken = default) =>
        api.SendAsync<KnowledgeInfo>(HttpMethod.Put, $"{Companion}/knowledge/{id}", entry, cancellationToken);

    public static async Task DeleteKnowledgeAsync(this SanctumApiClient api, Guid id, CancellationToken cancellationToken = default) =>
        (await api.SendAsync(HttpMethod.Delete, $"{Companion}/knowledge/{id}", null, cancellationToken)).Dispose();

    public static Task<CompanionContextInfo> GetCompanionContextAsync(this SanctumApiClient api, CancellationToken cancellationToken = default) =>
        api.SendAsync<CompanionContextInfo>(HttpMethod.Get, $"{Companion}/context", null, cancellationToken);
}
