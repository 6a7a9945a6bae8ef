using Sanctum.Core;
using Sanctum.Core.Dbt;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Patterns;
using Sanctum.Core.Trackers;

namespace Sanctum.UnitTests.Patterns;

/// <summary>
/// A deterministic synthetic person for the pattern tests: three shifts a day at random waking hours in states that
/// mostly linger (a change on one shift in four), one daily dose taken on about 85% of days, a nightly sleep figure and a diary card with a skill on
/// about half the days; optionally the cycle tracker. Everything is independent noise unless an effect is planted.
/// </summary>
public sealed class SyntheticPerson
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    public static readonly DateOnly From = new(2026, 1, 1);
    private static readonly string[] States = ["stable", "low", "anxious", "elevated", "irritable", "depressed"];
    private static readonly string[] Triggers = ["partner", "news", "money", "family", "health", "friends"];

    /// <summary>Plant: every day after a missed dose, mood sits well below baseline (depressed, intensity 7-9).</summary>
    public bool MissedDoseLowersNextDay { get; init; }

    /// <summary>Plant: about 40% of shifts name "work" as the trigger, most of them anxious.</summary>
    public bool WorkIsTheTrigger { get; init; }

    /// <summary>Logs the cycle tracker every day: cycles of 26-31 days, five days of bleeding, and the cycle day on some day 1s.</summary>
    public bool TracksCycle { get; init; }

    /// <summary>Plant (with <see cref="TracksCycle"/>): in the week before each period, shifts are depressed (7-9) or crisis.</summary>
    public bool LowBeforePeriod { get; init; }

    public int Days { get; init; } = 180;

    public PatternInput Build(int seed)
    {
        // One stream per aspect, so that no aspect's draws line up with another's (the seeded generator is a lagged one).
        var random = new Random(seed);
        var doses = new Random(seed + 1000);
        var sleep = new Random(seed + 2000);
        var diary = new Random(seed + 3000);
        var cycle = new Random(seed + 4000);
        var medication = Guid.NewGuid();
        var schedule = new DoseSchedule(medication, "Lamotrigine", [new TimeOnly(8, 0)], From, null);
        var shifts = new List<MoodShift>();
        var logs = new List<DoseLog>();
        var baselines = new List<DailyBaseline>();
        var cards = new List<DiaryCard>();
        var skills = new List<SkillUse>();
        var state = "stable";
        var missedYesterday = false;
        var to = From.AddDays(Days - 1);
        // Cycle starts from before the period to past it, so every day has a true "days to the next period".
        var starts = new List<DateOnly> { From.AddDays(-cycle.Next(0, 26)) };
        while (starts[^1] <= to) starts.Add(starts[^1].AddDays(cycle.Next(26, 32)));
        var menstrual = new List<MenstrualEntry>();
        for (var day = From; day <= to; day = day.AddDays(1))
        {
            var start = starts.Last(s => s <= day);
            var beforePeriod = starts.First(s => s > day).DayNumber - day.DayNumber <= MenstrualCycle.PremenstrualDays;
            var cycleDay = day.DayNumber - start.DayNumber + 1;
            if (TracksCycle)
            {
                menstrual.Add(new MenstrualEntry
                {
                    Date = day, Flow = cycleDay <= 5 ? MenstrualFlow.Medium : MenstrualFlow.None,
                    CycleDay = cycleDay == 1 && cycle.Next(2) == 0 ? 1 : null,
                });
            }

            var missed = doses.NextDouble() < 0.15;
            var doseAt = ZonedTime.ToUtc(Zone, day, new TimeOnly(8, 0));
            logs.Add(new DoseLog { MedicationId = medication, ScheduledAt = doseAt, Status = missed ? DoseStatus.Missed : DoseStatus.Taken, TakenAt = missed ? null : doseAt });
            baselines.Add(new DailyBaseline { Date = day, SleepHours = Math.Round(4 + (decimal)sleep.NextDouble() * 5, 1) });

            foreach (var hour in new[] { random.Next(8, 12), random.Next(12, 17), random.Next(17, 23) })
            {
                if (random.Next(4) == 0) state = States[random.Next(States.Length)];
                var shift = new MoodShift
                {
                    OccurredAt = ZonedTime.ToUtc(Zone, day, new TimeOnly(hour, random.Next(60))),
                    CurrentState = state,
                    Intensity = random.Next(1, 10),
                    Trigger = random.Next(3) == 0 ? Triggers[random.Next(Triggers.Length)] : null,
                };
                if (MissedDoseLowersNextDay && missedYesterday)
                {
                    shift.CurrentState = "depressed";
                    shift.Intensity = random.Next(7, 10);
                }

                if (LowBeforePeriod && beforePeriod)
                {
                    shift.CurrentState = random.Next(3) == 0 ? MoodStates.Crisis : "depressed";
                    shift.Intensity = random.Next(7, 10);
                }

                if (WorkIsTheTrigger && random.NextDouble() < 0.4)
                {
                    shift.Trigger = "Work";
                    if (random.NextDouble() < 0.7) shift.CurrentState = "anxious";
                }

                shifts.Add(shift);
            }

            var card = new DiaryCard { Date = day };
            cards.Add(card);
            if (diary.Next(2) == 0) skills.Add(new SkillUse { DiaryCardId = card.Id, Module = DbtModule.DistressTolerance, Skill = "TIPP", Effectiveness = diary.Next(1, 11) });
            missedYesterday = missed;
        }

        return new PatternInput(From, to, Zone, ZonedTime.StartOf(Zone, to.AddDays(1)), shifts, baselines, [schedule], logs, [], [], [],
            cards, skills, []) { Menstrual = menstrual };
    }
}
