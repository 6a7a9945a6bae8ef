using Sanctum.Core.Reminders;

namespace Sanctum.UnitTests.Reminders;

public class ReminderClockTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo LordHowe = TimeZoneInfo.FindSystemTimeZoneById("Australia/Lord_Howe");

    private static ReminderSchedule Daily(params string[] times) =>
        new(Recurrence.Daily, times.Select(TimeOnly.Parse).ToList(), []);

    private static ReminderSchedule Cron(string expression) => new(Recurrence.Cron, [], [], Cron: expression);

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text + "Z").ToUniversalTime();

    private static DateTimeOffset? Next(ReminderSchedule schedule, TimeZoneInfo zone, string afterUtc) =>
        ReminderClock.NextOccurrence(schedule, zone, Utc(afterUtc));

    [Fact]
    public void Daily_time_is_local_and_strictly_after()
    {
        // 08:00 EST is 13:00 UTC; asking at exactly that instant gives the next day.
        Assert.Equal(Utc("2026-01-15T13:00"), Next(Daily("08:00"), NewYork, "2026-01-15T12:00"));
        Assert.Equal(Utc("2026-01-16T13:00"), Next(Daily("08:00"), NewYork, "2026-01-15T13:00"));
    }

    [Fact]
    public void Several_times_a_day_come_in_order()
    {
        var schedule = Daily("20:00", "08:00");
        Assert.Equal(Utc("2026-01-15T13:00"), Next(schedule, NewYork, "2026-01-15T05:00"));
        Assert.Equal(Utc("2026-01-16T01:00"), Next(schedule, NewYork, "2026-01-15T13:00"));
    }

    [Fact]
    public void New_York_spring_forward_moves_a_time_in_the_gap_to_the_jump()
    {
        // 2026-03-08: 02:00 EST -> 03:00 EDT, so 02:30 does not exist; it fires at 03:00 EDT (07:00 UTC), once.
        var schedule = Daily("02:30");
        Assert.Equal(Utc("2026-03-08T07:00"), Next(schedule, NewYork, "2026-03-08T05:00"));
        Assert.Equal(Utc("2026-03-09T06:30"), Next(schedule, NewYork, "2026-03-08T07:00"));
    }

    [Fact]
    public void New_York_fall_back_fires_the_repeated_time_once_the_first_time()
    {
        // 2026-11-01: 02:00 EDT -> 01:00 EST; 01:30 happens at 05:30 UTC and again at 06:30 UTC.
        var schedule = Daily("01:30");
        Assert.Equal(Utc("2026-11-01T05:30"), Next(schedule, NewYork, "2026-11-01T04:00"));
        Assert.Equal(Utc("2026-11-02T06:30"), Next(schedule, NewYork, "2026-11-01T05:30"));
    }

    [Fact]
    public void Times_outside_the_change_keep_their_wall_clock_across_it()
    {
        var schedule = Daily("08:00");
        Assert.Equal(Utc("2026-03-08T12:00"), Next(schedule, NewYork, "2026-03-08T05:00"));
        Assert.Equal(Utc("2026-11-01T13:00"), Next(schedule, NewYork, "2026-11-01T05:00"));
    }

    [Fact]
    public void London_spring_forward_and_fall_back()
    {
        // 2026-03-29: 01:00 GMT -> 02:00 BST. 2026-10-25: 02:00 BST -> 01:00 GMT.
        Assert.Equal(Utc("2026-03-29T01:00"), Next(Daily("01:30"), London, "2026-03-29T00:00"));
        Assert.Equal(Utc("2026-03-30T00:30"), Next(Daily("01:30"), London, "2026-03-29T01:00"));
        Assert.Equal(Utc("2026-10-25T00:30"), Next(Daily("01:30"), London, "2026-10-24T23:00"));
        Assert.Equal(Utc("2026-10-26T01:30"), Next(Daily("01:30"), London, "2026-10-25T00:30"));
    }

    [Fact]
    public void Lord_Howe_half_hour_shifts()
    {
        // 2026-10-04: 02:00 -> 02:30 (+10:30 -> +11), so 02:15 fires at 02:30 +11.
        Assert.Equal(Utc("2026-10-03T15:30"), Next(Daily("02:15"), LordHowe, "2026-10-03T12:00"));
        // 2026-04-05: 02:00 -> 01:30 (+11 -> +10:30), so 01:45 happens twice; it fires the first time only.
        Assert.Equal(Utc("2026-04-04T14:45"), Next(Daily("01:45"), LordHowe, "2026-04-04T12:00"));
        Assert.Equal(Utc("2026-04-05T15:15"), Next(Daily("01:45"), LordHowe, "2026-04-04T14:45"));
    }

    [Fact]
    public void Weekly_keeps_its_local_time_across_a_change()
    {
        var sundays = new ReminderSchedule(Recurrence.Weekly, [new TimeOnly(9, 0)], [DayOfWeek.Sunday]);
        Assert.Equal(Utc("2026-03-01T14:00"), Next(sundays, NewYork, "2026-02-28T00:00"));
        Assert.Equal(Utc("2026-03-08T13:00"), Next(sundays, NewYork, "2026-03-01T14:00"));
    }

    [Fact]
    public void Weekly_on_several_days_picks_the_nearest()
    {
        var schedule = new ReminderSchedule(Recurrence.Weekly, [new TimeOnly(18, 0)], [DayOfWeek.Friday, DayOfWeek.Monday]);
        // 2026-01-14 is a Wednesday; Friday 18:00 EST is 23:00 UTC, then Monday.
        Assert.Equal(Utc("2026-01-16T23:00"), Next(schedule, NewYork, "2026-01-14T12:00"));
        Assert.Equal(Utc("2026-01-19T23:00"), Next(schedule, NewYork, "2026-01-16T23:00"));
    }

    [Fact]
    public void Once_fires_on_its_day_then_never()
    {
        var schedule = new ReminderSchedule(Recurrence.Once, [new TimeOnly(9, 0), new TimeOnly(17, 0)], [], new DateOnly(2026, 6, 1));
        Assert.Equal(Utc("2026-06-01T13:00"), Next(schedule, NewYork, "2026-05-01T00:00"));
        Assert.Equal(Utc("2026-06-01T21:00"), Next(schedule, NewYork, "2026-06-01T13:00"));
        Assert.Null(Next(schedule, NewYork, "2026-06-01T21:00"));
    }

    [Fact]
    public void Cron_weekdays_at_nine_in_the_persons_zone()
    {
        // 2026-01-16 is a Friday: next is Monday 09:00 EST.
        Assert.Equal(Utc("2026-01-19T14:00"), Next(Cron("0 9 * * 1-5"), NewYork, "2026-01-16T14:00"));
        Assert.Equal(Utc("2026-01-19T14:00"), Next(Cron("0 9 * * MON-FRI"), NewYork, "2026-01-16T14:00"));
    }

    [Fact]
    public void Cron_lists_ranges_steps_and_sunday_as_seven()
    {
        Assert.Equal(Utc("2026-01-15T01:00"), Next(Cron("0 8,20 * * *"), NewYork, "2026-01-14T13:00"));
        Assert.Equal(Utc("2026-01-14T18:00"), Next(Cron("0 9-17/4 * * *"), NewYork, "2026-01-14T14:00"));
        Assert.Equal(Utc("2026-01-14T22:00"), Next(Cron("0 9-17/4 * * *"), NewYork, "2026-01-14T18:00"));
        Assert.Equal(Utc("2026-01-14T12:15"), Next(Cron("*/15 * * * *"), NewYork, "2026-01-14T12:00"));
        Assert.Equal(Utc("2026-01-18T14:00"), Next(Cron("0 9 * * 7"), NewYork, "2026-01-14T12:00"));
        Assert.Equal(Utc("2026-02-01T14:00"), Next(Cron("0 9 1 * *"), NewYork, "2026-01-14T12:00"));
    }

    [Fact]
    public void Cron_31st_skips_short_months_and_leap_day_waits_for_a_leap_year()
    {
        Assert.Equal(Utc("2026-03-31T13:00"), Next(Cron("0 9 31 * *"), NewYork, "2026-02-01T00:00"));
        Assert.Equal(Utc("2028-02-29T14:00"), Next(Cron("0 9 29 2 *"), NewYork, "2026-03-01T00:00"));
    }

    [Fact]
    public void Cron_across_daylight_saving_fires_once_at_a_fixed_time()
    {
        Assert.Equal(Utc("2026-03-08T07:00"), Next(Cron("30 2 * * *"), NewYork, "2026-03-08T05:00"));
        Assert.Equal(Utc("2026-11-01T05:30"), Next(Cron("30 1 * * *"), NewYork, "2026-11-01T04:00"));
        Assert.Equal(Utc("2026-11-02T06:30"), Next(Cron("30 1 * * *"), NewYork, "2026-11-01T05:30"));
    }

    [Fact]
    public void Cron_interval_keeps_its_rhythm_through_a_repeated_hour()
    {
        // Every 30 minutes means every 30 real minutes, so the repeated 01:00-02:00 is walked once each time.
        Assert.Equal(Utc("2026-11-01T06:00"), Next(Cron("*/30 * * * *"), NewYork, "2026-11-01T05:30"));
        Assert.Equal(Utc("2026-11-01T06:30"), Next(Cron("*/30 * * * *"), NewYork, "2026-11-01T06:00"));
    }

    [Theory]
    [InlineData("60 * * * *", "minute")]
    [InlineData("a * * * *", "minute")]
    [InlineData("*/0 * * * *", "minute")]
    [InlineData("* 24 * * *", "hour")]
    [InlineData("* * 0 * *", "day-of-month")]
    [InlineData("* * 32 * *", "day-of-month")]
    [InlineData("* * * 13 *", "month")]
    [InlineData("* * * * 8", "day-of-week")]
    [InlineData("0 9 * * FUNDAY", "day-of-week")]
    public void Invalid_cron_names_the_part(string expression, string part)
    {
        Assert.Null(ReminderCron.TryParse(expression, out var error));
        Assert.Contains($"The {part} part", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("* * * *")]
    [InlineData("* * * * * *")]
    public void Cron_needs_five_parts(string? expression)
    {
        Assert.Null(ReminderCron.TryParse(expression, out var error));
        Assert.Contains("five parts", error);
    }

    [Fact]
    public void Schedule_problems_name_their_field()
    {
        Assert.Equal(["cron"], Cron("61 * * * *").Problems().Select(p => p.Field));
        Assert.Equal(["times"], new ReminderSchedule(Recurrence.Daily, [], []).Problems().Select(p => p.Field));
        Assert.Equal(["weekdays"], new ReminderSchedule(Recurrence.Weekly, [new TimeOnly(9, 0)], []).Problems().Select(p => p.Field));
        Assert.Equal(["onDate"], new ReminderSchedule(Recurrence.Once, [new TimeOnly(9, 0)], []).Problems().Select(p => p.Field));
        Assert.Empty(Daily("08:00").Problems());
        Assert.Empty(Cron("0 9 * * 1-5").Problems());
    }
}
