using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Persistence;

namespace Sanctum.Core.Safety.Alerts;

/// <summary>Turns a crisis event into the alerts the person's crisis rules call for.</summary>
public static class CrisisAlerts
{
    /// <summary>
    /// Adds the deliveries and their notifications to the caller's unit of work, so they are saved with the
    /// safety event (and the outbox delivers them) or not at all.
    /// </summary>
    public static async Task QueueAsync(SanctumDbContext db, SafetyEvent safetyEvent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var userId = safetyEvent.UserId;
        var rules = await db.AlertRules.AsNoTracking()
            .Where(r => r.UserId == userId && r.Enabled && r.Trigger == AlertTrigger.CrisisDetected).ToListAsync(cancellationToken);
        if (rules.Count == 0) return;
        var contacts = await db.EmergencyContacts.AsNoTracking().Where(c => c.UserId == userId && c.AlertsOptIn).ToListAsync(cancellationToken);
        var since = now - AlertRules.QuietPeriod;
        var recent = await db.AlertDeliveries.AsNoTracking()
            .Where(d => (d.UserId == userId && d.SentAt > since) || d.SafetyEventId == safetyEvent.Id)
            .ToListAsync(cancellationToken);
        var planned = AlertRules.Evaluate(rules, contacts, recent, safetyEvent, now);
        await AlertDispatch.AddAsync(db, userId, planned, AlertCause.Crisis(safetyEvent), now, cancellationToken);
    }
}
