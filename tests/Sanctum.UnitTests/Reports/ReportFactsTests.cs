extern alias workers;

using Sanctum.Core;
using Sanctum.Core.Episodes;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Profile;
using Sanctum.Core.Reports;
using Sanctum.Core.Trackers;
using workers::Sanctum.Workers.Reports;

namespace Sanctum.UnitTests.Reports;

/// <summary>The day facts behind the month grid: peaks per pole on local days, sleep, doses due and taken, changes.</summary>
public sealed class ReportFactsTests
{
    private static readonly TimeZoneInfo Zone = SampleReportData.Zone;
    private static readonly DateOnly SpringForward = new(2026, 3, 8);
    private static readonly ReportContext Week = new(new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 11), new DateTimeOffset(2026, 3, 12, 12, 0, 0, TimeSpan.Zero));

    private static MoodShift Shift(DateOnly day, int hour, string state, int intensity) =>
        new() { OccurredAt = ZonedTime.ToUtc(Zone, day, new TimeOnly(hour, 0)), CurrentState = state, Intensity = intensity };

    [Fact]
    public void Peaks_are_the_highest_rating_per_pole_on_each_local_day_with_mixed_counting_in_both()
    {
        var data = new ReportData
        {
            DisplayName = "Test",
            Zone = Zone,
            MoodShifts =
            [
                Shift(SpringForward, 1, "low", 3),
                Shift(SpringForward, 9, "depressed", 7),
                Shift(SpringForward, 15, "mixed", 5),
                Shift(SpringForward, 20, "irritable", 4),
                // 23:30 local on the 8th is 03:30 UTC on the 9th: it belongs to the 8th.
                new MoodShift { OccurredAt = ZonedTime.ToUtc(Zone, SpringForward, new TimeOnly(23, 30)), CurrentState = "anxious", Intensity = 6 },
                Shift(SpringForward.AddDays(1), 10, "stable", 2),
            ],
            Baselines = [new DailyBaseline { Date = SpringForward, SleepHours = 6.5m }],
        };

        var facts = new ReportFacts(data, Week);
        var day = facts.Days.Single(d => d.Date == SpringForward);

        Assert.Equal(7, day.Depressed);
        Assert.Equal(5, day.Elevated);
        Assert.Equal(4, day.Irritable);
        Assert.Equal(6, day.Anxious);
        Assert.Equal(6.5m, day.SleepHours);
        Assert.Equal(5, day.Shifts);
        Assert.True(day.RapidCycling);
        var next = facts.Days.Single(d => d.Date == SpringForward.AddDays(1));
        Assert.Null(next.Depressed);
        Assert.Equal(1, next.Shifts);
        Assert.Equal(2, facts.LoggedDays);
    }

    [Fact]
    public void Doses_due_and_taken_follow_the_schedule_and_changes_mark_their_day()
    {
        var medication = new Medication { Name = "Lithium", ScheduleTimes = [new(8, 0), new(20, 0)], StartDate = new DateOnly(2026, 1, 1) };
        var due = ZonedTime.ToUtc(Zone, SpringForward, new TimeOnly(8, 0));
        var data = new ReportData
        {
            DisplayName = "Test",
            Zone = Zone,
            Medications = [medication],
            DoseLogs = [new DoseLog { MedicationId = medication.Id, ScheduledAt = due, Status = DoseStatus.Taken, TakenAt = due }],
            MedicationChanges = [new MedicationChange { MedicationId = medication.Id, Date = SpringForward, Type = MedicationChangeType.DoseIncreased }],
            Episodes =
            [
                new Episode { Type = EpisodeType.Mania, StartedAt = due, Status = EpisodeStatus.Confirmed },
                new Episode { Type = EpisodeType.SuicidalCrisis, StartedAt = due, Status = EpisodeStatus.Draft },
            ],
        };

        var facts = new ReportFacts(data, Week);
        var row = Assert.Single(facts.Medications);
        var day = row.Days.Single(d => d.Date == SpringForward);

        Assert.Equal(2, day.Due);
        Assert.Equal(1, day.Taken);
        Assert.Equal(MedicationChangeType.DoseIncreased, day.Change);
        Assert.Equal(14, row.Counts.Scheduled);
        Assert.Equal(1, row.Counts.Taken);
        Assert.Equal(EpisodeType.Mania, Assert.Single(facts.Episodes).Type);
    }

    [Fact]
    public void Cycle_days_count_from_the_tracker_and_entries_are_those_in_the_period()
    {
        var facts = new ReportFacts(SampleReportData.Create(), SampleReportData.Context());

        // February's period puts 1 March on day 21, and the count runs on to 9 March.
        Assert.Equal(21, facts.CycleDays[SampleReportData.From].CycleDay);
        Assert.Equal(23, facts.CycleDays[SampleReportData.From.AddDays(2)].CycleDay);
        Assert.Equal((1, CyclePhase.Menstrual), (facts.CycleDays[SampleReportData.PeriodStarts[1]].CycleDay, facts.CycleDays[SampleReportData.PeriodStarts[1]].Phase));
        Assert.Equal(CyclePhase.LateLuteal, facts.CycleDays[SampleReportData.PeriodStarts[1].AddDays(-1)].Phase);
        Assert.Equal(30, facts.CycleDays.Count);
        Assert.Single(facts.Abandonment);
        Assert.Equal(2, facts.Relationships.Count);
    }
}
