namespace Sanctum.Core.Medications;

/// <summary>
/// A medication's schedule as adherence needs it: times of day in the person's zone, the first day doses are due
/// (its start date, or the day it was added), and the last (the day before a recorded stop; none while active).
/// </summary>
public sealed record DoseSchedule(Guid MedicationId, string Name, IReadOnlyList<TimeOnly> Times, DateOnly FirstDay, DateOnly? LastDay);

/// <summary>One dose due at a moment, and the log for it if there is one.</summary>
public sealed record ScheduledDose(Guid MedicationId, DateOnly Date, TimeOnly LocalTime, DateTimeOffset ScheduledAt, DoseLog? Log);

/// <summary>
/// Doses due in a period and what became of them. Unlogged doses are due doses nobody marked; they count as not
/// taken (they stay in the denominator), so Percent = Taken / Scheduled; null when nothing was due.
/// </summary>
public sealed record AdherenceCounts(int Scheduled, int Taken, int Missed, int Skipped, int Unlogged)
{
    public decimal? Percent => Scheduled == 0 ? null : Math.Round(100m * Taken / Scheduled, 1);

    public static AdherenceCounts Of(IReadOnlyCollection<ScheduledDose> doses) => new(
        doses.Count,
        doses.Count(d => d.Log?.Status == DoseStatus.Taken),
        doses.Count(d => d.Log?.Status == DoseStatus.Missed),
        doses.Count(d => d.Log?.Status == DoseStatus.Skipped),
        doses.Count(d => d.Log is null));
}

public sealed record MedicationAdherence(Guid MedicationId, string Name, AdherenceCounts Counts);

public sealed record AdherenceReport(DateOnly From, DateOnly To, IReadOnlyList<MedicationAdherence> Medications, AdherenceCounts Overall);

/// <summary>
/// Works out which doses were due and matches them to logs. Pure: the caller supplies the schedules, logs, zone and
/// "now". A log belongs to a dose when it names the same medication and the same scheduled instant (the check-off
/// sends the instant this class produced); logs at other times (as-needed or an old schedule) are not counted.
/// </summary>
public static class AdherenceCalculator
{
    /// <summary>Every dose due on local days from..to (inclusive), with its log; a DST-skipped time is due once, when the clocks jump.</summary>
    public static IReadOnlyList<ScheduledDose> Doses(
        IEnumerable<DoseSchedule> schedules, IEnumerable<DoseLog> logs, DateOnly from, DateOnly to, TimeZoneInfo zone)
    {
        var logBySlot = logs
            .GroupBy(l => (l.MedicationId, l.ScheduledAt.UtcTicks))
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.UpdatedAt).Last());
        var doses = new List<ScheduledDose>();
        foreach (var schedule in schedules)
        {
            var first = schedule.FirstDay > from ? schedule.FirstDay : from;
            var last = schedule.LastDay is { } stop && stop < to ? stop : to;
            for (var day = first; day <= last; day = day.AddDays(1))
            {
                foreach (var time in schedule.Times.Order())
                {
                    var at = ZonedTime.ToUtc(zone, day, time);
                    doses.Add(new ScheduledDose(schedule.MedicationId, day, time, at,
                        logBySlot.GetValueOrDefault((schedule.MedicationId, at.UtcTicks))));
                }
            }
        }

        return doses;
    }

    /// <summary>Adherence over from..to; doses not yet due at <paramref name="now"/> are left out, not counted as unlogged.</summary>
    public static AdherenceReport Report(
        IReadOnlyList<DoseSchedule> schedules, IEnumerable<DoseLog> logs, DateOnly from, DateOnly to, TimeZoneInfo zone, DateTimeOffset now)
    {
        var due = Doses(schedules, logs, from, to, zone).Where(d => d.ScheduledAt <= now).ToList();
        var perMedication = schedules
            .Select(s => new MedicationAdherence(s.MedicationId, s.Name, AdherenceCounts.Of(due.Where(d => d.MedicationId == s.MedicationId).ToList())))
            .ToList();
        return new AdherenceReport(from, to, perMedication, AdherenceCounts.Of(due));
    }
}
