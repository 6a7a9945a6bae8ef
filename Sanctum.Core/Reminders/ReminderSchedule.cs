namespace Sanctum.Core.Reminders;

public enum Recurrence
{
    Once,
    Daily,
    Weekly,
    Cron,
    BeforeAppointment,
}

/// <summary>
/// When a reminder comes round, in the person's own wall-clock time. Once: <see cref="OnDate"/> at each of
/// <see cref="Times"/>; daily: every day at each time; weekly: on <see cref="Weekdays"/> at each time; cron: the
/// five-part <see cref="Cron"/> expression; before an appointment: the day before <see cref="AppointmentAt"/> at
/// each time, and <see cref="HoursBefore"/> hours ahead of it.
/// </summary>
public sealed record ReminderSchedule(
    Recurrence Kind,
    IReadOnlyList<TimeOnly> Times,
    IReadOnlyList<DayOfWeek> Weekdays,
    DateOnly? OnDate = null,
    string? Cron = null,
    int? HoursBefore = null,
    DateTimeOffset? AppointmentAt = null)
{
    public const int MaxTimes = 12;
    public const int MaxHoursBefore = 48;

    /// <summary>Problems by field name (as the API names them), none when the schedule can run.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (Kind == Recurrence.Cron)
        {
            if (ReminderCron.TryParse(Cron, out var error) is null) yield return ("cron", error!);
            yield break;
        }

        if (Kind == Recurrence.BeforeAppointment)
        {
            if (HoursBefore is < 1 or > MaxHoursBefore) yield return ("hoursBefore", $"Between 1 and {MaxHoursBefore} hours.");
            if (Times.Count == 0 && HoursBefore is null) yield return ("times", "Pick a time the day before, or how many hours before.");
            if (Times.Count > MaxTimes) yield return ("times", $"At most {MaxTimes} times a day.");
            yield break;
        }

        if (Times.Count == 0) yield return ("times", "Add at least one time of day.");
        else if (Times.Count > MaxTimes) yield return ("times", $"At most {MaxTimes} times a day.");
        if (Kind == Recurrence.Weekly && Weekdays.Count == 0) yield return ("weekdays", "Pick at least one day of the week.");
        if (Kind == Recurrence.Once && OnDate is null) yield return ("onDate", "Pick the day.");
    }
}
