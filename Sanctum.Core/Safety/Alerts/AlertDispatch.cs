using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Notifications;
using Sanctum.Core.Persistence;
using Sanctum.Core.Profile;

namespace Sanctum.Core.Safety.Alerts;

/// <summary>Why alerts go out: a crisis event (its id) or one pass of the trigger scan (its moment).</summary>
public sealed record AlertCause(string Key, Guid? SafetyEventId)
{
    public static AlertCause Crisis(SafetyEvent safetyEvent) => new(safetyEvent.Id.ToString(), safetyEvent.Id);

    public static AlertCause Scan(DateTimeOffset now) => new(now.UtcTicks.ToString(CultureInfo.InvariantCulture), null);
}

/// <summary>
/// The one way an alert is queued, whatever fired it: a delivery record and a notification per channel, both added to
/// the caller's unit of work so they are saved with what caused them (and the outbox delivers them) or not at all.
/// </summary>
public static class AlertDispatch
{
    public static async Task AddAsync(
        SanctumDbContext db, Guid userId, IReadOnlyList<PlannedAlert> planned, AlertCause cause, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (planned.Count == 0) return;
        var name = await NameOfAsync(db, userId, cancellationToken);
        foreach (var (rule, contact, channels) in planned)
        {
            foreach (var channel in channels)
            {
                // The email key is the one crisis alerts always had, so a re-run after an upgrade is still refused.
                var key = $"alert:{rule.Id}:{contact.Id}:{cause.Key}" + (channel == NotificationChannel.Sms ? ":sms" : "");
                var notification = db.QueueNotification(Message(userId, name, contact, channel, key));
                db.AlertDeliveries.Add(new AlertDelivery
                {
                    UserId = userId,
                    RuleId = rule.Id,
                    Trigger = rule.Trigger,
                    ContactId = contact.Id,
                    ContactName = contact.Name,
                    Channel = channel,
                    SafetyEventId = cause.SafetyEventId,
                    NotificationId = notification.Id,
                    SentAt = now,
                });
            }
        }
    }

    /// <summary>
    /// Sanctum's words only, the same for every trigger: the message leaves Sanctum, so it says nothing the person
    /// wrote, nor which rule fired.
    /// </summary>
    private static Notification Message(Guid userId, string name, EmergencyContact contact, NotificationChannel channel, string key) => new()
    {
        UserId = userId,
        Channel = channel,
        Kind = NotificationKind.Alert,
        RecipientEmail = channel == NotificationChannel.Email ? contact.Email : null,
        RecipientPhone = channel == NotificationChannel.Sms ? contact.Phone : null,
        IdempotencyKey = key,
        Title = $"{name} may need support right now",
        Body = channel == NotificationChannel.Sms
            ? $"Sanctum: {name} may need support right now. Please reach out to them. In immediate danger, call 911. Call or text 988 any time."
            : $"""
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
