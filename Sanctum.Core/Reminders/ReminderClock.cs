namespace Sanctum.Core.Reminders;

/// <summary>
/// The next instant a schedule comes due, walked in the person's IANA zone. A time skipped by a spring-forward gap
/// fires when the clocks jump (02:30 becomes 03:00); a time repeated by a fall-back fires once, the first time.
/// </summary>
public static class ReminderClock
{
    /// <summary>The first occurrence strictly after <paramref name="afterUtc"/>, or null when there is none.</summary>
    public static DateTimeOffset? NextOccurrence(ReminderSchedule schedule, TimeZoneInfo zone, DateTimeOffset afterUtc)
    {
        switch (schedule.Kind)
        {
            case Recurrence.Cron:
                // Cronos fires a fixed time in a gap at the jump and once in an overlap, as the times of day below do;
                // only an interval part such as */30 keeps its rhythm through a repeated hour.
                var expression = ReminderCron.TryParse(schedule.Cron, out var error)
                    ?? throw new ArgumentException(error, nameof(schedule));
                return expression.GetNextOccurrence(afterUtc, zone)?.ToUniversalTime();
            case Recurrence.Once:
                return schedule.OnDate is { } date ? FirstAfter(schedule.Times, zone, afterUtc, [date]) : null;
            case Recurrence.BeforeAppointment:
                return BeforeAppointment(schedule, zone, afterUtc);
            default:
                // Yesterday is included because a late time can land after midnight once shifted out of a gap.
                var today = ZonedTime.DateOf(zone, afterUtc);
                var days = Enumerable.Range(-1, 9).Select(today.AddDays)
                    .Where(day => schedule.Kind == Recurrence.Daily || schedule.Weekdays.Contains(day.DayOfWeek));
                return FirstAfter(schedule.Times, zone, afterUtc, days);
        }
    }

    /// <summary>
    /// The day-before times are local (18:00 the evening before stays 18:00 across a clock change); hours before are
    /// real elapsed hours. Only times still ahead of the appointment count, so one set at short notice skips the
    /// evening before and reminds a few hours ahead.
    /// </summary>
    private static DateTimeOffset? BeforeAppointment(ReminderSchedule schedule, TimeZoneInfo zone, DateTimeOffset afterUtc)
    {
        if (schedule.AppointmentAt is not { } appointment) return null;
        var dayBefore = ZonedTime.DateOf(zone, appointment).AddDays(-1);
        var times = schedule.Times.Select(time => ZonedTime.ToUtc(zone, dayBefore, time));
        if (schedule.HoursBefore is { } hours) times = times.Append(appointment.AddHours(-hours));
        return times.Where(at => at > afterUtc && at < appointment).Order().Select(at => (DateTimeOffset?)at).FirstOrDefault();
    }

    private static DateTimeOffset? FirstAfter(
        IReadOnlyList<TimeOnly> times, TimeZoneInfo zone, DateTimeOffset afterUtc, IEnumerable<DateOnly> days)
    {
        DateTimeOffset? first = null;
        foreach (var day in days)
        foreach (var time in times)
        {
            var at = ZonedTime.ToUtc(zone, day, time);
            if (at > afterUtc && (first is null || at < first)) first = at;
        }
        return first;
    }
}
