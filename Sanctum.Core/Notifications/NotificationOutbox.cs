using Sanctum.Core.Persistence;

namespace Sanctum.Core.Notifications;

public static class NotificationOutbox
{
    /// <summary>
    /// Adds the notification and its outbox row to the context; the caller's next SaveChanges writes both together
    /// with whatever caused them, or neither.
    /// </summary>
    public static Notification QueueNotification(this SanctumDbContext db, Notification notification)
    {
        db.Notifications.Add(notification);
        db.OutboxMessages.Add(new OutboxMessage { NotificationId = notification.Id });
        return notification;
    }
}
