using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Api;

/// <summary>What is kept about each medication beyond the medication itself: side effects, changes, adherence.</summary>
public static class MedicationApiCalls
{
    private const string Medications = "api/v1/medications";

    /// <summary>Adherence for the local days from..to (both included).</summary>
    public static Task<AdherenceReportInfo> GetAdherenceAsync(
        this SanctumApiClient api, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        api.SendAsync<AdherenceReportInfo>(HttpMethod.Get, $"{Medications}/adherence?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", null, cancellationToken);

    /// <summary>Changes and side effects, oldest first.</summary>
    public static Task<IReadOnlyList<TimelineEntryInfo>> GetMedicationTimelineAsync(
        this SanctumApiClient api, Guid medicationId, CancellationToken cancellationToken = default) =>
        api.SendAsync<IReadOnlyList<TimelineEntryInfo>>(HttpMethod.Get, $"{Medications}/{medicationId}/timeline", null, cancellationToken);

    public static Task<SideEffectInfo> AddSideEffectAsync(
        this SanctumApiClient api, Guid medicationId, SideEffectRequest request, CancellationToken cancellationToken = default) =>
        api.SendAsync<SideEffectInfo>(HttpMethod.Post, $"{Medications}/{medicationId}/side-effects", request, cancellationToken);

    public static Task<MedicationChangeInfo> AddMedicationChangeAsync(
        this SanctumApiClient api, Guid medicationId, MedicationChangeRequest request, CancellationToken cancellationToken = default) =>
        api.SendAsync<MedicationChangeInfo>(HttpMethod.Post, $"{Medications}/{medicationId}/changes", request, cancellationToken);

    /// <summary>Deletes a timeline entry; its kind says which collection it lives in.</summary>
    public static async Task DeleteTimelineEntryAsync(
        this SanctumApiClient api, Guid medicationId, TimelineEntryInfo entry, CancellationToken cancellationToken = default)
    {
        var path = entry.Change is { } change ? $"changes/{change.Id}" : $"side-effects/{entry.SideEffect!.Id}";
        (await api.SendAsync(HttpMethod.Delete, $"{Medications}/{medicationId}/{path}", null, cancellationToken)).Dispose();
    }
}
