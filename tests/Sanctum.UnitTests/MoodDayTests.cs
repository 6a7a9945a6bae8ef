using Sanctum.Api.Http;
using Sanctum.Api.Mood;
using Sanctum.Core.Mood;

namespace Sanctum.UnitTests;

public sealed class MoodDayTests
{
    private static readonly UserZone London = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
    private static readonly UserZone NewYork = new(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

    /// <summary>Long after every day tested, so days run to their next midnight.</summary>
    private static readonly DateTimeOffset Later = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset At(UserZone zone, string local) => zone.LocalToUtc(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture));

    private static ShiftPoint Shift(UserZone zone, string local, string state, FunctionalityLevel functionality = FunctionalityLevel.Functional) =>
        new(At(zone, local), state, functionality);

    private static Dictionary<string, int> Minutes(MoodDaySummary day) => day.TimeInStates.ToDictionary(s => s.State, s => s.Minutes);

    [Fact]
    public void An_empty_day_with_nothing_before_it_has_no_states()
    {
        var day = MoodDay.Summarise(new DateOnly(2026, 11, 10), London.Zone, [], Later);

        Assert.Equal(0, day.TotalShifts);
        Assert.Equal(0, day.TotalStates);
        Assert.Empty(day.TimeInStates);
        Assert.Null(day.AverageDurationMinutes);
        Assert.Null(day.CarriedOverState);
        Assert.Equal(0, day.TrackedMinutes);
    }

    [Fact]
    public void A_day_without_shifts_stays_in_the_state_carried_over_midnight()
    {
        var day = MoodDay.Summarise(new DateOnly(2026, 11, 10), London.Zone, [Shift(London, "2026-11-07T20:00", "low")], Later);

        Assert.Equal(0, day.TotalShifts);
        Assert.Equal(1, day.TotalStates);
        Assert.Equal("low", day.CarriedOverState);
        Assert.Equal(new Dictionary<string, int> { ["low"] = 1440 }, Minutes(day));
        Assert.Equal(1440, day.AverageDurationMinutes);
    }

    [Fact]
    public void Each_state_lasts_until_the_next_shift_and_the_carried_state_fills_the_morning()
    {
        ShiftPoint[] shifts =
        [
            Shift(London, "2026-11-09T22:00", "low", FunctionalityLevel.Limited),
            Shift(London, "2026-11-10T06:00", "stable", FunctionalityLevel.High),
            Shift(London, "2026-11-10T18:00", "anxious", FunctionalityLevel.Crisis),
        ];

        var day = MoodDay.Summarise(new DateOnly(2026, 11, 10), London.Zone, shifts, Later);

        Assert.Equal(2, day.TotalShifts);
        Assert.Equal(3, day.TotalStates);
        Assert.Equal(3, day.DistinctStates);
        Assert.Equal(new Dictionary<string, int> { ["low"] = 360, ["stable"] = 720, ["anxious"] = 360 }, Minutes(day));
        Assert.Equal(480, day.AverageDurationMinutes);
        Assert.Equal(1, day.CrisisCount);
        Assert.Equal(1, day.FunctionalCount);
        Assert.Equal(1440, day.TrackedMinutes);
    }

    [Fact]
    public void A_state_that_starts_late_in_the_evening_is_split_across_midnight()
    {
        ShiftPoint[] shifts = [Shift(London, "2026-11-10T23:00", "elevated"), Shift(London, "2026-11-11T02:00", "stable")];

        var evening = MoodDay.Summarise(new DateOnly(2026, 11, 10), London.Zone, shifts, Later);
        var nextDay = MoodDay.Summarise(new DateOnly(2026, 11, 11), London.Zone, shifts, Later);

        Assert.Equal(new Dictionary<string, int> { ["elevated"] = 60 }, Minutes(evening));
        Assert.Equal(1, evening.TotalShifts);
        Assert.Equal("elevated", nextDay.CarriedOverState);
        Assert.Equal(new Dictionary<string, int> { ["elevated"] = 120, ["stable"] = 1320 }, Minutes(nextDay));
        Assert.Equal(1, nextDay.TotalShifts);
        Assert.Equal(2, nextDay.TotalStates);
    }

