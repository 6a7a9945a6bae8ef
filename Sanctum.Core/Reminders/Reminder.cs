namespace Sanctum.Core.Reminders;

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

    /// <summary>Times of day in the person's own zone (not used by cron).</summary>
    public List<TimeOnly> Times { get; set; } = [];

    public List<DayOfWeek> Weekdays { get; set; } = [];
    public DateOnly? OnDate { get; set; }
    public string? Cron { get; set; }
    public bool Enabled { get; set; } = true;

    /// <summary>The scheduled instant the next reminder is for (a dose's scheduled time, say), even while snoozed.</summary>
    public DateTimeOffset? OccurrenceAt { get; set; }

    public DateTimeOffset? SnoozedUntil { get; set; }

    /// <summary>When it next fires, in UTC; null when it is off or will never come round again.</summary>
    public DateTimeOffset? NextDueAt { get; set; }

    public ReminderSchedule Schedule => new(Recurrence, Times, Weekdays, OnDate, Cron);

    /// <summary>After an edit or a delivery: the next occurrence after <paramref name="now"/>, and any snooze dropped.</summary>
    public void Reschedule(TimeZoneInfo zone, DateTimeOffset now)
    {
        SnoozedUntil = null;
        OccurrenceAt = Enabled ? ReminderClock.NextOccurrence(Schedule, zone, now) : null;
        NextDueAt = OccurrenceAt;
    }

    /// <summary>Puts the coming (or current) reminder off; the occurrence it is for stays the same.</summary>
    public void Snooze(DateTimeOffset now, int minutes)
    {
        OccurrenceAt ??= now;
        SnoozedUntil = ReminderDecision.SnoozeUntil(now, minutes);
        NextDueAt = SnoozedUntil;
    }
}
