using Sanctum.Core;
using Sanctum.Core.Medications;

namespace Sanctum.UnitTests;

public sealed class AdherenceCalculatorTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly Guid Lithium = Guid.NewGuid();
    private static readonly DateTimeOffset LongAfter = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static DoseSchedule Schedule(DateOnly firstDay, DateOnly? lastDay = null, params string[] times) =>
        new(Lithium, "Lithium", times.Select(TimeOnly.Parse).ToList(), firstDay, lastDay);

    private static DoseLog Log(DateTimeOffset scheduledAt, DoseStatus status) =>
        new() { MedicationId = Lithium, ScheduledAt = scheduledAt, Status = status, TakenAt = status == DoseStatus.Taken ? scheduledAt : null };

    [Fact]
    public void Spring_forward_a_0230_dose_is_due_once_at_0300_daylight_time()
    {
        // 2026-03-08: New York clocks go 02:00 EST -> 03:00 EDT, so 02:30 never happens.
        var day = new DateOnly(2026, 3, 8);
        var doses = AdherenceCalculator.Doses([Schedule(day, null, "02:30")], [], day, day, NewYork);

        var dose = Assert.Single(doses);
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 7, 0, 0, TimeSpan.Zero), dose.ScheduledAt);
        Assert.Equal(new TimeOnly(2, 30), dose.LocalTime);
    }

    [Fact]
    public void Fall_back_a_0130_dose_is_due_once_at_its_first_occurrence()
    {
        // 2026-11-01: 01:00-02:00 happens twice in New York (EDT, then EST).
        var day = new DateOnly(2026, 11, 1);
        var doses = AdherenceCalculator.Doses([Schedule(day, null, "01:30")], [], day, day, NewYork);

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero), Assert.Single(doses).ScheduledAt);
    }

    [Fact]
    public void An_ordinary_day_has_one_dose_per_schedule_time_in_the_persons_zone()
    {
        var day = new DateOnly(2026, 11, 20);
        var doses = AdherenceCalculator.Doses([Schedule(day, null, "20:00", "08:00")], [], day, day, NewYork);
        Assert.Equal([new DateTimeOffset(2026, 11, 20, 13, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 21, 1, 0, 0, TimeSpan.Zero)],
            doses.Select(d => d.ScheduledAt));
        Assert.Equal(ZonedTime.ToUtc(NewYork, day, new TimeOnly(8, 0)), doses[0].ScheduledAt);
    }

    [Fact]
    public void Adherence_counts_taken_missed_skipped_and_unlogged_with_unlogged_as_not_taken()
    {
        var first = new DateOnly(2026, 11, 16);
        var schedule = Schedule(first, null, "08:00", "20:00");
        var slots = AdherenceCalculator.Doses([schedule], [], first, first.AddDays(1), NewYork);
        var logs = new[]
        {
            Log(slots[0].ScheduledAt, DoseStatus.Taken),
            Log(slots[1].ScheduledAt, DoseStatus.Missed),
            Log(slots[2].ScheduledAt, DoseStatus.Taken),
            // A log at a time that was never scheduled does not count.
            Log(slots[2].ScheduledAt.AddMinutes(30), DoseStatus.Taken),
        };

        var report = AdherenceCalculator.Report([schedule], logs, first, first.AddDays(1), NewYork, LongAfter);

        Assert.Equal(new AdherenceCounts(4, 2, 1, 0, 1), report.Overall);
        Assert.Equal(50m, report.Overall.Percent);
        Assert.Equal(report.Overall, Assert.Single(report.Medications).Counts);
    }

    [Fact]
    public void Doses_not_yet_due_are_left_out()
    {
        var day = new DateOnly(2026, 11, 20);
        var noon = ZonedTime.ToUtc(NewYork, day, new TimeOnly(12, 0));
        var report = AdherenceCalculator.Report([Schedule(day, null, "08:00", "20:00")], [], day, day, NewYork, noon);
        Assert.Equal(new AdherenceCounts(1, 0, 0, 0, 1), report.Overall);
        Assert.Equal(0m, report.Overall.Percent);
    }

    [Fact]
    public void Doses_are_due_only_from_the_first_day_to_the_last()
    {
        var schedule = Schedule(new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 12), "08:00");
        var doses = AdherenceCalculator.Doses([schedule], [], new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), NewYork);
        Assert.Equal([new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 11), new DateOnly(2026, 11, 12)], doses.Select(d => d.Date));
    }

    [Fact]
    public void Nothing_due_means_no_percentage()
    {
        var report = AdherenceCalculator.Report([Schedule(new DateOnly(2026, 11, 1))], [], new DateOnly(2026, 11, 1),
            new DateOnly(2026, 11, 7), NewYork, LongAfter);
        Assert.Equal(0, report.Overall.Scheduled);
        Assert.Null(report.Overall.Percent);
    }

    [Fact]
    public void The_latest_log_for_a_dose_wins()
    {
        var day = new DateOnly(2026, 11, 20);
        var at = ZonedTime.ToUtc(NewYork, day, new TimeOnly(8, 0));
        var missed = Log(at, DoseStatus.Missed);
        missed.UpdatedAt = at;
        var taken = Log(at, DoseStatus.Taken);
        taken.UpdatedAt = at.AddHours(1);
        var report = AdherenceCalculator.Report([Schedule(day, null, "08:00")], [taken, missed], day, day, NewYork, LongAfter);
        Assert.Equal(new AdherenceCounts(1, 1, 0, 0, 0), report.Overall);
    }
}
