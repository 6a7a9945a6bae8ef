namespace Sanctum.Web.Api.Contracts;

/// <summary>Functionality: crisis, limited, functional or high.</summary>
public sealed record TimelineShiftInfo(Guid Id, DateTimeOffset OccurredAt, string State, int Intensity, string Functionality);

/// <summary>Reason: moodState, functioning, suicidalCrisisEpisode, psychosisEpisode or hospitalizationEpisode.</summary>
public sealed record TimelineCrisisInfo(DateTimeOffset Start, DateTimeOffset End, string Reason);

public sealed record TimelineEpisodeInfo(Guid Id, string Type, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);

/// <summary>ChangeType: started, stopped, doseIncreased or doseDecreased. A change is dated by day, not by time.</summary>
public sealed record TimelineChangeInfo(
    Guid Id, Guid MedicationId, string MedicationName, DateOnly ChangedAt, string ChangeType, decimal? OldDose, decimal? NewDose, string? Unit);

public sealed record TimelineCardInfo(Guid Id, DateOnly Date, int SkillsUsed, int? HighestUrge, int? SelfHarmUrge, int? SuicidalThoughts);

public sealed record TimelineQuestionnaireInfo(Guid Id, string Instrument, DateTimeOffset TakenAt, decimal? TotalScore, string Band, string Risk);

/// <summary>Everything recorded over the local days From to To (inclusive), each list oldest first.</summary>
public sealed record TimelineInfo(
    DateOnly From, DateOnly To, string TimeZone, string? CarriedOverState,
    IReadOnlyList<TimelineShiftInfo> Shifts, IReadOnlyList<TimelineCrisisInfo> CrisisPeriods, IReadOnlyList<TimelineEpisodeInfo> Episodes,
    IReadOnlyList<TimelineChangeInfo> MedicationChanges, IReadOnlyList<TimelineCardInfo> DiaryCards,
    IReadOnlyList<TimelineQuestionnaireInfo> Questionnaires);
