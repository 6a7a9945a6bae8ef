using Sanctum.Core.Dbt;
using Sanctum.Core.Episodes;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Profile;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Safety;

namespace Sanctum.Workers.Reports;

public enum ReportKind
{
    Psychiatrist,
    Therapist,
    Disability,
    Personal,
}

/// <summary>
/// One person's records for a report's period, as Core entities straight from the database (the caller scopes every
/// list to the person and the period; the renderer still ignores what falls outside the period, and draft episodes).
/// Core has no "private" flag on any record yet, so there is nothing to leave out; when one is added, this is where
/// the renderer must drop flagged records.
/// </summary>
public sealed record ReportData
{
    public required string DisplayName { get; init; }

    /// <summary>The person's zone: every day and time in the report is shown in it.</summary>
    public required TimeZoneInfo Zone { get; init; }

    /// <summary>Shifts in the period (plus, optionally, the last one before it: the state carried over the first midnight).</summary>
    public IReadOnlyList<MoodShift> MoodShifts { get; init; } = [];

    public IReadOnlyList<DailyBaseline> Baselines { get; init; } = [];

    /// <summary>Every medication the person has (active or not): schedules decide which doses were due in the period.</summary>
    public IReadOnlyList<Medication> Medications { get; init; } = [];

    public IReadOnlyList<DoseLog> DoseLogs { get; init; } = [];
    public IReadOnlyList<MedicationChange> MedicationChanges { get; init; } = [];
    public IReadOnlyList<SideEffect> SideEffects { get; init; } = [];
    public IReadOnlyList<QuestionnaireResponse> Questionnaires { get; init; } = [];
    public IReadOnlyList<DiaryCard> DiaryCards { get; init; } = [];
    public IReadOnlyList<SkillUse> SkillUses { get; init; } = [];

    /// <summary>Episodes overlapping the period; drafts are skipped (they stay out of exports until confirmed).</summary>
    public IReadOnlyList<Episode> Episodes { get; init; } = [];

    public IReadOnlyList<CrisisIntervention> Interventions { get; init; } = [];
    public IReadOnlyList<SafetyEvent> SafetyEvents { get; init; } = [];

    /// <summary>Pattern flags to discuss with a provider, when pattern analysis has raised any.</summary>
    public IReadOnlyList<ReportFlag> Flags { get; init; } = [];

    /// <summary>The person's profile, when they have one: the disability report reads their own words about diagnoses.</summary>
    public Profile? Profile { get; init; }
}

/// <summary>A pattern worth discussing with a provider (never a diagnosis), as pattern analysis words it.</summary>
public sealed record ReportFlag(DateOnly Date, string Severity, string Description);

/// <summary>The period (local days, inclusive) and when the report was generated.</summary>
public sealed record ReportContext(DateOnly From, DateOnly To, DateTimeOffset GeneratedAt)
{
    public int Days => To.DayNumber - From.DayNumber + 1;
    public IEnumerable<DateOnly> EachDay() => Enumerable.Range(0, Days).Select(From.AddDays);
    public bool Contains(DateOnly day) => day >= From && day <= To;
}
