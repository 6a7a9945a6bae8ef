using System.Text.Json;
using Sanctum.Core.Jobs;
using Sanctum.Core.Persistence;

namespace Sanctum.Core.Notifications;

/// <summary>
/// Adds work to the context's outbox; the caller's next SaveChanges writes it together with whatever caused it, or
/// not at all, and the Workers' relay queues it after the commit.
/// </summary>
public static class Outbox
{
    public static Notification QueueNotification(this SanctumDbContext db, Notification notification)
    {
        db.Notifications.Add(notification);
        db.OutboxMessages.Add(new OutboxMessage { NotificationId = notification.Id });
        return notification;
    }

    /// <summary>Queues a job once the transaction commits; the job's id is the outbox row's id.</summary>
    public static void QueueJob<TPayload>(this SanctumDbContext db, string jobType, TPayload payload) =>
        db.OutboxMessages.Add(new OutboxMessage
        {
            JobType = jobType,
            JobPayload = JsonSerializer.Serialize(payload, JobQueue.SerializerOptions),
        });
}
