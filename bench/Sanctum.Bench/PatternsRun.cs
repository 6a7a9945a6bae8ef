using System.Diagnostics;
using Sanctum.Core;
using Sanctum.Core.Dbt;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Patterns;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Trackers;

namespace Sanctum.Bench;

/// <summary>
/// The patterns mode: times <see cref="PatternAnalysis.Analyse"/> in process on synthetic people (no database, no
/// app), on one thread: one person's year at about 8 shifts a day, then a batch of people with 90 days each at about
/// 3 a day, extrapolated (linearly, stated as such) to the nightly batch of 10,000 people.
/// </summary>
public static class PatternsRun
{
    public static readonly TimeSpan YearTarget = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan NightlyTarget = TimeSpan.FromMinutes(10);
    public const int NightlyPeople = 10_000;
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly DateOnly From = new(2025, 1, 1);

    public static int Run(BenchOptions options, TextWriter output)
    {
        var random = new Random(options.Seed);
        var year = Person(random, 365, shiftsPerDay: 8);
        output.WriteLine($"One person's year: {year.Shifts.Count:N0} shifts, {year.DoseLogs.Count:N0} dose logs, {year.DiaryCards.Count} diary cards, " +
                         $"{year.Menstrual.Count} cycle-tracker days.");
        for (var i = 0; i < 5; i++) PatternAnalysis.Analyse(year);
        var yearRuns = Enumerable.Range(0, 20).Select(_ => Time(() => PatternAnalysis.Analyse(year))).Order().ToList();

        var batch = Enumerable.Range(0, options.People).Select(_ => Person(random, 90, shiftsPerDay: 3)).ToList();
        output.WriteLine($"Batch: {batch.Count} people x 90 days, {batch.Sum(p => p.Shifts.Count):N0} shifts in all.");
        var batchTime = Time(() => batch.ForEach(p => PatternAnalysis.Analyse(p)));
        var nightly = batchTime * ((double)NightlyPeople / batch.Count);

        output.WriteLine("| patterns, in process, 1 thread | runs | p50 | max | target |");
        output.WriteLine("| --- | ---: | ---: | ---: | --- |");
        output.WriteLine($"| one user-year | {yearRuns.Count} | {yearRuns[yearRuns.Count / 2].TotalMilliseconds:0.0} ms | {yearRuns[^1].TotalMilliseconds:0.0} ms | < {YearTarget.TotalMilliseconds:0} ms |");
        output.WriteLine($"| {batch.Count} users x 90 days | 1 | {batchTime.TotalMilliseconds:0} ms | | |");
        output.WriteLine($"| {NightlyPeople:N0} users x 90 days (EXTRAPOLATED from the {batch.Count}) | | {nightly.TotalSeconds:0.0} s | | < {NightlyTarget.TotalMinutes:0} min |");
        output.WriteLine("Analysis only: the database reads the Workers do before each analysis are not in these figures.");
        var met = yearRuns[^1] < YearTarget && nightly < NightlyTarget;
        output.WriteLine($"Targets: {(met ? "met" : "NOT MET")}");
        return met ? 0 : 1;
    }

    private static TimeSpan Time(Action action)
    {
        var started = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>
    /// A person's days as the Workers would read them: shifts, check-ins, two daily doses, weekly PHQ-9, diary cards, and
    /// the cycle tracker every day from a cycle before the period (26-32 day cycles, five days of bleeding).
    /// </summary>
    private static PatternInput Person(Random random, int days, int shiftsPerDay)
    {
        var life = new SyntheticLife(random);
        var to = From.AddDays(days - 1);
        var medication = Guid.NewGuid();
        var schedule = new DoseSchedule(medication, "Lamotrigine", [new TimeOnly(8, 0), new TimeOnly(20, 0)], From, null);
        var shifts = new List<MoodShift>();
        var baselines = new List<DailyBaseline>();
        var logs = new List<DoseLog>();
        var cards = new List<DiaryCard>();
        var skills = new List<SkillUse>();
        var questionnaires = new List<QuestionnaireResponse>();
        var menstrual = new List<MenstrualEntry>();
        var cycleStart = From.AddDays(-MenstrualCycle.LookAroundDays);
        var nextStart = cycleStart.AddDays(random.Next(26, 33));
        for (var day = cycleStart; day < From; day = day.AddDays(1)) menstrual.Add(CycleDay(day, ref cycleStart, ref nextStart, random));
        for (var day = From; day <= to; day = day.AddDays(1))
        {
            menstrual.Add(CycleDay(day, ref cycleStart, ref nextStart, random));
            baselines.Add(new DailyBaseline { Date = day, SleepHours = life.Morning().SleepHours });
            foreach (var time in life.TimesOfDay(random.Next(shiftsPerDay - 1, shiftsPerDay + 2)))
            {
                var body = life.NextShift(ZonedTime.ToUtc(Zone, day, time));
                shifts.Add(new MoodShift
                {
                    OccurredAt = body.OccurredAt, CurrentState = body.CurrentState, Intensity = body.Intensity, Trigger = body.Trigger,
                    Functionality = Enum.Parse<FunctionalityLevel>(body.Functionality, ignoreCase: true),
                });
            }

            foreach (var time in schedule.Times)
            {
                var taken = random.NextDouble() < 0.85;
                logs.Add(new DoseLog { MedicationId = medication, ScheduledAt = ZonedTime.ToUtc(Zone, day, time), Status = taken ? DoseStatus.Taken : DoseStatus.Missed });
            }

            var card = new DiaryCard { Date = day };
            cards.Add(card);
            skills.Add(new SkillUse { DiaryCardId = card.Id, Module = DbtModule.DistressTolerance, Skill = "TIPP", Effectiveness = random.Next(1, 11) });
            if (day.DayOfWeek == DayOfWeek.Monday)
            {
                questionnaires.Add(new QuestionnaireResponse
                {
                    Instrument = Instrument.Phq9, CompletedAt = ZonedTime.ToUtc(Zone, day, new TimeOnly(9, 0)), Score = random.Next(0, 28), Band = "",
                });
            }
        }

        var changes = new List<MedicationChange> { new() { MedicationId = medication, Date = From.AddDays(days / 3), Type = MedicationChangeType.DoseIncreased } };
        var sideEffects = new List<SideEffect>
        {
            new() { MedicationId = medication, OccurredAt = ZonedTime.ToUtc(Zone, From.AddDays(days / 3 + 4), new TimeOnly(10, 0)), Effect = "Rash", Severity = 4 },
        };
        return new PatternInput(From, to, Zone, ZonedTime.StartOf(Zone, to.AddDays(1)), shifts, baselines, [schedule], logs, changes, sideEffects,
            questionnaires, cards, skills, []) { Menstrual = menstrual };
    }

    private static MenstrualEntry CycleDay(DateOnly day, ref DateOnly start, ref DateOnly next, Random random)
    {
        if (day == next) (start, next) = (next, next.AddDays(random.Next(26, 33)));
        var cycleDay = day.DayNumber - start.DayNumber + 1;
        return new MenstrualEntry { Date = day, Flow = cycleDay <= 5 ? MenstrualFlow.Medium : MenstrualFlow.None, Energy = random.Next(1, 11) };
    }
}
