extern alias web;

using web::Sanctum.Web.Api.Contracts;
using web::Sanctum.Web.Components.Pages.Insights;

namespace Sanctum.UnitTests.Patterns;

public sealed class MoodBarsTests
{
    private static readonly DateOnly Day = new(2026, 11, 2);

    [Fact]
    public void Bars_go_up_for_the_high_side_down_for_the_low_side_and_skip_days_without_a_log()
    {
        var bars = new MoodBars([
            new DayFiguresInfo(Day, 2, 5, false),
            new DayFiguresInfo(Day.AddDays(1), 0, null, false),
            new DayFiguresInfo(Day.AddDays(2), 3, -10, true),
            new DayFiguresInfo(Day.AddDays(3), 1, 0, false),
        ]);

        var drawn = bars.Bars().ToList();

        Assert.Equal([Day, Day.AddDays(2), Day.AddDays(3)], drawn.Select(b => b.Date));
        Assert.Equal(160, bars.SlotWidth);
        Assert.Equal((16, MoodBars.Middle - 39, 39, false), (drawn[0].X, drawn[0].Y, drawn[0].Height, drawn[0].Low));
        Assert.Equal((336, MoodBars.Middle, 78, true), (drawn[1].X, drawn[1].Y, drawn[1].Height, drawn[1].Low));
        // A neutral day still shows a hairline, so "logged, level" differs from "not logged".
        Assert.Equal(0.5, drawn[2].Height);
        Assert.All(drawn, b => Assert.InRange(b.Y + b.Height, 0, MoodBars.Height));
    }

    [Fact]
    public void The_summary_reads_out_the_lowest_and_highest_day()
    {
        var bars = new MoodBars([new DayFiguresInfo(Day, 2, 5, false), new DayFiguresInfo(Day.AddDays(1), 0, null, false), new DayFiguresInfo(Day.AddDays(2), 3, -7.5, true)]);

        Assert.Equal("Mood by day, 2 of 3 days logged. Lowest -7.5 on Wed, Nov 4, highest +5.0 on Mon, Nov 2. The table below has every day.", bars.Summary());
        Assert.Equal("Mood by day: nothing logged in this period.", new MoodBars([]).Summary());
    }
}
