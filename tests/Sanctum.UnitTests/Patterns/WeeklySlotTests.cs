extern alias workers;

using Sanctum.Core;
using workers::Sanctum.Workers.Patterns;

namespace Sanctum.UnitTests.Patterns;

public sealed class WeeklySlotTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");

    [Theory]
    [InlineData("2026-11-30T03:00", "2026-11-30T03:00")] // Monday 03:00 itself
    [InlineData("2026-11-30T02:59", "2026-11-23T03:00")] // a minute before: last week's
    [InlineData("2026-12-06T23:59", "2026-11-30T03:00")] // Sunday night
    [InlineData("2026-03-09T12:00", "2026-03-09T03:00")] // the Monday after the spring-forward Sunday
    public void The_weekly_run_is_due_from_monday_three_in_the_morning_local_time(string localNow, string localSlot)
    {
        var now = ZonedTime.ToUtc(NewYork, DateTime.Parse(localNow, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ZonedTime.ToUtc(NewYork, DateTime.Parse(localSlot, System.Globalization.CultureInfo.InvariantCulture)), PatternScanner.WeeklySlot(NewYork, now));
    }

    [Fact]
    public void The_same_instant_is_a_different_week_in_a_zone_where_monday_has_already_begun()
    {
        var now = new DateTimeOffset(2026, 11, 29, 16, 0, 0, TimeSpan.Zero); // Sunday 11:00 in New York, Monday 05:00 in Auckland

        Assert.Equal(ZonedTime.ToUtc(NewYork, new DateTime(2026, 11, 23, 3, 0, 0)), PatternScanner.WeeklySlot(NewYork, now));
        Assert.Equal(ZonedTime.ToUtc(Auckland, new DateTime(2026, 11, 30, 3, 0, 0)), PatternScanner.WeeklySlot(Auckland, now));
    }
}
