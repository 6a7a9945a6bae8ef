using Sanctum.Web.Api;
using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Components.Pages.Episodes;

public static class EpisodesApiCollection
{
    public const string ListHref = "episodes";

    private const string Path = "api/v1/episodes";

    public static RecordCollection<EpisodeInfo, EpisodeRequest> Episodes(this SanctumApiClient api) => new(api, Path);

    /// <summary>An episode's interventions, in time order; one page of at most 100.</summary>
    public static Task<PagedList<InterventionInfo>> ListInterventionsAsync(this SanctumApiClient api, Guid episodeId) =>
        api.SendAsync<PagedList<InterventionInfo>>(HttpMethod.Get, $"{Path}/{episodeId}/interventions?pageSize=100", null, CancellationToken.None);

    public static Task<InterventionInfo> AddInterventionAsync(this SanctumApiClient api, Guid episodeId, InterventionRequest request) =>
        api.SendAsync<InterventionInfo>(HttpMethod.Post, $"{Path}/{episodeId}/interventions", request, CancellationToken.None);

    public static async Task RemoveInterventionAsync(this SanctumApiClient api, Guid episodeId, Guid id) =>
        (await api.SendAsync(HttpMethod.Delete, $"{Path}/{episodeId}/interventions/{id}", null, CancellationToken.None)).Dispose();
}
