using Sanctum.Web.Session;
using Sanctum.Web.Time;

namespace Sanctum.Web.Components.Pages.Mood;

public static class MoodTimes
{
    /// <summary>An instant as the time on the person's own clock ("8:05 PM").</summary>
    public static string Clock(SignedInUser user, DateTimeOffset instant) =>
        Display.TimeOfDay(TimeOnly.FromDateTime(user.ToLocal(instant).DateTime));

    public static DateOnly LocalDate(SignedInUser user, DateTimeOffset instant) => DateOnly.FromDateTime(user.ToLocal(instant).DateTime);

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
