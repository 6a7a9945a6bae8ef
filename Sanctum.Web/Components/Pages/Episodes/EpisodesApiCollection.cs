using Sanctum.Web.Api;
using Sanctum.Web.Api.Contracts;
using Sanctum.Web.Session;

namespace Sanctum.Web.Components.Pages.Episodes;

public static class EpisodesApiCollection
{
    public const string ListHref = "episodes";

    private const string Path = "api/v1/episodes";

    /// <summary>The person's episodes, their times on the person's own clock so names and dates read as local.</summary>
    public static RecordCollection<EpisodeInfo, EpisodeRequest> Episodes(this SanctumApiClient api, SignedInUser user) =>
        new(api, Path, episode => episode.InZone(user.TimeZone));

    /// <summary>
    /// Crisis records Sanctum started, newest first, waiting to be kept or dismissed. Deleting one here dismisses it
    /// (the Api's dismiss path deletes drafts only).
    /// </summary>
    public static RecordCollection<EpisodeInfo, EpisodeRequest> EpisodeDrafts(this SanctumApiClient api, SignedInUser user) =>
        new(api, $"{Path}/drafts", episode => episode.InZone(user.TimeZone));

    /// <summary>Keeps a draft as the person's own episode: as it is (no request), or with what they filled in.</summary>
    public static async Task<EpisodeInfo> KeepEpisodeDraftAsync(this SanctumApiClient api, SignedInUser user, Guid id, EpisodeRequest? request) =>
        (await api.SendAsync<EpisodeInfo>(HttpMethod.Post, $"{Path}/{id}/confirm", request, CancellationToken.None)).InZone(user.TimeZone);

    /// <summary>Episodes that started between two local dates, month by month.</summary>
    public static Task<EpisodeSummaryInfo> GetEpisodeSummaryAsync(this SanctumApiClient api, DateOnly from, DateOnly to) =>
        api.SendAsync<EpisodeSummaryInfo>(HttpMethod.Get, $"{Path}/summary?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", null, CancellationToken.None);

    /// <summary>An episode's interventions, in time order; one page of at most 100.</summary>
    public static Task<PagedList<InterventionInfo>> ListInterventionsAsync(this SanctumApiClient api, Guid episodeId) =>
        api.SendAsync<PagedList<InterventionInfo>>(HttpMethod.Get, $"{Path}/{episodeId}/interventions?pageSize=100", null, CancellationToken.None);

    public static Task<InterventionInfo> AddInterventionAsync(this SanctumApiClient api, Guid episodeId, InterventionRequest request) =>
        api.SendAsync<InterventionInfo>(HttpMethod.Post, $"{Path}/{episodeId}/interventions", request, CancellationToken.None);

    public static async Task RemoveInterventionAsync(this SanctumApiClient api, Guid episodeId, Guid id) =>
        (await api.SendAsync(HttpMethod.Delete, $"{Path}/{episodeId}/interventions/{id}", null, CancellationToken.None)).Dispose();
}