    [Fact]
    public void A_shift_at_exactly_midnight_replaces_the_carried_state()
    {
        ShiftPoint[] shifts = [Shift(London, "2026-11-09T12:00", "low"), Shift(London, "2026-11-10T00:00", "stable")];

        var day = MoodDay.Summarise(new DateOnly(2026, 11, 10), London.Zone, shifts, Later);

        Assert.Null(day.CarriedOverState);
        Assert.Equal(1, day.TotalStates);
        Assert.Equal(new Dictionary<string, int> { ["stable"] = 1440 }, Minutes(day));
    }

    [Fact]
    public void Returning_to_a_state_adds_to_its_time_and_counts_as_another_state_period()
    {
        ShiftPoint[] shifts =
        [
            Shift(London, "2026-11-10T08:00", "stable"),
            Shift(London, "2026-11-10T10:00", "irritable", FunctionalityLevel.Limited),
            Shift(London, "2026-11-10T11:00", "stable"),
        ];

        var day = MoodDay.Summarise(new DateOnly(2026, 11, 10), London.Zone, shifts, Later);

        Assert.Equal(3, day.TotalStates);
        Assert.Equal(2, day.DistinctStates);
        Assert.Equal(new Dictionary<string, int> { ["stable"] = 120 + 780, ["irritable"] = 60 }, Minutes(day));
        Assert.Equal(320, day.AverageDurationMinutes);
        Assert.Equal(2, day.FunctionalCount);
        Assert.Equal(0, day.CrisisCount);
    }

    [Fact]
    public void Shifts_after_the_day_are_ignored()
    {
        ShiftPoint[] shifts = [Shift(London, "2026-11-10T12:00", "low"), Shift(London, "2026-11-12T09:00", "manic")];

        var day = MoodDay.Summarise(new DateOnly(2026, 11, 10), London.Zone, shifts, Later);

        Assert.Equal(new Dictionary<string, int> { ["low"] = 720 }, Minutes(day));
    }

    [Fact]
    public void Today_ends_now()
    {
        var now = At(London, "2026-11-10T14:30");
        ShiftPoint[] shifts = [Shift(London, "2026-11-09T21:00", "stable"), Shift(London, "2026-11-10T09:00", "low")];

        var day = MoodDay.Summarise(new DateOnly(2026, 11, 10), London.Zone, shifts, now);

        Assert.Equal(new Dictionary<string, int> { ["stable"] = 540, ["low"] = 330 }, Minutes(day));
        Assert.Equal(870, day.TrackedMinutes);
    }

    [Fact]
    public void A_day_that_has_not_begun_is_empty()
    {
        var now = At(London, "2026-11-10T14:30");

        var day = MoodDay.Summarise(new DateOnly(2026, 11, 11), London.Zone, [Shift(London, "2026-11-10T09:00", "low")], now);

        Assert.Equal(0, day.TotalStates);
        Assert.Null(day.CarriedOverState);
        Assert.Equal(0, day.TrackedMinutes);
    }

    [Theory]
    [InlineData("America/New_York", "2026-03-08", 23 * 60)] // spring forward: 02:00 EST -> 03:00 EDT
    [InlineData("America/New_York", "2026-11-01", 25 * 60)] // fall back: 02:00 EDT -> 01:00 EST
    [InlineData("Europe/London", "2026-03-29", 23 * 60)] // 01:00 GMT -> 02:00 BST
    [InlineData("Europe/London", "2026-10-25", 25 * 60)] // 02:00 BST -> 01:00 GMT
    [InlineData("Europe/London", "2026-11-10", 24 * 60)]
    public void A_carried_state_fills_the_real_length_of_a_clock_change_day(string zoneId, string date, int minutes)
    {
        var zone = new UserZone(TimeZoneInfo.FindSystemTimeZoneById(zoneId));
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var summary = MoodDay.Summarise(day, zone.Zone, [new ShiftPoint(zone.StartOf(day.AddDays(-1)), "stable", FunctionalityLevel.Functional)], Later);

        Assert.Equal(new Dictionary<string, int> { ["stable"] = minutes }, Minutes(summary));
    }

