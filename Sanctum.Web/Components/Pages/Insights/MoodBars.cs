using System.Globalization;
using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Components.Pages.Insights;

/// <summary>One day's bar: up for the high side, down for the low side; a day with nothing logged has none.</summary>
public sealed record MoodBar(DateOnly Date, double X, double Y, double Height, bool Low);

/// <summary>
/// The geometry of the daily-mood chart (SVG user units): one slot per day, a middle line for "neither high nor low",
/// bars scaled so 10 (the most intense) reaches the top or bottom edge.
/// </summary>
public sealed class MoodBars(IReadOnlyList<DayFiguresInfo> days)
{
    public const double Width = 640;
    public const double Height = 160;
    public const double Middle = Height / 2;
    private const double Scale = 10;

    public double SlotWidth => days.Count == 0 ? Width : Width / days.Count;

    public double BarWidth => Math.Max(1, SlotWidth * 0.8);

    public IEnumerable<MoodBar> Bars() => days.Select((day, i) => (day, i)).Where(d => d.day.Mood is not null).Select(d =>
    {
        var mood = Math.Clamp(d.day.Mood!.Value, -Scale, Scale);
        var height = Math.Abs(mood) / Scale * (Middle - 2);
        return new MoodBar(d.day.Date, Math.Round(d.i * SlotWidth + (SlotWidth - BarWidth) / 2, 2), Math.Round(mood < 0 ? Middle : Middle - height, 2),
            Math.Round(Math.Max(height, 0.5), 2), mood < 0);
    });

    /// <summary>What the chart shows, in one sentence, for screen readers.</summary>
    public string Summary()
    {
        var logged = days.Where(d => d.Mood is not null).ToList();
        if (logged.Count == 0) return "Mood by day: nothing logged in this period.";
        var lowest = logged.MinBy(d => d.Mood)!;
        var highest = logged.MaxBy(d => d.Mood)!;
        return $"Mood by day, {logged.Count} of {days.Count} days logged. Lowest {Level(lowest.Mood)} on {Day(lowest.Date)}, highest {Level(highest.Mood)} on {Day(highest.Date)}. The table below has every day.";
    }

    public static string Level(double? mood) => mood?.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture) ?? "not logged";

    public static string Day(DateOnly date) => date.ToString("ddd, MMM d", CultureInfo.GetCultureInfo("en-US"));
}
