namespace Sanctum.Core.Reminders;

/// <summary>Where a reminder reaches the person: in the app, by email to the account's address, or both.</summary>
public enum ReminderChannel
{
    InApp,
    Email,
    Both,
}

/// <summary>
/// A reminder the person keeps: what it is for (a medication's doses, a check-in, a provider's appointment) and
/// when it comes round. <see cref="NextDueAt"/> is what a due-scan reads: the next occurrence, or the snooze's end.
/// </summary>
public sealed class Reminder : PersonalRecord
{
    public ReminderTarget Target { get; set; }
    public Guid? MedicationId { get; set; }
    public Guid? ProviderId { get; set; }

    public Recurrence Recurrence { get; set; }

    /// <summary>Times of day in the person's own zone (not used by cron; the day before, for an appointment).</summary>
    public List<TimeOnly> Times { get; set; } = [];

    public List<DayOfWeek> Weekdays { get; set; } = [];
    public DateOnly? OnDate { get; set; }
    public string? Cron { get; set; }

    /// <summary>Before an appointment: how many hours ahead of it to remind as well (or instead of the day before).</summary>
    public int? HoursBefore { get; set; }

    /// <summary>Before an appointment: the provider's next appointment, copied here whenever it changes.</summary>
    public DateTimeOffset? AppointmentAt { get; set; }

    public bool Enabled { get; set; } = true;
    public ReminderChannel Channel { get; set; } = ReminderChannel.InApp;

    /// <summary>
    /// Made by Sanctum from the thing it is for (a medication's schedule, a provider's appointment, a check-in);
    /// there is at most one per thing, and it follows that thing (<see cref="ReminderSources"/>) until customised.
    /// </summary>
    public bool Derived { get; set; }

    /// <summary>The person changed a derived reminder's rhythm or turned it on or off; from then on it keeps theirs.</summary>
    public bool Customised { get; set; }

    /// <summary>The scheduled instant the next reminder is for (a dose's scheduled time, say), even while snoozed.</summary>
    public DateTimeOffset? OccurrenceAt { get; set; }

    public DateTimeOffset? SnoozedUntil { get; set; }

    /// <summary>When it next fires, in UTC; null when it is off or will never come round again.</summary>
    public DateTimeOffset? NextDueAt { get; set; }

    /// <summary>When the last reminder went out, and the occurrence it was for: what a snooze just after acts on.</summary>
    public DateTimeOffset? LastSentAt { get; set; }

    public DateTimeOffset? LastSentFor { get; set; }

    public ReminderSchedule Schedule => new(Recurrence, Times, Weekdays, OnDate, Cron, HoursBefore, AppointmentAt);

    /// <summary>After an edit or a delivery: the next occurrence after <paramref name="now"/>, and any snooze dropped.</summary>
    public void Reschedule(TimeZoneInfo zone, DateTimeOffset now)
    {
        SnoozedUntil = null;
        OccurrenceAt = Enabled ? ReminderClock.NextOccurrence(Schedule, zone, now) : null;
        NextDueAt = OccurrenceAt;
    }

    /// <summary>Notes that the reminder for <paramref name="occurrence"/> went out at <paramref name="now"/>.</summary>
    public void MarkSent(DateTimeOffset occurrence, DateTimeOffset now)
    {
        LastSentFor = occurrence;
        LastSentAt = now;
    }

    /// <summary>
    /// Puts a reminder off; the occurrence it is for stays the same. Within <see cref="ReminderDecision.JustSentWindow"/>
    /// of one going out, that is the one snoozed: it comes back when the snooze ends, and the next stays where it was.
    /// Otherwise the coming (or current) one is put off.
    /// </summary>
    public void Snooze(DateTimeOffset now, int minutes)
    {
        if (ReminderDecision.JustSent(LastSentAt, now) && LastSentFor is { } sent) OccurrenceAt = sent;
        else OccurrenceAt ??= now;
        SnoozedUntil = ReminderDecision.SnoozeUntil(now, minutes);
        NextDueAt = SnoozedUntil;
    }
}
