using Sanctum.Core.Episodes;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Timeline;
using Sanctum.Core.Trackers;

namespace Sanctum.Core.Patterns;

/// <summary>
/// The pattern analysis of one person's period. Pure and deterministic: the same input gives the same report.
/// Mood per day is the mean <see cref="MoodLevel"/> of the shifts logged that day; days without shifts have none and
/// are left out of every comparison rather than guessed.
/// </summary>
public static class PatternAnalysis
{
    /// <summary>A side effect this many days or fewer after a change to the same medication is listed as following it.</summary>
    public const int SideEffectWindowDays = 28;

    public const int TopTriggers = 5;

    /// <summary>Nights shorter than this are "short" in the sleep comparison.</summary>
    public const double ShortNightHours = 6;

    public const string PremenstrualKey = "premenstrual-mood";

    public const string NoCycleData = "No menstrual-cycle records cover this period, so cycle phase isn't compared with mood.";

    public static PatternReport Analyse(PatternInput input)
    {
        var zone = input.Zone;
        var (periodStart, periodEnd) = ZonedTime.Span(zone, input.From, input.To);
        var ordered = input.Shifts.OrderBy(s => s.OccurredAt).ThenBy(s => s.Id).ToList();
        var carried = ordered.LastOrDefault(s => s.OccurredAt < periodStart);
        var shifts = ordered.Where(s => s.OccurredAt >= periodStart && s.OccurredAt < periodEnd).ToList();
        var localDates = shifts.Select(s => ZonedTime.DateOf(zone, s.OccurredAt)).ToList();
        var byDay = shifts.Zip(localDates).ToLookup(p => p.Second, p => p.First);

        var days = new List<DayFigures>();
        var stateMinutes = new Dictionary<string, int>();
        var before = carried is null ? (ShiftPoint?)null : Point(carried);
        for (var date = input.From; date <= input.To; date = date.AddDays(1))
        {
            var todays = byDay[date].ToList();
            var points = new List<ShiftPoint>(todays.Count + 1);
            if (before is { } previous) points.Add(previous);
            points.AddRange(todays.Select(Point));
            var summary = MoodDay.Summarise(date, zone, points, input.Now);
            foreach (var state in summary.TimeInStates) stateMinutes[state.State] = stateMinutes.GetValueOrDefault(state.State) + state.Minutes;
            double? mood = todays.Count == 0 ? null : Math.Round(todays.Average(s => MoodLevel.Of(s.CurrentState, s.Intensity)), 2);
            days.Add(new DayFigures(date, todays.Count, mood, summary.DistinctStates, MoodDay.IsRapidCycling(summary)));
            if (todays.Count > 0) before = Point(todays[^1]);
        }

        var moodByDay = days.Where(d => d.Mood is not null).ToDictionary(d => d.Date, d => d.Mood!.Value);
        var trackedMinutes = stateMinutes.Values.Sum();
        var timeInStates = stateMinutes.OrderByDescending(s => s.Value).ThenBy(s => s.Key)
            .Select(s => new StateTime(s.Key, s.Value, trackedMinutes == 0 ? 0 : Math.Round((double)s.Value / trackedMinutes, 3)))
            .ToList();

        var levels = shifts.Select(s => MoodLevel.Of(s.CurrentState, s.Intensity)).ToList();
        double? volatility = levels.Count < 2 ? null : Math.Round(levels.Zip(levels.Skip(1)).Average(p => Math.Abs(p.Second - p.First)), 2);

        var loggedDates = moodByDay.Keys
            .Concat(input.Baselines.Select(b => b.Date))
            .Concat(input.DiaryCards.Select(c => c.Date))
            .Where(d => d >= input.From && d <= input.To)
            .ToHashSet();
        var dayCount = days.Count;
        var crisisPeriods = Crises(input, periodStart, periodEnd, carried, shifts);
        var crisisDays = CrisisDays(crisisPeriods, zone);
        var crises = Frequency(crisisPeriods, crisisDays, dayCount);
        var onsets = SideEffectOnsets(input);
        var questionnaires = QuestionnaireTrends(input);
        var cycle = MenstrualCycle.Days(input.Menstrual, input.From, input.To);
        var comparisons = Comparisons(input, moodByDay, cycle);
        var report = new PatternReport(
            input.From, input.To, dayCount, loggedDates.Count,
            dayCount == 0 ? 0 : (int)Math.Round(100.0 * loggedDates.Count / dayCount),
            shifts.Count, dayCount == 0 ? 0 : Math.Round((double)shifts.Count / dayCount, 2),
            days, timeInStates, volatility, days.Count(d => d.RapidCycling), crises,
            Triggers(shifts), TimeOfDay(shifts, zone), Weekdays(shifts, localDates),
            comparisons, onsets, Cycle(cycle, moodByDay, crisisDays, comparisons[^1]), questionnaires, Skills(input), []);
        return report with { Flags = PatternFlags.Find(report, crisisPeriods.Select(p => ZonedTime.DateOf(zone, p.Start)).ToList()) };
    }

