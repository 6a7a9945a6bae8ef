namespace Sanctum.Core.Reminders;

public enum Recurrence
{
    Once,
    Daily,
    Weekly,
    Cron,
}

/// <summary>
/// When a reminder comes round, in the person's own wall-clock time. Once: <see cref="OnDate"/> at each of
/// <see cref="Times"/>; daily: every day at each time; weekly: on <see cref="Weekdays"/> at each time; cron: the
/// five-part <see cref="Cron"/> expression.
/// </summary>
public sealed record ReminderSchedule(
    Recurrence Kind,
    IReadOnlyList<TimeOnly> Times,
    IReadOnlyList<DayOfWeek> Weekdays,
    DateOnly? OnDate = null,
    string? Cron = null)
{
    public const int MaxTimes = 12;

    /// <summary>Problems by field name (as the API names them), none when the schedule can run.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (Kind == Recurrence.Cron)
        {
            if (ReminderCron.TryParse(Cron, out var error) is null) yield return ("cron", error!);
            yield break;
        }

        if (Times.Count == 0) yield return ("times", "Add at least one time of day.");
        else if (Times.Count > MaxTimes) yield return ("times", $"At most {MaxTimes} times a day.");
        if (Kind == Recurrence.Weekly && Weekdays.Count == 0) yield return ("weekdays", "Pick at least one day of the week.");
        if (Kind == Recurrence.Once && OnDate is null) yield return ("onDate", "Pick the day.");
    }
}
