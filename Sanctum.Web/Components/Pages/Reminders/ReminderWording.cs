using Sanctum.Web.Api.Contracts;
using Sanctum.Web.Time;

namespace Sanctum.Web.Components.Pages.Reminders;

/// <summary>A reminder's purpose and rhythm in plain words.</summary>
public static class ReminderWording
{
    /// <summary>The snooze the pages offer.</summary>
    public const int SnoozeMinutes = 10;

    /// <summary>How long after a reminder goes out a snooze brings that one back (the Api's window).</summary>
    public static readonly TimeSpan JustSent = TimeSpan.FromHours(1);

    public static string What(ReminderInfo reminder, IReadOnlyDictionary<Guid, string> medications) => reminder.Target switch
    {
        "medication" => reminder.MedicationId is { } id && medications.TryGetValue(id, out var name) ? $"{name} dose" : "Medication dose",
        "morningCheckIn" => "Morning check-in",
        "eveningCheckIn" => "Evening check-in",
        _ => "Appointment",
    };

    public static string When(ReminderInfo reminder)
    {
        var times = string.Join(", ", reminder.Times.Select(Display.TimeOfDay));
        return reminder.Recurrence switch
        {
            "daily" => $"Every day at {times}",
            "weekly" => $"{string.Join(", ", reminder.Weekdays.Select(Capitalised))} at {times}",
            "once" when reminder.OnDate is { } date => $"On {Display.Date(date)} at {times}",
            "beforeAppointment" => BeforeAppointment(reminder, times),
            _ => $"On a custom schedule ({reminder.Cron})",
        };
    }

    /// <summary>The channels a reminder can go to, as the Api names them, with their words.</summary>
    public static readonly IReadOnlyList<(string Value, string Text)> Channels =
        [("inApp", "In the app"), ("email", "By email"), ("both", "In the app and by email")];

    public static string Channel(string channel) => channel switch
    {
        "email" => "by email",
        "both" => "in the app and by email",
        _ => "in the app",
    };

    /// <summary>What a reminder set up for the person follows, until they change it; null when it follows nothing.</summary>
    public static string? Follows(ReminderInfo reminder) => reminder switch
    {
        { Derived: false } or { Customised: true } => null,
        { Target: "appointment" } => "Moves with your next appointment.",
        { Target: "medication" } => "Follows your medication times.",
        _ => null,
    };

    private static string BeforeAppointment(ReminderInfo reminder, string times)
    {
        var parts = new List<string>();
        if (reminder.Times.Count > 0) parts.Add($"The day before at {times}");
        if (reminder.HoursBefore is { } hours) parts.Add($"{hours} hour{(hours == 1 ? "" : "s")} before");
        return $"{string.Join(" and ", parts)} your appointment";
    }

    private static string Capitalised(string day) => day.Length == 0 ? day : char.ToUpperInvariant(day[0]) + day[1..];
}
