using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Persistence;

namespace Sanctum.Core.Reminders;

/// <summary>A reminder whose time has come, whether it should reach the person, and the zone it keeps time in.</summary>
public sealed record DueReminder(Reminder Reminder, ReminderOutcome Outcome, TimeZoneInfo Zone);

/// <summary>
/// Decides reminders that have come due against what is already logged. It changes nothing: sending, and moving a
/// reminder on to its next occurrence, belong to whoever delivers it (<see cref="ReminderDelivery"/>).
/// </summary>
public static class DueReminders
{
    /// <summary>Decides reminders already read (and perhaps locked) by the caller against what is logged.</summary>
    public static async Task<IReadOnlyList<DueReminder>> DecideAsync(
        SanctumDbContext db, IReadOnlyList<Reminder> due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (due.Count == 0) return [];

        var userIds = due.Select(r => r.UserId).Distinct().ToList();
        var zones = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => TimeZoneInfo.FindSystemTimeZoneById(u.TimeZone), cancellationToken);

        var medicationIds = due.Where(r => r.MedicationId is not null).Select(r => r.MedicationId!.Value).Distinct().ToList();
        var occurrences = due.Where(r => r.MedicationId is not null).Select(r => r.OccurrenceAt ?? now).Distinct().ToList();
        var doses = await db.DoseLogs.AsNoTracking()
            .Where(d => medicationIds.Contains(d.MedicationId) && occurrences.Contains(d.ScheduledAt))
            .Select(d => new LoggedDose(d.MedicationId, d.ScheduledAt, d.Status))
            .ToListAsync(cancellationToken);

        var dates = due.Select(r => ZonedTime.DateOf(zones[r.UserId], r.OccurrenceAt ?? now)).Distinct().ToList();
        var checkIns = await db.DailyBaselines.AsNoTracking()
            .Where(b => userIds.Contains(b.UserId) && dates.Contains(b.Date))
            .Select(b => new
            {
                b.UserId,
                Logged = new LoggedCheckIn(
                    b.Date,
                    b.WakeTime != null || b.SleepHours != null || b.BedtimePreviousNight != null || b.HowWokeUp != null
                        || b.MorningMood != null || b.MorningMedsTaken != null,
                    b.EveningMood != null || b.EveningMedsTaken != null || b.DaySummary != null),
            })
            .ToListAsync(cancellationToken);

        var providerIds = due.Where(r => r.ProviderId is not null).Select(r => r.ProviderId!.Value).Distinct().ToList();
        var appointments = await db.HealthcareProviders.AsNoTracking().Where(p => providerIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.NextAppointmentAt, cancellationToken);

        return due.Select(r => new DueReminder(r, ReminderDecision.Decide(
                new ReminderFacts(
                    r.Target,
                    r.MedicationId,
                    r.ProviderId is { } provider ? appointments.GetValueOrDefault(provider) : null,
                    doses,
                    checkIns.Where(c => c.UserId == r.UserId).Select(c => c.Logged).ToList()),
                r.OccurrenceAt ?? now, now, zones[r.UserId]), zones[r.UserId]))
            .ToList();
    }
}
