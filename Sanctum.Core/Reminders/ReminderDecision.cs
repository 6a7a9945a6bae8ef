using Sanctum.Core.Medications;

namespace Sanctum.Core.Reminders;

public enum ReminderTarget
{
    Medication,
    MorningCheckIn,
    EveningCheckIn,
    Appointment,
}

/// <summary>A dose already logged for one scheduled instant.</summary>
public sealed record LoggedDose(Guid MedicationId, DateTimeOffset ScheduledAt, DoseStatus Status);

/// <summary>Which halves of one local day's check-in exist.</summary>
public sealed record LoggedCheckIn(DateOnly Date, bool Morning, bool Evening);

/// <summary>
/// What a reminder is for and what is already logged. <see cref="MedicationId"/> goes with a medication reminder;
/// <see cref="AppointmentAt"/> is the provider's next appointment for an appointment reminder.
/// </summary>
public sealed record ReminderFacts(
    ReminderTarget Target,
    Guid? MedicationId = null,
    DateTimeOffset? AppointmentAt = null,
    IReadOnlyCollection<LoggedDose>? Doses = null,
    IReadOnlyCollection<LoggedCheckIn>? CheckIns = null);

public sealed record ReminderOutcome(bool Fire, string Reason);

/// <summary>Whether a due reminder should reach the person, or be let go because the thing is already done.</summary>
public static class ReminderDecision
{
    public const int MinSnoozeMinutes = 5;
    public const int MaxSnoozeMinutes = 120;

    /// <param name="occurrence">The scheduled instant the reminder is for (not a snoozed fire time).</param>
    public static ReminderOutcome Decide(ReminderFacts facts, DateTimeOffset occurrence, DateTimeOffset now, TimeZoneInfo zone)
    {
        var day = ZonedTime.DateOf(zone, occurrence);
        return facts.Target switch
        {
            // Taken or deliberately skipped both settle the dose; a dose logged as missed still deserves the nudge.
            ReminderTarget.Medication when (facts.Doses ?? []).Any(d =>
                d.MedicationId == facts.MedicationId && d.ScheduledAt == occurrence && d.Status != DoseStatus.Missed)
                => new(false, "dose already logged"),
            ReminderTarget.MorningCheckIn when (facts.CheckIns ?? []).Any(c => c.Date == day && c.Morning)
                => new(false, "morning check-in already done"),
            ReminderTarget.EveningCheckIn when (facts.CheckIns ?? []).Any(c => c.Date == day && c.Evening)
                => new(false, "evening check-in already done"),
            ReminderTarget.Appointment when facts.AppointmentAt is not { } at || at <= now
                => new(false, "no appointment ahead"),
            _ => new(true, "due"),
        };
    }

    /// <summary>How long after a reminder goes out a snooze still means that one rather than the next.</summary>
    public static readonly TimeSpan JustSentWindow = TimeSpan.FromHours(1);

    public static bool JustSent(DateTimeOffset? sentAt, DateTimeOffset now) =>
        sentAt is { } at && at <= now && now - at <= JustSentWindow;

    public static bool IsValidSnooze(int minutes) => minutes is >= MinSnoozeMinutes and <= MaxSnoozeMinutes;

    /// <summary>When a snoozed reminder comes back; the minutes are clamped to the allowed range.</summary>
    public static DateTimeOffset SnoozeUntil(DateTimeOffset now, int minutes) =>
        now.AddMinutes(Math.Clamp(minutes, MinSnoozeMinutes, MaxSnoozeMinutes));
}
