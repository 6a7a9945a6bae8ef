using System.Globalization;

namespace Sanctum.Web.Time;

/// <summary>
/// Dates and times as the pages write them ("Tuesday, March 3", "8:00 PM"). Everything is already in the
/// person's own time zone when it gets here; one culture keeps every page worded alike.
/// </summary>
public static class Display
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");

    public static string DateTime(DateTimeOffset local) => local.ToString("ddd, MMM d, yyyy 'at' h:mm tt", Culture);

    public static string LongDate(DateTimeOffset local) => local.ToString("dddd, MMMM d", Culture);

    public static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", Culture);

    public static string TimeOfDay(TimeOnly time) => time.ToString("h:mm tt", Culture);

    public static string Number(decimal value) => value.ToString("0.###", Culture);

    /// <summary>The ISO form for a &lt;time datetime&gt; attribute.</summary>
    public static string Machine(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>"Good morning" and so on, by the hour on the person's own clock.</summary>
    public static string Greeting(DateTimeOffset local) => local.Hour switch
    {
        >= 5 and < 12 => "Good morning",
        >= 12 and < 17 => "Good afternoon",
        >= 17 and < 22 => "Good evening",
        _ => "Hello",
    };

    /// <summary>A wait in words: "about a minute", "about 14 minutes".</summary>
    public static string Wait(TimeSpan wait)
    {
        var minutes = (int)Math.Ceiling(Math.Max(wait.TotalMinutes, 1));
        return minutes == 1 ? "about a minute" : $"about {minutes} minutes";
    }
}
