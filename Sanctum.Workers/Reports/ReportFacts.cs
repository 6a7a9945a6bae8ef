using Sanctum.Core.Reports;
using System.Globalization;
using Sanctum.Core;
using Sanctum.Core.Episodes;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Trackers;

namespace Sanctum.Workers.Reports;

/// <summary>One local day as the monthly grid shows it: the day's peak rating (0-10) in each pole, and sleep.</summary>
public sealed record MoodDayRow(
    DateOnly Date, int? Depressed, int? Elevated, int? Irritable, int? Anxious, decimal? SleepHours, int Shifts,
    bool RapidCycling, FunctionalityLevel? LowestFunctioning, bool Logged);

/// <summary>A medication's day: doses due and taken, and the prescribing change made that day, if any.</summary>
public sealed record MedicationDay(DateOnly Date, int Due, int Taken, MedicationChangeType? Change);

public sealed record MedicationRow(Guid MedicationId, string Name, IReadOnlyList<MedicationDay> Days, AdherenceCounts Counts);

/// <summary>
/// The facts every report kind draws on, worked out once from the records in the person's zone. The grid's poles
/// group the standard states: depressed = depressed, low or mixed; elevated = elevated, hypomanic, manic or mixed;
/// irritable and anxious are those states. A person's own states count in no pole.
/// </summary>
public sealed class ReportFacts
{
    public static readonly IReadOnlySet<string> DepressedStates = new HashSet<string> { "depressed", "low", "mixed" };
    public static readonly IReadOnlySet<string> ElevatedStates = new HashSet<string> { "elevated", "hypomanic", "manic", "mixed" };

    public ReportData Data { get; }
    public ReportContext Context { get; }
    public TimeZoneInfo Zone => Data.Zone;
    public IReadOnlyList<MoodShift> Shifts { get; }
    public IReadOnlyList<MoodDayRow> Days { get; }
    public IReadOnlyList<MedicationRow> Medications { get; }
    public IReadOnlyList<Episode> Episodes { get; }
    public AdherenceCounts Adherence { get; }

    /// <summary>The period's days placed in a cycle by <see cref="MenstrualCycle"/>, from the tracker days not marked private.</summary>
    public IReadOnlyDictionary<DateOnly, CycleDayInfo> CycleDays { get; }

    /// <summary>The emotion and relationship trackers' entries in the period, in time order.</summary>
    public IReadOnlyList<AbandonmentEntry> Abandonment { get; }

    public IReadOnlyList<EmotionalIntensityEntry> EmotionalIntensity { get; }
    public IReadOnlyList<RelationshipEntry> Relationships { get; }

