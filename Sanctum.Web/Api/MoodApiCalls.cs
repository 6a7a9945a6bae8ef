using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Api;

/// <summary>The mood tracking part of the Api: shifts, states, day summaries and check-ins.</summary>
public static class MoodApiCalls
{
    private const string Mood = "api/v1/mood";

    public static Task<MoodStatesInfo> GetMoodStatesAsync(this SanctumApiClient api, CancellationToken cancellationToken = default) =>
        api.SendAsync<MoodStatesInfo>(HttpMethod.Get, $"{Mood}/states", null, cancellationToken);

    public static Task<CustomStateInfo> AddMoodStateAsync(this SanctumApiClient api, string name, CancellationToken cancellationToken = default) =>
        api.SendAsync<CustomStateInfo>(HttpMethod.Post, $"{Mood}/states", new { name }, cancellationToken);

    public static async Task RemoveMoodStateAsync(this SanctumApiClient api, Guid id, CancellationToken cancellationToken = default) =>
        (await api.SendAsync(HttpMethod.Delete, $"{Mood}/states/{id}", null, cancellationToken)).Dispose();

    public static Task<MoodShiftInfo> LogMoodShiftAsync(this SanctumApiClient api, MoodShiftRequest shift, CancellationToken cancellationToken = default) =>
        api.SendAsync<MoodShiftInfo>(HttpMethod.Post, $"{Mood}/shifts", shift, cancellationToken);

    public static Task<MoodShiftInfo> UpdateMoodShiftAsync(
        this SanctumApiClient api, Guid id, MoodShiftRequest shift, CancellationToken cancellationToken = default) =>
        api.SendAsync<MoodShiftInfo>(HttpMethod.Put, $"{Mood}/shifts/{id}", shift, cancellationToken);

    public static async Task DeleteMoodShiftAsync(this SanctumApiClient api, Guid id, CancellationToken cancellationToken = default) =>
        (await api.SendAsync(HttpMethod.Delete, $"{Mood}/shifts/{id}", null, cancellationToken)).Dispose();

    public static Task<MoodShiftsInDaysInfo> GetTodaysMoodShiftsAsync(this SanctumApiClient api, CancellationToken cancellationToken = default) =>
        api.SendAsync<MoodShiftsInDaysInfo>(HttpMethod.Get, $"{Mood}/shifts/today", null, cancellationToken);

    /// <summary>Shifts between two instants, newest first; one page of at most 100.</summary>
    public static Task<PagedList<MoodShiftInfo>> ListMoodShiftsAsync(
        this SanctumApiClient api, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        api.SendAsync<PagedList<MoodShiftInfo>>(HttpMethod.Get,
            $"{Mood}/shifts?from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}&pageSize=100",
            null, cancellationToken);

    public static Task<IReadOnlyList<MoodDayInfo>> GetMoodDaysAsync(
        this SanctumApiClient api, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        api.SendAsync<IReadOnlyList<MoodDayInfo>>(HttpMethod.Get, $"{Mood}/days?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", null, cancellationToken);

    /// <summary>The day's check-ins, or null when neither has been filled in.</summary>
    public static Task<BaselineInfo?> GetBaselineAsync(this SanctumApiClient api, DateOnly date, CancellationToken cancellationToken = default) =>
        SanctumApiClient.OrNullWhenNotFoundAsync(api.SendAsync<BaselineInfo>(HttpMethod.Get, $"{Mood}/baselines/{date:yyyy-MM-dd}", null, cancellationToken));

    public static Task<BaselineInfo> SaveMorningCheckInAsync(
        this SanctumApiClient api, DateOnly date, MorningCheckInRequest request, CancellationToken cancellationToken = default) =>
        api.SendAsync<BaselineInfo>(HttpMethod.Put, $"{Mood}/baselines/{date:yyyy-MM-dd}/morning", request, cancellationToken);

    public static Task<BaselineInfo> SaveEveningCheckInAsync(
        this SanctumApiClient api, DateOnly date, EveningCheckInRequest request, CancellationToken cancellationToken = default) =>
        api.SendAsync<BaselineInfo>(HttpMethod.Put, $"{Mood}/baselines/{date:yyyy-MM-dd}/evening", request, cancellationToken);
}
