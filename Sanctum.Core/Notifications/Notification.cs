namespace Sanctum.Core.Notifications;

public enum NotificationChannel
{
    InApp,
    Email,
    Sms,
}

public enum NotificationKind
{
    Welcome,
    Alert,
    Reminder,
}

public enum NotificationStatus
{
    Queued,
    Sent,
    Failed,
    DeadLettered,
}

/// <summary>
/// Something Sanctum told (or is telling) the person, in the app or by email, with its delivery history. Title and
/// body are Sanctum's own words, never text the person wrote, because email leaves Sanctum.
/// </summary>
public sealed class Notification : PersonalRecord
{
    public NotificationChannel Channel { get; set; }
    public NotificationKind Kind { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }

    /// <summary>Where an email goes, fixed when queued so a later change of address does not redirect it.</summary>
    public string? RecipientEmail { get; set; }

    /// <summary>Where a text message goes, fixed when queued like the email address.</summary>
    public string? RecipientPhone { get; set; }

    public NotificationStatus Status { get; set; } = NotificationStatus.Queued;
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>Unique per person: queuing the same thing twice (a retried request, a re-run rule) is refused.</summary>
    public required string IdempotencyKey { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}

/// <summary>
/// The promise to deliver a notification or run a job, written in the same transaction as whatever caused it; the
/// Workers' relay hands each undispatched row to the job queue, so a crash between commit and queue loses nothing.
/// A row carries either a notification or a job (type and JSON payload), never both.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? NotificationId { get; set; }
    public string? JobType { get; set; }
    public string? JobPayload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
}

/// <summary>A job that delivers one notification outside the app; the job id is the notification id.</summary>
public interface INotificationJob
{
    Guid NotificationId { get; }
}

/// <summary>The job the relay queues for an email notification.</summary>
public sealed record NotificationEmailJob(Guid NotificationId) : INotificationJob
{
    public const string JobType = "notification.email";
}

/// <summary>The job the relay queues for a text-message notification.</summary>
public sealed record NotificationSmsJob(Guid NotificationId) : INotificationJob
{
    public const string JobType = "notification.sms";
}
