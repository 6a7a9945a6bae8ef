using System.Globalization;

namespace Sanctum.Core.Reminders;

/// <summary>The names a reminder's words need: medications by id, providers by id with their next appointment.</summary>
public sealed record ReminderNames(
    IReadOnlyDictionary<Guid, string> Medications,
    IReadOnlyDictionary<Guid, (string? Name, DateTimeOffset? NextAppointmentAt)> Providers)
{
    /// <summary>For an email: no names the person wrote, only when an appointment is.</summary>
    public ReminderNames WithoutTheirWords() => new(
        new Dictionary<Guid, string>(),
        Providers.ToDictionary(p => p.Key, p => ((string?)null, p.Value.NextAppointmentAt)));
}

/// <summary>
/// A reminder's title and body: warm, short, and in the person's own clock. Names the person gave (a medication,
/// a provider) appear only in the app; an email is worded from <see cref="ReminderNames.WithoutTheirWords"/>.
/// </summary>
public static class ReminderText
{
    private const int MaxName = 80;

    public static (string Title, string Body) For(Reminder reminder, DateTimeOffset occurrence, TimeZoneInfo zone, ReminderNames names)
    {
        var at = Clock(occurrence, zone);
        switch (reminder.Target)
        {
            case ReminderTarget.Medication:
                var medication = reminder.MedicationId is { } medicationId && names.Medications.TryGetValue(medicationId, out var name)
                    ? Short(name) : "medication";
                return ($"Time for your {medication} ({at})", "When you have taken it, a tap to log the dose keeps your record up to date.");
            case ReminderTarget.MorningCheckIn:
                return ("Good morning", "How did you wake up? Your morning check-in is ready.");
            case ReminderTarget.EveningCheckIn:
                return ("Time to wind down", "How did today go? Your evening check-in is ready.");
            default:
                var provider = reminder.ProviderId is { } providerId ? names.Providers.GetValueOrDefault(providerId) : default;
                var with = provider.Name is null ? "" : $" with {Short(provider.Name)}";
                var when = provider.NextAppointmentAt is { } appointment
                    ? $" on {TimeZoneInfo.ConvertTime(appointment, zone).ToString("dddd d MMMM", CultureInfo.InvariantCulture)} at {Clock(appointment, zone)}"
                    : "";
                return ("Appointment coming up", $"A reminder of your appointment{with}{when}.");
        }
    }

    private static string Clock(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("h:mm tt", CultureInfo.InvariantCulture);

    private static string Short(string name) => name.Length <= MaxName ? name : name[..(MaxName - 1)] + "…";
}