    private static ShiftPoint Point(MoodShift s) => new(s.OccurredAt, s.CurrentState, s.Functionality);

    /// <summary>Crisis stretches by the timeline's rule, overlapping ones (a crisis state inside a crisis episode) merged into one.</summary>
    private static List<(DateTimeOffset Start, DateTimeOffset End)> Crises(
        PatternInput input, DateTimeOffset periodStart, DateTimeOffset periodEnd, MoodShift? carried, List<MoodShift> shifts)
    {
        var episodes = input.Episodes.AsQueryable().Confirmed()
            .Select(e => new EpisodeSpan(e.Type, e.StartedAt, e.EndedAt))
            .ToList();
        var periods = CrisisPeriods.Find(periodStart, periodEnd, input.Now,
            carried is null ? null : new MoodMark(carried.OccurredAt, carried.CurrentState, carried.Functionality),
            shifts.Select(s => new MoodMark(s.OccurredAt, s.CurrentState, s.Functionality)).ToList(),
            episodes);
        var merged = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        foreach (var period in periods)
        {
            if (merged.Count > 0 && period.Start <= merged[^1].End)
            {
                if (period.End > merged[^1].End) merged[^1] = (merged[^1].Start, period.End);
            }
            else merged.Add((period.Start, period.End));
        }

        return merged;
    }

    private static HashSet<DateOnly> CrisisDays(List<(DateTimeOffset Start, DateTimeOffset End)> periods, TimeZoneInfo zone)
    {
        var crisisDays = new HashSet<DateOnly>();
        foreach (var (start, end) in periods)
        {
            for (var day = ZonedTime.DateOf(zone, start); day <= ZonedTime.DateOf(zone, end.AddTicks(-1)); day = day.AddDays(1)) crisisDays.Add(day);
        }

        return crisisDays;
    }

    private static CrisisFrequency Frequency(List<(DateTimeOffset Start, DateTimeOffset End)> periods, HashSet<DateOnly> crisisDays, int dayCount) =>
        new(
            periods.Count, crisisDays.Count,
            dayCount == 0 ? 0 : Math.Round(30.0 * periods.Count / dayCount, 2),
            Math.Round(periods.Sum(p => (p.End - p.Start).TotalHours), 1));

    private static List<TriggerCount> Triggers(List<MoodShift> shifts) =>
        shifts.Where(s => !string.IsNullOrWhiteSpace(s.Trigger))
            .GroupBy(s => s.Trigger!.Trim().ToLowerInvariant())
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(TopTriggers)
            .Select(g => new TriggerCount(g.Key, g.Count(), Counts(g.Select(s => s.CurrentState))))
            .ToList();

