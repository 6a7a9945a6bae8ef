namespace Sanctum.Web.Api.Contracts;

/// <summary>
/// One of the person's reminders. Target ("medication", "morningCheckIn", "eveningCheckIn", "appointment"),
/// recurrence ("once", "daily", "weekly", "cron", "beforeAppointment"), channel ("inApp", "email", "both") and
/// weekdays are the Api's camelCase names; times are the person's own clock (the day before, for an appointment),
/// the instants are UTC. Derived: made by Sanctum and following its medication or appointment until customised.
/// </summary>
public sealed record ReminderInfo(
    Guid Id, string Target, Guid? MedicationId, Guid? ProviderId, string Recurrence, IReadOnlyList<TimeOnly> Times,
    IReadOnlyList<string> Weekdays, DateOnly? OnDate, string? Cron, int? HoursBefore, DateTimeOffset? AppointmentAt,
    bool Enabled, string Channel, bool Derived, bool Customised, DateTimeOffset? OccurrenceAt, DateTimeOffset? SnoozedUntil,
    DateTimeOffset? NextDueAt, DateTimeOffset? LastSentAt)
{
    /// <summary>The same reminder, switched on or off (the Api reschedules it on save).</summary>
    public ReminderRequest WithEnabled(bool enabled) => Edited(enabled, Channel);

    /// <summary>The same reminder, sent to another channel.</summary>
    public ReminderRequest WithChannel(string channel) => Edited(Enabled, channel);

    private ReminderRequest Edited(bool enabled, string channel) =>
        new(Target, MedicationId, ProviderId, Recurrence, Times, Weekdays, OnDate, Cron, enabled, channel, HoursBefore);
}

public sealed record ReminderRequest(
    string Target, Guid? MedicationId, Guid? ProviderId, string Recurrence, IReadOnlyList<TimeOnly> Times,
    IReadOnlyList<string> Weekdays, DateOnly? OnDate, string? Cron, bool Enabled, string Channel, int? HoursBefore);

public sealed record SnoozeRequest(int Minutes);
