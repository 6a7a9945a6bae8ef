using Sanctum.Web.Api.Contracts;
using Sanctum.Web.Session;

namespace Sanctum.Web.Api;

/// <summary>The opt-in trackers part of the Api: which are turned on, the DRSP items, and each tracker's entries.</summary>
public static class TrackerApiCalls
{
    private const string Trackers = "api/v1/trackers";

    public static Task<TrackerSettingsInfo> GetTrackerSettingsAsync(this SanctumApiClient api, CancellationToken cancellationToken = default) =>
        api.SendAsync<TrackerSettingsInfo>(HttpMethod.Get, $"{Trackers}/settings", null, cancellationToken);

    public static Task<TrackerSettingsInfo> SaveTrackerSettingsAsync(
        this SanctumApiClient api, IReadOnlyList<string> trackers, CancellationToken cancellationToken = default) =>
        api.SendAsync<TrackerSettingsInfo>(HttpMethod.Put, $"{Trackers}/settings", new { trackers }, cancellationToken);

    public static Task<IReadOnlyList<DrspItemInfo>> GetDrspItemsAsync(this SanctumApiClient api, CancellationToken cancellationToken = default) =>
        api.SendAsync<IReadOnlyList<DrspItemInfo>>(HttpMethod.Get, $"{Trackers}/menstrual/drsp-items", null, cancellationToken);

    public static RecordCollection<MenstrualInfo, MenstrualRequest> MenstrualEntries(this SanctumApiClient api) =>
        new(api, $"{Trackers}/menstrual");

    public static RecordCollection<RoutineInfo, RoutineRequest> RoutineEntries(this SanctumApiClient api) =>
        new(api, $"{Trackers}/routines");

    // Moments arrive in UTC; on the person's clock their names and details read as local times.
    public static RecordCollection<AbandonmentInfo, AbandonmentRequest> AbandonmentEntries(this SanctumApiClient api, SignedInUser user) =>
        new(api, $"{Trackers}/abandonment", entry => entry with { OccurredAt = user.ToLocal(entry.OccurredAt) });

    public static RecordCollection<EmotionalIntensityInfo, EmotionalIntensityRequest> EmotionalIntensityEntries(
        this SanctumApiClient api, SignedInUser user) =>
        new(api, $"{Trackers}/emotional-intensity", entry => entry with { OccurredAt = user.ToLocal(entry.OccurredAt) });

    public static RecordCollection<RelationshipInfo, RelationshipRequest> RelationshipEntries(this SanctumApiClient api, SignedInUser user) =>
        new(api, $"{Trackers}/relationships", entry => entry with { OccurredAt = user.ToLocal(entry.OccurredAt) });
}
