using Sanctum.Core.Dbt;
using Sanctum.Core.Episodes;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Trackers;

namespace Sanctum.Core.Patterns;

/// <summary>
/// Everything one person logged that the analysis reads, for local days <see cref="From"/>..<see cref="To"/>
/// (inclusive) in <see cref="Zone"/>. Shifts may include the last one before the period (its state is carried over
/// the first midnight); anything else outside the period is ignored. Nothing here touches a database.
/// </summary>
public sealed record PatternInput(
    DateOnly From,
    DateOnly To,
    TimeZoneInfo Zone,
    DateTimeOffset Now,
    IReadOnlyList<MoodShift> Shifts,
    IReadOnlyList<DailyBaseline> Baselines,
    IReadOnlyList<DoseSchedule> Schedules,
    IReadOnlyList<DoseLog> DoseLogs,
    IReadOnlyList<MedicationChange> MedicationChanges,
    IReadOnlyList<SideEffect> SideEffects,
    IReadOnlyList<QuestionnaireResponse> Questionnaires,
    IReadOnlyList<DiaryCard> DiaryCards,
    IReadOnlyList<SkillUse> SkillUses,
    IReadOnlyList<Episode> Episodes)
{
    /// <summary>
    /// Menstrual tracker days, private ones included (the analysis is the person's own view), reaching
    /// <see cref="MenstrualCycle.LookAroundDays"/> either side of the period so its first and last days can be placed in a cycle.
    /// </summary>
    public IReadOnlyList<MenstrualEntry> Menstrual { get; init; } = [];
}
