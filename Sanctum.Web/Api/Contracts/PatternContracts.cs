namespace Sanctum.Web.Api.Contracts;

public sealed record AnalysisRequestBody(DateOnly From, DateOnly To);

/// <summary>A flag as the person keeps it; State is new, acknowledged or discussedWithProvider.</summary>
public sealed record PatternFlagInfo(
    Guid Id, string Type, string Severity, string Description, IReadOnlyList<string> SupportingData, string State)
{
    public bool Acknowledged => State != "new";
    public bool Discussed => State == "discussedWithProvider";
}

/// <summary>An analysis; Status is queued, running, done or failed. Report is null until done.</summary>
public sealed record AnalysisInfo(
    Guid Id, DateOnly From, DateOnly To, string Trigger, string Status, DateTimeOffset RequestedAt, DateTimeOffset? CompletedAt,
    string? Error, PatternReportInfo? Report, IReadOnlyList<PatternFlagInfo> Flags)
{
    public bool Finished => Status is "done" or "failed";
}

/// <summary>The parts of the Api's pattern report the Insights page shows.</summary>
public sealed record PatternReportInfo(
    int Days, int DaysLogged, int Confidence, int TotalShifts, double ShiftsPerDay, IReadOnlyList<DayFiguresInfo> Daily,
    IReadOnlyList<StateTimeInfo> TimeInStates, double? VolatilityIndex, int RapidCyclingDays, CrisisFrequencyInfo Crises,
    IReadOnlyList<TriggerCountInfo> TopTriggers, IReadOnlyList<ProfileBucketInfo> TimeOfDay, IReadOnlyList<ProfileBucketInfo> Weekdays,
    IReadOnlyList<ComparisonInfo> Comparisons, CycleFindingsInfo Cycle, IReadOnlyList<QuestionnaireTrendInfo> Questionnaires,
    IReadOnlyList<SkillEffectInfo> Skills);

public sealed record DayFiguresInfo(DateOnly Date, int Shifts, double? Mood, bool RapidCycling);

public sealed record StateTimeInfo(string State, int Minutes, double Share);

public sealed record CrisisFrequencyInfo(int Periods, int DaysWithCrisis, double PerThirtyDays, double Hours);

public sealed record StateCountInfo(string State, int Count);

public sealed record TriggerCountInfo(string Trigger, int Count, IReadOnlyList<StateCountInfo> LeadsTo);

public sealed record ProfileBucketInfo(string Label, int Shifts, double? Mood, double CrisisShare);

public sealed record ComparisonInfo(string Key, string Question, int N, double? EffectSize, bool EnoughData, bool Notable, string Summary);

/// <summary>Cycle phase against mood; <see cref="Phases"/> is null in analyses made before the cycle tracker.</summary>
public sealed record CycleFindingsInfo(bool Available, string Note, int Cycles, IReadOnlyList<PhaseMoodInfo>? Phases);

public sealed record PhaseMoodInfo(string Phase, int Days, double? Mood, int CrisisDays);

public sealed record QuestionnaireTrendInfo(string Instrument, int Count, decimal? First, decimal? Last, decimal? Change);

public sealed record SkillEffectInfo(string Module, string Skill, int Uses, double? MeanEffectiveness);
