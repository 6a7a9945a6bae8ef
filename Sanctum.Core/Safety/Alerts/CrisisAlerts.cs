using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Notifications;
using Sanctum.Core.Persistence;
using Sanctum.Core.Profile;

namespace Sanctum.Core.Safety.Alerts;

/// <summary>Turns a crisis event into the alert emails the person's rules call for.</summary>
public static class CrisisAlerts
{
    /// <summary>
    /// Adds the deliveries and their email notifications to the caller's unit of work, so they are saved with the
    /// safety event (and the outbox delivers them) or not at all.
    /// </summary>
    public static async Task QueueAsync(SanctumDbContext db, SafetyEvent safetyEvent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var userId = safetyEvent.UserId;
        var rules = await db.AlertRules.AsNoTracking().Where(r => r.UserId == userId && r.Enabled).ToListAsync(cancellationToken);
        if (rules.Count == 0) return;
        var contacts = await db.EmergencyContacts.AsNoTracking().Where(c => c.UserId == userId && c.AlertsOptIn).ToListAsync(cancellationToken);
        var since = now - AlertRules.QuietPeriod;
        var recent = await db.AlertDeliveries.AsNoTracking()
            .Where(d => (d.UserId == userId && d.SentAt > since) || d.SafetyEventId == safetyEvent.Id)
            .ToListAsync(cancellationToken);
        var planned = AlertRules.Evaluate(rules, contacts, recent, safetyEvent, now);
        if (planned.Count == 0) return;

        var name = await NameOfAsync(db, userId, cancellationToken);
        foreach (var (rule, contact) in planned)
        {
            var notification = db.QueueNotification(AlertEmail(userId, name, contact, $"alert:{rule.Id}:{contact.Id}:{safetyEvent.Id}"));
            db.AlertDeliveries.Add(new AlertDelivery
            {
                UserId = userId,
                RuleId = rule.Id,
                ContactId = contact.Id,
                ContactName = contact.Name,
                SafetyEventId = safetyEvent.Id,
                NotificationId = notification.Id,
                SentAt = now,
            });
        }
    }

    /// <summary>Sanctum's words only: the email leaves Sanctum, so it says nothing the person wrote or why it was sent.</summary>
    private static Notification AlertEmail(Guid userId, string name, EmergencyContact contact, string idempotencyKey) => new()
    {
        UserId = userId,
        Channel = NotificationChannel.Email,
        Kind = NotificationKind.Alert,
        RecipientEmail = contact.Email,
        IdempotencyKey = idempotencyKey,
        Title = $"{name} may need support right now",
        Body = $"""
            Hi {contact.Name},

            {name} may need support right now. Please reach out to them.

            {name} chose you as someone to let know when things get hard.

            If you think they are in immediate danger, call 911. You can also call or text 988
            (the Suicide & Crisis Lifeline, US) any time, for them or for yourself.
            """,
    };

    private static async Task<string> NameOfAsync(SanctumDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var preferred = await db.Profiles.Where(p => p.UserId == userId).Select(p => p.PreferredName).SingleOrDefaultAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(preferred)) return preferred.Trim();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
    }
}
