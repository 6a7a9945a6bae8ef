using Sanctum.Web.Api.Contracts;
using Sanctum.Web.Time;

namespace Sanctum.Web.Components.Pages.Reminders;

/// <summary>A reminder's purpose and rhythm in plain words.</summary>
public static class ReminderWording
{
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
            _ => $"On a custom schedule ({reminder.Cron})",
        };
    }

    private static string Capitalised(string day) => day.Length == 0 ? day : char.ToUpperInvariant(day[0]) + day[1..];
}
