using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Jobs;
using Sanctum.Core.Notifications;
using Sanctum.Core.Persistence;

namespace Sanctum.Workers.Notifications;

/// <summary>
/// Delivers a queued notification by one channel and records how it went. Jobs may run more than once (a relay that
/// crashed before marking its row, a lease that ran out), so a notification already sent is never sent again; each
/// attempt is counted, a failure is rethrown for the queue to retry, and the last one dead-letters it.
/// </summary>
public abstract class NotificationDeliveryHandler<TJob>(IServiceScopeFactory scopes, TimeProvider time) : IJobHandler
    where TJob : INotificationJob
{
    private const int MaxErrorLength = 1000;

    public abstract string JobType { get; }

    /// <summary>Sends it; false when it has nowhere to go by this channel (nothing to send, nothing to retry).</summary>
    protected abstract Task<bool> SendAsync(Notification notification, CancellationToken cancellationToken);

    public async Task HandleAsync(Job job, CancellationToken cancellationToken)
    {
        var id = job.PayloadAs<TJob>().NotificationId;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SanctumDbContext>();
        Exception? failure = null;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            failure = null;
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // The row lock makes a second run of the same job wait here until the first commits, then find it sent.
            var locked = await db.Notifications
                .FromSql($"SELECT * FROM notifications.notifications WHERE id = {id} FOR UPDATE")
                .ToListAsync(cancellationToken);
            if (locked.SingleOrDefault() is not { Status: not NotificationStatus.Sent } notification) return;

            try
            {
                if (!await SendAsync(notification, cancellationToken)) return;
                notification.Attempts++;
                notification.Status = NotificationStatus.Sent;
                notification.SentAt = time.GetUtcNow();
                notification.LastError = null;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                notification.Attempts++;
                notification.Status = NotificationStatus.Failed;
                notification.LastError = Shorten(exception.Message);
                failure = exception;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        // Rethrown after the attempt is recorded, so the queue schedules the retry.
        if (failure is not null) ExceptionDispatchInfo.Throw(failure);
    }

    public async Task DeadLetteredAsync(Job job, CancellationToken cancellationToken)
    {
        var id = job.PayloadAs<TJob>().NotificationId;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SanctumDbContext>();
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notification is null || notification.Status == NotificationStatus.Sent) return;
        notification.Status = NotificationStatus.DeadLettered;
        notification.LastError = Shorten(job.LastError ?? notification.LastError ?? "Gave up after the last attempt.");
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Shorten(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}

/// <summary>Emails a queued notification.</summary>
public sealed class NotificationEmailHandler(SmtpEmailSender smtp, IServiceScopeFactory scopes, TimeProvider time)
    : NotificationDeliveryHandler<NotificationEmailJob>(scopes, time)
{
    public override string JobType => NotificationEmailJob.JobType;

    protected override async Task<bool> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        if (notification.RecipientEmail is not { } to) return false;
        await smtp.SendAsync(to, notification.Title, notification.Body, notification.Id.ToString(), cancellationToken);
        return true;
    }
}

/// <summary>Texts a queued notification.</summary>
public sealed class NotificationSmsHandler(ISmsSender sms, IServiceScopeFactory scopes, TimeProvider time)
    : NotificationDeliveryHandler<NotificationSmsJob>(scopes, time)
{
    public override string JobType => NotificationSmsJob.JobType;

    protected override async Task<bool> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        if (notification.RecipientPhone is not { } to) return false;
        await sms.SendAsync(new SmsMessage(to, $"notification.{notification.Kind}".ToLowerInvariant(), notification.Body, notification.Id.ToString()), cancellationToken);
        return true;
    }
}