    public ReportFacts(ReportData data, ReportContext context)
    {
        Data = data;
        Context = context;
        var (start, end) = ZonedTime.Span(data.Zone, context.From, context.To);
        var ordered = data.MoodShifts.OrderBy(s => s.OccurredAt).ThenBy(s => s.Id).ToList();
        Shifts = ordered.Where(s => s.OccurredAt >= start && s.OccurredAt < end).ToList();
        Episodes = data.Episodes
            .Where(e => e.Status == EpisodeStatus.Confirmed && e.StartedAt < end && (e.EndedAt ?? context.GeneratedAt) >= start)
            .OrderBy(e => e.StartedAt).ToList();

        // What the person keeps private was left out when the data was read (ReportSources) for a clinician's report.
        CycleDays = MenstrualCycle.Days(data.Menstrual, context.From, context.To);
        Abandonment = InPeriod(data.Abandonment, a => a.OccurredAt);
        EmotionalIntensity = InPeriod(data.EmotionalIntensity, e => e.OccurredAt);
        Relationships = InPeriod(data.Relationships, r => r.OccurredAt);

        var points = ordered.Select(s => new ShiftPoint(s.OccurredAt, s.CurrentState, s.Functionality)).ToList();
        var shiftsByDay = Shifts.ToLookup(s => LocalDate(s.OccurredAt));
        var baselines = data.Baselines.GroupBy(b => b.Date).ToDictionary(g => g.Key, g => g.First());
        var cards = data.DiaryCards.GroupBy(c => c.Date).ToDictionary(g => g.Key, g => g.First());
        Days = context.EachDay().Select(day =>
        {
            var shifts = shiftsByDay[day].ToList();
            int? Peak(Func<string, bool> inPole) => shifts.Where(s => inPole(s.CurrentState)).Select(s => (int?)s.Intensity).Max();
            var sleep = baselines.GetValueOrDefault(day)?.SleepHours ?? cards.GetValueOrDefault(day)?.SleepHours;
            var summary = MoodDay.Summarise(day, data.Zone, points, context.GeneratedAt);
            return new MoodDayRow(
                day,
                Peak(DepressedStates.Contains),
                Peak(ElevatedStates.Contains),
                Peak(s => s == "irritable"),
                Peak(s => s == "anxious"),
                sleep,
                shifts.Count,
                MoodDay.IsRapidCycling(summary),
                shifts.Count == 0 ? null : shifts.Min(s => s.Functionality),
                shifts.Count > 0 || baselines.ContainsKey(day) || cards.ContainsKey(day));
        }).ToList();

        var stops = data.MedicationChanges.Where(c => c.Type == MedicationChangeType.Stopped)
            .GroupBy(c => c.MedicationId).ToDictionary(g => g.Key, g => g.Max(c => c.Date));
        var schedules = data.Medications
            .Select(m => DoseSchedules.Of(m, data.Zone, DoseSchedules.LastDueDay(m, stops.TryGetValue(m.Id, out var stop) ? stop : null, data.Zone)))
            .ToList();
        var doses = AdherenceCalculator.Doses(schedules, data.DoseLogs, context.From, context.To, data.Zone)
            .Where(d => d.ScheduledAt <= context.GeneratedAt).ToList();
        Adherence = AdherenceCounts.Of(doses);
        Medications = schedules.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Select(schedule =>
        {
            var mine = doses.Where(d => d.MedicationId == schedule.MedicationId).ToList();
            var changes = data.MedicationChanges.Where(c => c.MedicationId == schedule.MedicationId).ToLookup(c => c.Date);
            var byDay = mine.ToLookup(d => d.Date);
            return new MedicationRow(schedule.MedicationId, schedule.Name, context.EachDay().Select(day => new MedicationDay(
                day, byDay[day].Count(), byDay[day].Count(d => d.Log?.Status == DoseStatus.Taken),
                changes[day].OrderBy(c => c.CreatedAt).Select(c => (MedicationChangeType?)c.Type).LastOrDefault())).ToList(),
                AdherenceCounts.Of(mine));
        }).Where(row => row.Counts.Scheduled > 0 || row.Days.Any(d => d.Change is not null)).ToList();
    }

    private List<T> InPeriod<T>(IEnumerable<T> entries, Func<T, DateTimeOffset> at) =>
        entries.Where(e => Context.Contains(LocalDate(at(e)))).OrderBy(at).ToList();

    public int LoggedDays => Days.Count(d => d.Logged);
    public decimal LoggedShare => Context.Days == 0 ? 0 : Math.Round(100m * LoggedDays / Context.Days, 0);

    public DateOnly LocalDate(DateTimeOffset instant) => ZonedTime.DateOf(Zone, instant);

    public string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public string MedicationName(Guid id) => Data.Medications.FirstOrDefault(m => m.Id == id)?.Name ?? "(a medication no longer listed)";

    public static string EpisodeName(EpisodeType type) => type switch
    {
        EpisodeType.SuicidalCrisis => "Suicidal crisis",
        EpisodeType.SevereDepression => "Severe depression",
        EpisodeType.Hospitalization => "Hospital stay",
        _ => type.ToString(),
    };

    public static string ChangeName(MedicationChangeType type) => type switch
    {
        MedicationChangeType.DoseIncreased => "Dose increased",
        MedicationChangeType.DoseDecreased => "Dose decreased",
        _ => type.ToString(),
    };

    public static string Percent(decimal? value) => value is { } v ? $"{v.ToString("0.#", CultureInfo.InvariantCulture)}%" : "no doses due";
}
