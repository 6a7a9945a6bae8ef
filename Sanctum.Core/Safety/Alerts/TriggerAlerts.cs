using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Persistence;

namespace Sanctum.Core.Safety.Alerts;

/// <summary>
/// The periodic side of alerts: evaluates a person's enabled rules whose triggers are states of their records (missed
/// doses, rapid cycling, silence) and queues what they call for through <see cref="AlertDispatch"/>, as crisis rules do.
/// </summary>
public static class TriggerAlerts
{
    /// <summary>People with at least one enabled non-crisis rule, in id order after <paramref name="after"/>.</summary>
    public static Task<List<Guid>> UsersAsync(SanctumDbContext db, Guid after, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Guid>($"""
            SELECT DISTINCT user_id AS "Value" FROM safety.alert_rules
            WHERE enabled AND "trigger" <> 'CrisisDetected' AND user_id > {after}
            ORDER BY 1 LIMIT {limit}
            """).ToListAsync(cancellationToken);

    /// <summary>Evaluates one person's rules at <paramref name="now"/> and saves the alerts they call for; returns how many contacts hear.</summary>
    public static async Task<int> ScanUserAsync(SanctumDbContext db, Guid userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        // One scan of a person at a time across Workers replicas, so two cannot both pass the 24 h check.
        await db.OnePerPersonAsync("alerts", userId, async () =>
        {
            var rules = await db.AlertRules.AsNoTracking()
                .Where(r => r.UserId == userId && r.Enabled && r.Trigger != AlertTrigger.CrisisDetected).ToListAsync(cancellationToken);
            if (rules.Count == 0) return 0;
            var facts = await FactsAsync(db, userId, rules, now, cancellationToken);
            var firing = rules.Where(r => AlertConditions.Holds(r, facts, now)).ToList();
            if (firing.Count == 0) return 0;

            var contacts = await db.EmergencyContacts.AsNoTracking().Where(c => c.UserId == userId && c.AlertsOptIn).ToListAsync(cancellationToken);
            var since = now - AlertRules.QuietPeriod;
            var recent = await db.AlertDeliveries.AsNoTracking().Where(d => d.UserId == userId && d.SentAt > since).ToListAsync(cancellationToken);
            var planned = AlertRules.Plan(userId, firing, contacts, recent);
            await AlertDispatch.AddAsync(db, userId, planned, AlertCause.Scan(now), now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return planned.Count;
        }, cancellationToken);

    /// <summary>Reads only what the person's rules look at, over the longest window any trigger uses.</summary>
    private static async Task<AlertFacts> FactsAsync(
        SanctumDbContext db, Guid userId, List<AlertRule> rules, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zoneId = await db.Users.Where(u => u.Id == userId).Select(u => u.TimeZone).SingleAsync(cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var today = ZonedTime.DateOf(zone, now);
        var earliest = AlertConditions.EarliestDay(today);
        bool Uses(AlertTrigger trigger) => rules.Any(r => r.Trigger == trigger);

        List<DoseSchedule> schedules = [];
        List<DoseLog> logs = [];
        if (Uses(AlertTrigger.MissedMedication))
        {
            schedules = await DoseSchedules.ForUserAsync(db, userId, zone, cancellationToken);
            logs = await DoseSchedules.LogsAsync(db, userId, zone, earliest, today, cancellationToken);
        }

        List<ShiftPoint> shifts = [];
        List<DateOnly> checkIns = [];
        if (Uses(AlertTrigger.RapidCycling) || Uses(AlertTrigger.NoCheckIn))
        {
            var (start, end) = ZonedTime.Span(zone, earliest, today);
            shifts = await MoodDayShifts.ReadAsync(db, userId, start, end, cancellationToken);
        }
        if (Uses(AlertTrigger.NoCheckIn))
        {
            checkIns = await db.DailyBaselines.AsNoTracking().Where(b => b.UserId == userId && b.Date >= earliest).Select(b => b.Date)
                .Union(db.DiaryCards.AsNoTracking().Where(c => c.UserId == userId && c.Date >= earliest).Select(c => c.Date))
                .ToListAsync(cancellationToken);
        }

        return new AlertFacts(zone, schedules, logs, shifts, checkIns);
    }
}
