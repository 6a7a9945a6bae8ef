namespace Sanctum.Web.Api.Contracts;

/// <summary>
/// One of the person's reminders. Target ("medication", "morningCheckIn", "eveningCheckIn", "appointment"),
/// recurrence ("once", "daily", "weekly", "cron") and weekdays are the Api's camelCase names; times are the
/// person's own clock, the instants are UTC.
/// </summary>
public sealed record ReminderInfo(
    Guid Id, string Target, Guid? MedicationId, Guid? ProviderId, string Recurrence, IReadOnlyList<TimeOnly> Times,
    IReadOnlyList<string> Weekdays, DateOnly? OnDate, string? Cron, bool Enabled, DateTimeOffset? OccurrenceAt,
    DateTimeOffset? SnoozedUntil, DateTimeOffset? NextDueAt)
{
    /// <summary>The same reminder, switched on or off (the Api reschedules it on save).</summary>
    public ReminderRequest WithEnabled(bool enabled) =>
        new(Target, MedicationId, ProviderId, Recurrence, Times, Weekdays, OnDate, Cron, enabled);
}

public sealed record ReminderRequest(
    string Target, Guid? MedicationId, Guid? ProviderId, string Recurrence, IReadOnlyList<TimeOnly> Times,
    IReadOnlyList<string> Weekdays, DateOnly? OnDate, string? Cron, bool Enabled);

public sealed record SnoozeRequest(int Minutes);
