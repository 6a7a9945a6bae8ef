using System.Globalization;
using Sanctum.Web.Components.Pages.Mood;

namespace Sanctum.Web.Components.Pages.Timeline;

public enum TimelineView
{
    Day,
    Week,
    Month,
}

/// <summary>The local days one view of the timeline shows: a day, a week (Monday to Sunday) or a calendar month.</summary>
public sealed record TimelinePeriod(TimelineView View, DateOnly From, DateOnly To)
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");

    public static TimelinePeriod Around(TimelineView view, DateOnly date)
    {
        if (view == TimelineView.Day) return new(view, date, date);
        if (view == TimelineView.Week)
        {
            var monday = MoodTimes.MondayOf(date);
            return new(view, monday, monday.AddDays(6));
        }

        var first = new DateOnly(date.Year, date.Month, 1);
        return new(view, first, first.AddMonths(1).AddDays(-1));
    }

    public static TimelineView ParseView(string? value) =>
        Enum.TryParse<TimelineView>(value, ignoreCase: true, out var view) && Enum.IsDefined(view) && !int.TryParse(value, out _)
            ? view
            : TimelineView.Week;

    public TimelinePeriod Previous => Around(View, View == TimelineView.Month ? From.AddMonths(-1) : From.AddDays(-Days));

    public TimelinePeriod Next => Around(View, View == TimelineView.Month ? From.AddMonths(1) : From.AddDays(Days));

    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>"June 1, 2026", "June 1 to 7, 2026", "June 2026".</summary>
    public string Title => View switch
    {
        TimelineView.Day => From.ToString("dddd, MMMM d, yyyy", Culture),
        TimelineView.Week when From.Month == To.Month => $"{From.ToString("MMMM d", Culture)} to {To.Day}, {To.Year}",
        TimelineView.Week when From.Year == To.Year => $"{From.ToString("MMMM d", Culture)} to {To.ToString("MMMM d, yyyy", Culture)}",
        TimelineView.Week => $"{From.ToString("MMMM d, yyyy", Culture)} to {To.ToString("MMMM d, yyyy", Culture)}",
        _ => From.ToString("MMMM yyyy", Culture),
    };
}