    [Fact]
    public void New_York_spring_forward_counts_real_minutes_across_the_skipped_hour()
    {
        ShiftPoint[] shifts =
        [
            Shift(NewYork, "2026-03-07T20:00", "stable"),
            Shift(NewYork, "2026-03-08T01:00", "low"),
            Shift(NewYork, "2026-03-08T04:00", "anxious"),
        ];

        var day = MoodDay.Summarise(new DateOnly(2026, 3, 8), NewYork.Zone, shifts, Later);

        // 01:00 EST to 04:00 EDT is two real hours; 04:00 to midnight is twenty.
        Assert.Equal(new Dictionary<string, int> { ["stable"] = 60, ["low"] = 120, ["anxious"] = 1200 }, Minutes(day));
        Assert.Equal(1380, day.TrackedMinutes);
    }

    [Fact]
    public void New_York_fall_back_counts_the_repeated_hour_once_for_each_time_it_passes()
    {
        ShiftPoint[] shifts = [Shift(NewYork, "2026-11-01T00:30", "hypomanic"), Shift(NewYork, "2026-11-01T03:00", "stable")];

        var day = MoodDay.Summarise(new DateOnly(2026, 11, 1), NewYork.Zone, shifts, Later);

        // 00:30 EDT to 03:00 EST is three and a half real hours.
        Assert.Equal(new Dictionary<string, int> { ["hypomanic"] = 210, ["stable"] = 1260 }, Minutes(day));
        // The half hour before the first shift has no known state.
        Assert.Equal(1500 - 30, day.TrackedMinutes);
    }

    [Fact]
    public void London_fall_back_keeps_a_shift_in_the_second_one_oclock_apart_from_the_first()
    {
        var firstOne = At(London, "2026-10-25T01:00");
        ShiftPoint[] shifts =
        [
            new(firstOne, "low", FunctionalityLevel.Limited),
            new(firstOne.AddHours(1), "stable", FunctionalityLevel.Functional), // 01:00 GMT, the second one o'clock
        ];

        var day = MoodDay.Summarise(new DateOnly(2026, 10, 25), London.Zone, shifts, Later);

        Assert.Equal(new Dictionary<string, int> { ["low"] = 60, ["stable"] = 23 * 60 }, Minutes(day));
        Assert.Equal(2, day.TotalShifts);
    }

    [Fact]
    public void London_spring_forward_day_starts_at_midnight_and_has_23_hours()
    {
        ShiftPoint[] shifts = [Shift(London, "2026-03-29T00:30", "depressed"), Shift(London, "2026-03-29T02:30", "low")];

        var day = MoodDay.Summarise(new DateOnly(2026, 3, 29), London.Zone, shifts, Later);

        // 00:30 GMT to 02:30 BST is one real hour.
        Assert.Equal(new Dictionary<string, int> { ["depressed"] = 60, ["low"] = 1290 }, Minutes(day));
    }

    [Fact]
    public void Weeks_start_on_monday()
    {
        Assert.Equal(new DateOnly(2026, 11, 23), MoodWeeks.MondayOf(new DateOnly(2026, 11, 23)));
        Assert.Equal(new DateOnly(2026, 11, 23), MoodWeeks.MondayOf(new DateOnly(2026, 11, 29)));
        Assert.Equal(new DateOnly(2026, 11, 16), MoodWeeks.MondayOf(new DateOnly(2026, 11, 22)));
    }
}
