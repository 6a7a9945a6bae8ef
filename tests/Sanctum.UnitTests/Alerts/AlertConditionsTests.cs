using System.Globalization;
using Sanctum.Core;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Safety.Alerts;

namespace Sanctum.UnitTests.Alerts;

/// <summary>The triggers the scan evaluates, at their day boundaries, in the person's own zone.</summary>
public sealed class AlertConditionsTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
    private static readonly Guid Lithium = Guid.NewGuid();

    /// <summary>Noon on 10 November in New York; "today" is the 10th.</summary>
    private static readonly DateTimeOffset Now = At(NewYork, "2026-11-10T12:00");
    private static readonly DateOnly Today = new(2026, 11, 10);
    private static readonly DateOnly LongAgo = new(2026, 1, 1);

    private static DateTimeOffset At(TimeZoneInfo zone, string local) =>
        ZonedTime.ToUtc(zone, DateTime.Parse(local, CultureInfo.InvariantCulture));

    private static DoseSchedule Daily(DateOnly firstDay, params string[] times) =>
        new(Lithium, "Lithium", times.Select(t => TimeOnly.Parse(t, CultureInfo.InvariantCulture)).ToList(), firstDay, null);

    private static DoseLog Log(TimeZoneInfo zone, string localDose, DoseStatus status) =>
        new() { MedicationId = Lithium, ScheduledAt = At(zone, localDose), Status = status };

    private static AlertFacts Doses(TimeZoneInfo zone, DoseSchedule schedule, params DoseLog[] logs) => new(zone, [schedule], logs, [], []);

    private static AlertFacts Moods(TimeZoneInfo zone, params (string Local, string State)[] shifts) =>
        new(zone, [], [], shifts.Select(s => new ShiftPoint(At(zone, s.Local), s.State, FunctionalityLevel.Functional)).OrderBy(s => s.OccurredAt).ToList(), []);

    private static AlertFacts CheckIns(TimeZoneInfo zone, string[] shiftsLocal, params DateOnly[] days) =>
        new(zone, [], [], shiftsLocal.Select(s => new ShiftPoint(At(zone, s), "stable", FunctionalityLevel.Functional)).ToList(), days);

    // ---- Missed medication ----

    [Fact]
    public void Missed_medication_holds_when_each_of_the_last_n_whole_days_had_a_dose_not_taken()
    {
        var facts = Doses(NewYork, Daily(LongAgo, "08:00"), Log(NewYork, "2026-11-07T08:00", DoseStatus.Taken));
        Assert.True(AlertConditions.MissedMedication(2, LongAgo, facts, Now));
        Assert.True(AlertConditions.MissedMedication(1, LongAgo, facts, Now));
        Assert.False(AlertConditions.MissedMedication(3, LongAgo, facts, Now));
    }

    [Theory]
    [InlineData(DoseStatus.Taken, false)]
    [InlineData(DoseStatus.Missed, true)]
    [InlineData(DoseStatus.Skipped, true)]
    public void Only_a_dose_logged_as_taken_counts_as_taken(DoseStatus status, bool holds)
    {
        var facts = Doses(NewYork, Daily(LongAgo, "08:00"), Log(NewYork, "2026-11-09T08:00", status));
        Assert.Equal(holds, AlertConditions.MissedMedication(1, LongAgo, facts, Now));
    }

    [Fact]
    public void One_dose_of_two_not_taken_makes_it_a_missed_day()
    {
        var facts = Doses(NewYork, Daily(LongAgo, "08:00", "20:00"), Log(NewYork, "2026-11-09T08:00", DoseStatus.Taken));
        Assert.True(AlertConditions.MissedMedication(1, LongAgo, facts, Now));

        var both = Doses(NewYork, Daily(LongAgo, "08:00", "20:00"),
            Log(NewYork, "2026-11-09T08:00", DoseStatus.Taken), Log(NewYork, "2026-11-09T20:00", DoseStatus.Taken));
        Assert.False(AlertConditions.MissedMedication(1, LongAgo, both, Now));
    }

    [Fact]
    public void Today_is_not_counted_while_its_doses_can_still_be_taken()
    {
        // Yesterday all taken; today's 08:00 not logged by noon.
        var facts = Doses(NewYork, Daily(LongAgo, "08:00"), Log(NewYork, "2026-11-09T08:00", DoseStatus.Taken));
        Assert.False(AlertConditions.MissedMedication(1, LongAgo, facts, Now));
    }

    [Fact]
    public void A_day_with_nothing_due_breaks_the_run()
    {
        // The medication started yesterday: the day before had nothing to miss.
        var facts = Doses(NewYork, Daily(Today.AddDays(-1), "08:00"));
        Assert.True(AlertConditions.MissedMedication(1, LongAgo, facts, Now));
        Assert.False(AlertConditions.MissedMedication(2, LongAgo, facts, Now));
        Assert.False(AlertConditions.MissedMedication(1, LongAgo, new AlertFacts(NewYork, [], [], [], []), Now));
    }

    [Theory]
    [InlineData(-2, true)]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    public void Only_days_from_the_one_the_rule_was_made_count(int watchFromDaysAgo, bool holds)
    {
        var facts = Doses(NewYork, Daily(LongAgo, "08:00"));
        Assert.Equal(holds, AlertConditions.MissedMedication(2, Today.AddDays(watchFromDaysAgo), facts, Now));
    }

    [Fact]
    public void The_day_ends_at_local_midnight_not_utc_midnight()
    {
        // A 23:00 dose on the 9th, not taken. At 23:59 local (04:59 UTC on the 10th) the 9th is still today.
        var facts = Doses(NewYork, Daily(LongAgo, "23:00"), Log(NewYork, "2026-11-08T23:00", DoseStatus.Taken));
        Assert.False(AlertConditions.MissedMedication(1, LongAgo, facts, At(NewYork, "2026-11-09T23:59")));
        Assert.True(AlertConditions.MissedMedication(1, LongAgo, facts, At(NewYork, "2026-11-10T00:00")));
    }

    [Fact]
    public void A_dose_in_the_repeated_hour_of_a_fall_back_day_is_due_once()
    {
        // 2026-11-01: New York clocks go 02:00 EDT -> 01:00 EST, so 01:30 happens twice; the dose is the first one.
        var schedule = Daily(LongAgo, "01:30");
        var after = At(NewYork, "2026-11-02T12:00");
        Assert.True(AlertConditions.MissedMedication(1, LongAgo, Doses(NewYork, schedule), after));
        Assert.False(AlertConditions.MissedMedication(1, LongAgo, Doses(NewYork, schedule, Log(NewYork, "2026-11-01T01:30", DoseStatus.Taken)), after));
    }

    [Fact]
    public void A_23_hour_spring_forward_day_is_still_one_whole_day_of_silence()
    {
        // 2026-03-08 in New York has no 02:00-03:00; a check-in on the 7th keeps the 8th's count at one whole day.
        var facts = CheckIns(NewYork, [], new DateOnly(2026, 3, 7));
        Assert.False(AlertConditions.NoCheckIn(1, LongAgo, facts, At(NewYork, "2026-03-08T23:59")));
        Assert.True(AlertConditions.NoCheckIn(1, LongAgo, facts, At(NewYork, "2026-03-09T00:00")));
    }

    // ---- Rapid cycling ----

    /// <summary>Three different states in one day: a rapid-cycling day by <see cref="MoodDay.IsRapidCycling"/>.</summary>
    private static (string, string)[] RapidDay(DateOnly day) =>
    [
        ($"{day:yyyy-MM-dd}T09:00", "low"), ($"{day:yyyy-MM-dd}T13:00", "elevated"), ($"{day:yyyy-MM-dd}T18:00", "irritable"),
    ];

    [Fact]
    public void Rapid_cycling_holds_at_k_rapid_days_in_the_last_seven()
    {
        var facts = Moods(NewYork, [.. RapidDay(Today.AddDays(-1)), .. RapidDay(Today.AddDays(-4))]);
        Assert.True(AlertConditions.RapidCycling(2, LongAgo, facts, Now));
        Assert.False(AlertConditions.RapidCycling(3, LongAgo, facts, Now));
    }

    [Theory]
    [InlineData(-6, true)]
    [InlineData(-7, false)]
    public void The_window_is_today_and_the_six_days_before(int daysAgo, bool holds) =>
        Assert.Equal(holds, AlertConditions.RapidCycling(1, LongAgo, Moods(NewYork, RapidDay(Today.AddDays(daysAgo))), Now));

    [Fact]
    public void Today_counts_as_it_happens()
    {
        var facts = Moods(NewYork, ("2026-11-10T07:00", "low"), ("2026-11-10T09:00", "elevated"), ("2026-11-10T11:00", "mixed"));
        Assert.True(AlertConditions.RapidCycling(1, LongAgo, facts, Now));
        // At 10:00 only two states have happened yet.
        Assert.False(AlertConditions.RapidCycling(1, LongAgo, facts, At(NewYork, "2026-11-10T10:00")));
    }

    [Fact]
    public void Two_states_back_and_forth_is_not_a_rapid_cycling_day()
    {
        var facts = Moods(NewYork, ("2026-11-09T08:00", "low"), ("2026-11-09T10:00", "stable"), ("2026-11-09T12:00", "low"), ("2026-11-09T14:00", "stable"));
        Assert.False(AlertConditions.RapidCycling(1, LongAgo, facts, Now));
    }

    [Fact]
    public void The_state_carried_over_midnight_counts_toward_the_day()
    {
        var facts = Moods(NewYork, ("2026-11-08T22:00", "depressed"), ("2026-11-09T10:00", "elevated"), ("2026-11-09T15:00", "anxious"));
        Assert.True(AlertConditions.RapidCycling(1, LongAgo, facts, Now));
    }

    [Fact]
    public void Rapid_days_before_the_rule_was_made_do_not_count()
    {
        var facts = Moods(NewYork, [.. RapidDay(Today.AddDays(-1)), .. RapidDay(Today.AddDays(-4))]);
        Assert.False(AlertConditions.RapidCycling(2, Today.AddDays(-3), facts, Now));
        Assert.True(AlertConditions.RapidCycling(2, Today.AddDays(-4), facts, Now));
    }

    [Fact]
    public void Rapid_days_are_local_days()
    {
        // An evening on the 3rd in Los Angeles, already the 4th in UTC: seven local days from the 10th leave it out.
        var facts = Moods(LosAngeles, ("2026-11-03T17:00", "low"), ("2026-11-03T18:00", "elevated"), ("2026-11-03T19:00", "irritable"));
        Assert.False(AlertConditions.RapidCycling(1, LongAgo, facts, At(LosAngeles, "2026-11-10T00:30")));
        Assert.True(AlertConditions.RapidCycling(1, LongAgo, facts, At(LosAngeles, "2026-11-09T23:30")));
    }

    // ---- No check-in ----

    [Theory]
    [InlineData(-3, true)]
    [InlineData(-2, false)]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    public void No_check_in_holds_when_nothing_was_logged_on_the_last_n_whole_days_or_today(int lastDaysAgo, bool holds)
    {
        var day = Today.AddDays(lastDaysAgo);
        Assert.Equal(holds, AlertConditions.NoCheckIn(2, LongAgo, CheckIns(NewYork, [], day), Now));
        Assert.Equal(holds, AlertConditions.NoCheckIn(2, LongAgo, CheckIns(NewYork, [$"{day:yyyy-MM-dd}T09:00"]), Now));
    }

    [Fact]
    public void Nothing_ever_logged_counts_only_from_the_day_the_rule_was_made()
    {
        var none = CheckIns(NewYork, []);
        Assert.True(AlertConditions.NoCheckIn(2, Today.AddDays(-2), none, Now));
        Assert.False(AlertConditions.NoCheckIn(2, Today.AddDays(-1), none, Now));
    }

    [Fact]
    public void A_shift_late_in_the_evening_belongs_to_that_local_day()
    {
        // 23:30 on the 7th in Los Angeles is the 8th in UTC; for the person it is the 7th, before the window.
        var facts = CheckIns(LosAngeles, ["2026-11-07T23:30"]);
        Assert.True(AlertConditions.NoCheckIn(2, LongAgo, facts, At(LosAngeles, "2026-11-10T12:00")));
        Assert.False(AlertConditions.NoCheckIn(3, LongAgo, facts, At(LosAngeles, "2026-11-10T12:00")));
    }

    [Fact]
    public void A_new_day_starts_the_count_at_local_midnight()
    {
        var facts = CheckIns(NewYork, [], new DateOnly(2026, 11, 8));
        Assert.False(AlertConditions.NoCheckIn(1, LongAgo, facts, At(NewYork, "2026-11-09T23:59")));
        Assert.True(AlertConditions.NoCheckIn(1, LongAgo, facts, At(NewYork, "2026-11-10T00:00")));
    }

    // ---- Holds: the rule's own settings ----

    [Fact]
    public void A_rule_holds_by_its_trigger_days_and_creation_day()
    {
        var facts = new AlertFacts(NewYork, [Daily(LongAgo, "08:00")], [], [], []);
        var rule = new AlertRule { Trigger = AlertTrigger.MissedMedication, Days = 2, CreatedAt = At(NewYork, "2026-11-08T15:00") };
        Assert.True(AlertConditions.Holds(rule, facts, Now));

        rule.CreatedAt = At(NewYork, "2026-11-09T00:00");
        Assert.False(AlertConditions.Holds(rule, facts, Now));
    }

    [Fact]
    public void Disabled_crisis_and_dayless_rules_never_hold_on_the_scan()
    {
        var facts = new AlertFacts(NewYork, [Daily(LongAgo, "08:00")], [], [], []);
        var created = At(NewYork, "2026-10-01T12:00");
        Assert.False(AlertConditions.Holds(new AlertRule { Trigger = AlertTrigger.MissedMedication, Days = 1, Enabled = false, CreatedAt = created }, facts, Now));
        Assert.False(AlertConditions.Holds(new AlertRule { Trigger = AlertTrigger.MissedMedication, Days = null, CreatedAt = created }, facts, Now));
        Assert.False(AlertConditions.Holds(new AlertRule { Trigger = AlertTrigger.CrisisDetected, Days = 1, CreatedAt = created }, facts, Now));
        Assert.True(AlertConditions.Holds(new AlertRule { Trigger = AlertTrigger.NoCheckIn, Days = 1, CreatedAt = created }, facts, Now));
    }

    [Fact]
    public void The_scan_reads_back_far_enough_for_the_longest_window()
    {
        var (_, max) = AlertConditions.DaysRange(AlertTrigger.NoCheckIn);
        Assert.True(AlertConditions.EarliestDay(Today) <= Today.AddDays(-max));
        foreach (var trigger in new[] { AlertTrigger.MissedMedication, AlertTrigger.RapidCycling })
            Assert.True(AlertConditions.DaysRange(trigger).Max <= max);
    }
}
