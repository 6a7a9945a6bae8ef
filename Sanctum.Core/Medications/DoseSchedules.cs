using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Persistence;
using Sanctum.Core.Profile;

namespace Sanctum.Core.Medications;

/// <summary>Reads what <see cref="AdherenceCalculator"/> needs for one person: their schedules and dose logs.</summary>
public static class DoseSchedules
{
    /// <summary>
    /// Each medication's schedule. An inactive one was due until the day before its latest "stopped" change, or, with
    /// none recorded, until the day it was last edited (when it was marked inactive).
    /// </summary>
    public static async Task<List<DoseSchedule>> ForUserAsync(SanctumDbContext db, Guid userId, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var medications = await db.Medications.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Name).ToListAsync(cancellationToken);
        var stops = await db.MedicationChanges.AsNoTracking()
            .Where(c => c.UserId == userId && c.Type == MedicationChangeType.Stopped)
            .GroupBy(c => c.MedicationId)
            .Select(g => new { MedicationId = g.Key, Date = g.Max(c => c.Date) })
            .ToDictionaryAsync(s => s.MedicationId, s => s.Date, cancellationToken);
        return medications.Select(m => Of(m, zone, LastDueDay(m, stops.TryGetValue(m.Id, out var stop) ? stop : null, zone))).ToList();
    }

    /// <summary>None while active; else the day before its latest stop, or with no stop recorded the day it was last edited.</summary>
    public static DateOnly? LastDueDay(Medication m, DateOnly? latestStop, TimeZoneInfo zone) =>
        m.Active ? null : latestStop is { } stop ? stop.AddDays(-1) : ZonedTime.DateOf(zone, m.UpdatedAt);

    public static DoseSchedule Of(Medication m, TimeZoneInfo zone, DateOnly? stoppedOn) =>
        new(m.Id, m.Name, m.ScheduleTimes, m.StartDate ?? ZonedTime.DateOf(zone, m.CreatedAt), stoppedOn);

    /// <summary>The doses of active medications due on one local day (later ones included) with their logs, by time then name.</summary>
    public static async Task<List<DueDose>> DueOnAsync(
        SanctumDbContext db, Guid userId, TimeZoneInfo zone, DateOnly date, CancellationToken cancellationToken)
    {
        var medications = await db.Medications.AsNoTracking().Where(m => m.UserId == userId && m.Active).ToListAsync(cancellationToken);
        var logs = await LogsAsync(db, userId, zone, date, date, cancellationToken);
        var byId = medications.ToDictionary(m => m.Id);
        return AdherenceCalculator.Doses(medications.Select(m => Of(m, zone, stoppedOn: null)), logs, date, date, zone)
            .Select(d => new DueDose(byId[d.MedicationId], d))
            .OrderBy(d => d.Dose.ScheduledAt).ThenBy(d => d.Medication.Name)
            .ToList();
    }

    /// <summary>The person's dose logs for doses scheduled on local days from..to inclusive, in scheduled order.</summary>
    public static async Task<List<DoseLog>> LogsAsync(
        SanctumDbContext db, Guid userId, TimeZoneInfo zone, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (startsAt, endsAt) = ZonedTime.Span(zone, from, to);
        return await db.DoseLogs.AsNoTracking()
            .Where(d => d.UserId == userId && d.ScheduledAt >= startsAt && d.ScheduledAt < endsAt)
            .OrderBy(d => d.ScheduledAt)
            .ToListAsync(cancellationToken);
    }
}

/// <summary>One dose due on a day, with the medication it is of.</summary>
public sealed record DueDose(Medication Medication, ScheduledDose Dose);
