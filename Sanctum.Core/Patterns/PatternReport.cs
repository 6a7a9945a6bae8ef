using Sanctum.Core.Dbt;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Trackers;

namespace Sanctum.Core.Patterns;

/// <summary>What the analysis found for one period. Plain data: stored as JSON and shown as it is.</summary>
/// <param name="Confidence">0-100: the share of days with anything logged; little data means little confidence.</param>
/// <param name="VolatilityIndex">Mean absolute change of <see cref="MoodLevel"/> between consecutive shifts; null with fewer than two.</param>
public sealed record PatternReport(
    DateOnly From,
    DateOnly To,
    int Days,
    int DaysLogged,
    int Confidence,
    int TotalShifts,
    double ShiftsPerDay,
    IReadOnlyList<DayFigures> Daily,
    IReadOnlyList<StateTime> TimeInStates,
    double? VolatilityIndex,
    int RapidCyclingDays,
    CrisisFrequency Crises,
    IReadOnlyList<TriggerCount> TopTriggers,
    IReadOnlyList<ProfileBucket> TimeOfDay,
    IReadOnlyList<ProfileBucket> Weekdays,
    IReadOnlyList<Comparison> Comparisons,
    IReadOnlyList<SideEffectOnset> SideEffectOnsets,
    CycleFindings Cycle,
    IReadOnlyList<QuestionnaireTrend> Questionnaires,
    IReadOnlyList<SkillEffect> Skills,
    IReadOnlyList<PatternFinding> Flags);

/// <summary>One local day: how many shifts, the mean <see cref="MoodLevel"/> (null when nothing was logged), rapid cycling.</summary>
public sealed record DayFigures(DateOnly Date, int Shifts, double? Mood, int DistinctStates, bool RapidCycling);

public sealed record StateTime(string State, int Minutes, double Share);

/// <summary>Crisis stretches by the timeline's rule (<see cref="Timeline.CrisisPeriods"/>).</summary>
public sealed record CrisisFrequency(int Periods, int DaysWithCrisis, double PerThirtyDays, double Hours);

/// <summary>A trigger as the person wrote it (case and spaces ignored), how often, and the states it came with.</summary>
public sealed record TriggerCount(string Trigger, int Count, IReadOnlyList<StateCount> LeadsTo);

public sealed record StateCount(string State, int Count);

/// <summary>One slot of a profile (a time of day or a weekday): shifts logged, their mean mood, the share in crisis.</summary>
public sealed record ProfileBucket(string Label, int Shifts, double? Mood, double CrisisShare);

public enum ComparisonKind
{
    /// <summary>Mean mood on days with a factor minus days without it; effect size is Cohen's d.</summary>
    DifferenceInMeans,

    /// <summary>Pearson r between two daily series.</summary>
    Correlation,
}

/// <summary>
/// One entry of the fixed list in <see cref="PatternComparisons"/>. <see cref="EnoughData"/> is false below the stated
/// minimum, and then no effect is given. <see cref="Notable"/> only when the effect is at least medium and clear of
/// noise (see <see cref="PatternComparisons"/>).
/// </summary>
public sealed record Comparison(
    string Key,
    string Question,
    ComparisonKind Kind,
    int N,
    int NWith,
    int NWithout,
    double? MeanWith,
    double? MeanWithout,
    double? Difference,
    double? EffectSize,
    bool EnoughData,
    bool Notable,
    string Summary);

/// <summary>A side effect noted within <see cref="PatternAnalysis.SideEffectWindowDays"/> days after a change to the same medication.</summary>
public sealed record SideEffectOnset(Guid MedicationId, string Medication, string Change, DateOnly ChangedOn, string Effect, DateOnly NotedOn, int DaysAfter, int Severity);

/// <summary>
/// Menstrual-cycle phase against mood, from the cycle tracker (<see cref="MenstrualCycle"/>): whether any day of the
/// period could be placed in a cycle, a sentence for the person, the cycles seen and each phase's figures.
/// </summary>
public sealed record CycleFindings(bool Available, string Note, int Cycles, IReadOnlyList<PhaseMood> Phases);

/// <summary>One phase: its days with mood logged, their mean <see cref="MoodLevel"/>, and how many of its days had a crisis time.</summary>
public sealed record PhaseMood(CyclePhase Phase, int Days, double? Mood, int CrisisDays);

public sealed record ScorePoint(DateOnly Date, decimal Score);

public sealed record QuestionnaireTrend(Instrument Instrument, int Count, decimal? First, decimal? Last, decimal? Change, IReadOnlyList<ScorePoint> Points);

public sealed record SkillEffect(DbtModule Module, string Skill, int Uses, double? MeanEffectiveness);

public enum FlagType
{
    PotentialComorbidity,
    MedicationSideEffect,
    EscalationWarning,
}

public enum FlagSeverity
{
    Low,
    Medium,
    High,
}

/// <summary>Something worth discussing with a provider, with the figures behind it. Never a diagnosis.</summary>
public sealed record PatternFinding(string Key, FlagType Type, FlagSeverity Severity, string Description, IReadOnlyList<string> SupportingData);
