namespace Sanctum.Web.Api.Contracts;

public sealed record MoodShiftRequest(
    DateTimeOffset? OccurredAt, string? PreviousState, string CurrentState, int Intensity, string? Trigger,
    IReadOnlyList<string>? PhysicalSymptoms, string? Functionality, string? Activity, string? Notes, string? LoggedBy = null,
    bool IsPrivate = false);

public sealed record MoodShiftInfo(
    Guid Id, DateTimeOffset OccurredAt, string? PreviousState, string CurrentState, int Intensity, string? Trigger,
    IReadOnlyList<string> PhysicalSymptoms, string Functionality, string? Activity, string? Notes, string LoggedBy,
    CrisisInfo? Crisis = null, bool IsPrivate = false);

public sealed record MoodShiftsInDaysInfo(DateOnly From, DateOnly To, string TimeZone, IReadOnlyList<MoodShiftInfo> Shifts);

public sealed record CustomStateInfo(Guid Id, string Name);

public sealed record MoodStatesInfo(IReadOnlyList<string> Standard, IReadOnlyList<CustomStateInfo> Custom)
{
    public IEnumerable<string> All => Standard.Concat(Custom.Select(c => c.Name));
}

public sealed record StateMinutesInfo(string State, int Minutes);

public sealed record MoodDayInfo(
    DateOnly Date, int TotalShifts, int TotalStates, int DistinctStates, string? CarriedOverState,
    IReadOnlyList<StateMinutesInfo> TimeInStates, int? AverageDurationMinutes, int CrisisCount, int FunctionalCount, int TrackedMinutes);

public sealed record MorningCheckInRequest(
    TimeOnly? WakeTime, decimal? SleepHours, TimeOnly? BedtimePreviousNight, string? HowWokeUp, string? MorningMood,
    bool? MorningMedsTaken, TimeOnly? MorningMedsAt);

public sealed record EveningCheckInRequest(string? EveningMood, bool? EveningMedsTaken, TimeOnly? EveningMedsAt, string? DaySummary);

public sealed record BaselineInfo(
    Guid Id, DateOnly Date, TimeOnly? WakeTime, decimal? SleepHours, TimeOnly? BedtimePreviousNight, string? HowWokeUp,
    string? MorningMood, bool? MorningMedsTaken, TimeOnly? MorningMedsAt, string? EveningMood, bool? EveningMedsTaken,
    TimeOnly? EveningMedsAt, string? DaySummary, int TotalShifts, CrisisInfo? Crisis = null);