    private static List<StateCount> Counts(IEnumerable<string> states) =>
        states.GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new StateCount(g.Key, g.Count())).ToList();

    private static readonly string[] DayParts = ["Night (00-06)", "Morning (06-12)", "Afternoon (12-18)", "Evening (18-24)"];

    private static List<ProfileBucket> TimeOfDay(List<MoodShift> shifts, TimeZoneInfo zone)
    {
        var byPart = shifts.ToLookup(s => TimeZoneInfo.ConvertTime(s.OccurredAt, zone).Hour / 6);
        return DayParts.Select((label, i) => Bucket(label, byPart[i])).ToList();
    }

    private static List<ProfileBucket> Weekdays(List<MoodShift> shifts, List<DateOnly> localDates)
    {
        var byWeekday = shifts.Zip(localDates).ToLookup(p => p.Second.DayOfWeek, p => p.First);
        DayOfWeek[] week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
        return week.Select(day => Bucket(day.ToString(), byWeekday[day])).ToList();
    }

    private static ProfileBucket Bucket(string label, IEnumerable<MoodShift> shifts)
    {
        var list = shifts.ToList();
        return new ProfileBucket(label, list.Count,
            list.Count == 0 ? null : Math.Round(list.Average(s => MoodLevel.Of(s.CurrentState, s.Intensity)), 2),
            list.Count == 0 ? 0 : Math.Round((double)list.Count(s => CrisisPeriods.ReasonFor(s.CurrentState, s.Functionality) is not null) / list.Count, 3));
    }

    /// <summary>The fixed list documented on <see cref="PatternComparisons"/>, always all of it, in this order (the cycle one last).</summary>
    private static List<Comparison> Comparisons(PatternInput input, Dictionary<DateOnly, double> mood, IReadOnlyDictionary<DateOnly, CycleDayInfo> cycle)
    {
        var comparisons = new List<Comparison>();
        var rho = PatternComparisons.Autocorrelation(mood);
        var dueDays = AdherenceCalculator.Doses(input.Schedules, input.DoseLogs, input.From, input.To, input.Zone)
            .Where(d => d.ScheduledAt <= input.Now)
            .GroupBy(d => d.Date)
            .ToDictionary(g => g.Key, g => g.Any(d => d.Log?.Status != DoseStatus.Taken));
        for (var lag = 0; lag <= 3; lag++)
        {
            var (with, without) = Split(dueDays, mood, lag);
            var when = lag == 0 ? "the same day" : lag == 1 ? "the next day" : $"{lag} days later";
            comparisons.Add(PatternComparisons.Difference($"missed-dose-lag-{lag}",
                $"Is mood different {when} after a day with a missed dose?", with, without,
                lag == 0 ? "with a missed dose" : $"{lag} day{(lag == 1 ? "" : "s")} after a missed dose", rho));
        }

        var sleep = new Dictionary<DateOnly, double>();
        foreach (var card in input.DiaryCards.Where(c => c.SleepHours is not null)) sleep[card.Date] = (double)card.SleepHours!.Value;
        foreach (var baseline in input.Baselines.Where(b => b.SleepHours is not null)) sleep[baseline.Date] = (double)baseline.SleepHours!.Value;
        var nights = sleep.Where(s => s.Key >= input.From && s.Key <= input.To && mood.ContainsKey(s.Key)).OrderBy(s => s.Key).ToList();
        comparisons.Add(PatternComparisons.Correlation("sleep-mood",
            "Does the night's sleep go with mood the day after it?", nights.Select(n => (n.Value, mood[n.Key])).ToList(), "sleep", rho));
        comparisons.Add(PatternComparisons.Difference("short-night-mood",
            $"Is mood different after a night under {ShortNightHours:0} hours?",
            nights.Where(n => n.Value < ShortNightHours).Select(n => mood[n.Key]).ToList(),
            nights.Where(n => n.Value >= ShortNightHours).Select(n => mood[n.Key]).ToList(), "after a short night", rho));

        var cardsWithSkills = input.SkillUses.Select(u => u.DiaryCardId).ToHashSet();
        var cardDays = input.DiaryCards.Where(c => c.Date >= input.From && c.Date <= input.To)
            .GroupBy(c => c.Date).ToDictionary(g => g.Key, g => g.Any(c => cardsWithSkills.Contains(c.Id)));
        var (skillDays, noSkillDays) = Split(cardDays, mood, 1);
        comparisons.Add(PatternComparisons.Difference("skills-next-day",
            "Is mood different the day after using a DBT skill?", skillDays, noSkillDays, "after using a skill", rho));

        var weekend = mood.Where(m => m.Key.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday).Select(m => m.Value).ToList();
        var weekdays = mood.Where(m => m.Key.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Select(m => m.Value).ToList();
        comparisons.Add(PatternComparisons.Difference("weekend-mood", "Is mood different at weekends?", weekend, weekdays, "at the weekend", rho));
        comparisons.Add(Premenstrual(cycle, mood, rho));
        return comparisons;
    }

    /// <summary>Mood in the premenstrual week against the other days placed in a cycle, once it covers enough periods.</summary>
    private static Comparison Premenstrual(IReadOnlyDictionary<DateOnly, CycleDayInfo> cycle, Dictionary<DateOnly, double> mood, double rho)
    {
        const string question = "Is mood different in the week before a period?";
        var placed = cycle.Values.Where(c => c.Phase is not null && mood.ContainsKey(c.Date)).ToList();
        var before = placed.Where(c => c.Phase == CyclePhase.LateLuteal).ToList();
        var others = placed.Where(c => c.Phase != CyclePhase.LateLuteal).ToList();
        if (placed.Count == 0)
        {
            return PatternComparisons.NotEnough(PremenstrualKey, question, ComparisonKind.DifferenceInMeans, 0, 0, 0,
                "Not enough data yet: no day with mood logged could be placed in a menstrual cycle (from the cycle tracker).");
        }

        if (before.Select(c => c.CycleStart).Distinct().Count() < PatternComparisons.MinimumCycles)
        {
            return PatternComparisons.NotEnough(PremenstrualKey, question, ComparisonKind.DifferenceInMeans, placed.Count, before.Count, others.Count,
                $"Not enough data yet: this needs mood logged in the week before at least {PatternComparisons.MinimumCycles} periods.");
        }

        return PatternComparisons.Difference(PremenstrualKey, question,
            before.Select(c => mood[c.Date]).ToList(), others.Select(c => mood[c.Date]).ToList(), "in the week before a period", rho);
    }

    private static CycleFindings Cycle(
        IReadOnlyDictionary<DateOnly, CycleDayInfo> cycle, Dictionary<DateOnly, double> mood, HashSet<DateOnly> crisisDays, Comparison premenstrual)
    {
        if (cycle.Count == 0) return new CycleFindings(false, NoCycleData, 0, []);
        var phases = Enum.GetValues<CyclePhase>().Select(phase =>
        {
            var days = cycle.Values.Where(c => c.Phase == phase).Select(c => c.Date).ToList();
            var moods = days.Where(mood.ContainsKey).Select(d => mood[d]).ToList();
            return new PhaseMood(phase, moods.Count, moods.Count == 0 ? null : Math.Round(moods.Average(), 2), days.Count(crisisDays.Contains));
        }).ToList();
        var cycles = cycle.Values.Select(c => c.CycleStart).Distinct().Count();
        return new CycleFindings(true, $"From your cycle tracker ({cycles} cycle{(cycles == 1 ? "" : "s")}): {premenstrual.Summary}", cycles, phases);
    }

    /// <summary>Mood <paramref name="lag"/> days after each day, split by whether the factor was present that day.</summary>
    private static (List<double> With, List<double> Without) Split(Dictionary<DateOnly, bool> factor, Dictionary<DateOnly, double> mood, int lag)
    {
        var with = new List<double>();
        var without = new List<double>();
        foreach (var (day, present) in factor.OrderBy(f => f.Key))
        {
            if (!mood.TryGetValue(day.AddDays(lag), out var value)) continue;
            (present ? with : without).Add(value);
        }

        return (with, without);
    }

    /// <summary>Each side effect in the period after the latest start or dose change of its medication within the window.</summary>
    private static List<SideEffectOnset> SideEffectOnsets(PatternInput input)
    {
        var names = input.Schedules.ToDictionary(s => s.MedicationId, s => s.Name);
        var onsets = new List<SideEffectOnset>();
        foreach (var effect in input.SideEffects.OrderBy(e => e.OccurredAt))
        {
            var noted = ZonedTime.DateOf(input.Zone, effect.OccurredAt);
            if (noted < input.From || noted > input.To) continue;
            var change = input.MedicationChanges
                .Where(c => c.MedicationId == effect.MedicationId && c.Type != MedicationChangeType.Stopped
                            && c.Date <= noted && noted.DayNumber - c.Date.DayNumber <= SideEffectWindowDays)
                .OrderByDescending(c => c.Date).FirstOrDefault();
            if (change is null) continue;
            onsets.Add(new SideEffectOnset(effect.MedicationId, names.GetValueOrDefault(effect.MedicationId, "a medication"),
                ChangeWords(change.Type), change.Date, effect.Effect, noted, noted.DayNumber - change.Date.DayNumber, effect.Severity));
        }

        return onsets;
    }

    private static string ChangeWords(MedicationChangeType type) => type switch
    {
        MedicationChangeType.Started => "started",
        MedicationChangeType.DoseIncreased => "dose increased",
        MedicationChangeType.DoseDecreased => "dose decreased",
        _ => "stopped",
    };

    /// <summary>Scored questionnaires in the period (the C-SSRS has no score and is left out), oldest first.</summary>
    private static List<QuestionnaireTrend> QuestionnaireTrends(PatternInput input) =>
        input.Questionnaires
            .Where(q => q.Score is not null)
            .Select(q => (q.Instrument, Date: ZonedTime.DateOf(input.Zone, q.CompletedAt), q.CompletedAt, Score: q.Score!.Value))
            .Where(q => q.Date >= input.From && q.Date <= input.To)
            .GroupBy(q => q.Instrument)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var points = g.OrderBy(q => q.CompletedAt).Select(q => new ScorePoint(q.Date, q.Score)).ToList();
                return new QuestionnaireTrend(g.Key, points.Count, points[0].Score, points[^1].Score, points[^1].Score - points[0].Score, points);
            })
            .ToList();

    private static List<SkillEffect> Skills(PatternInput input)
    {
        var cards = input.DiaryCards.Where(c => c.Date >= input.From && c.Date <= input.To).Select(c => c.Id).ToHashSet();
        return input.SkillUses.Where(u => cards.Contains(u.DiaryCardId))
            .GroupBy(u => (u.Module, Skill: u.Skill.Trim()))
            .Select(g => new SkillEffect(g.Key.Module, g.Key.Skill, g.Count(),
                g.Any(u => u.Effectiveness is not null) ? Math.Round(g.Where(u => u.Effectiveness is not null).Average(u => u.Effectiveness!.Value), 1) : null))
            .OrderByDescending(s => s.Uses).ThenBy(s => s.Module).ThenBy(s => s.Skill, StringComparer.Ordinal)
            .ToList();
    }
}
