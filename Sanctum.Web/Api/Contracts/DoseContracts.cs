namespace Sanctum.Web.Api.Contracts;

/// <summary>Status: taken, missed or skipped.</summary>
public sealed record DoseLogInfo(
    Guid Id, Guid MedicationId, DateTimeOffset ScheduledAt, DateTimeOffset? TakenAt, string Status, string? Reason, CrisisInfo? Crisis = null);

public sealed record DoseLogRequest(DateTimeOffset ScheduledAt, DateTimeOffset? TakenAt, string Status, string? Reason);

public sealed record TodaysDoseInfo(Guid MedicationId, string Name, decimal? Dose, string? Unit, TimeOnly LocalTime, DateTimeOffset ScheduledAt, DoseLogInfo? Log);

public sealed record TodaysDosesInfo(DateOnly Date, IReadOnlyList<TodaysDoseInfo> Doses);

/// <summary>Doses due in a period and what became of them; Percent is taken of due (null when nothing was due).</summary>
public sealed record AdherenceCountsInfo(int Scheduled, int Taken, int Missed, int Skipped, int Unlogged, decimal? Percent);

public sealed record MedicationAdherenceInfo(Guid MedicationId, string Name, AdherenceCountsInfo Counts);

public sealed record AdherenceReportInfo(DateOnly From, DateOnly To, IReadOnlyList<MedicationAdherenceInfo> Medications, AdherenceCountsInfo Overall);

public sealed record SideEffectRequest(DateTimeOffset? OccurredAt, string? Effect, int? Severity, decimal? DurationHours, string? ActionTaken);

public sealed record SideEffectInfo(
    Guid Id, Guid MedicationId, DateTimeOffset OccurredAt, string Effect, int Severity, decimal? DurationHours, string? ActionTaken,
    CrisisInfo? Crisis = null);

/// <summary>Type: started, stopped, doseIncreased or doseDecreased.</summary>
public sealed record MedicationChangeRequest(
    DateOnly? Date, string? Type, decimal? OldDose, decimal? NewDose, string? Prescriber, string? Reason, string? Notes);

public sealed record MedicationChangeInfo(
    Guid Id, Guid MedicationId, DateOnly Date, string Type, decimal? OldDose, decimal? NewDose, string? Prescriber, string? Reason,
    string? Notes, CrisisInfo? Crisis = null);

/// <summary>One line of a medication's timeline: Kind "change" (with Change) or "sideEffect" (with SideEffect and At).</summary>
public sealed record TimelineEntryInfo(string Kind, DateOnly Date, DateTimeOffset? At, MedicationChangeInfo? Change, SideEffectInfo? SideEffect);
