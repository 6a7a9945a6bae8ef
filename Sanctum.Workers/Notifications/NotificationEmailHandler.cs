using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Jobs;
using Sanctum.Core.Notifications;
using Sanctum.Core.Persistence;

namespace Sanctum.Workers.Notifications;

/// <summary>
/// Emails a queued notification and records how it went. Jobs may run more than once (a relay that crashed before
/// marking its row, a lease that ran out), so a notification already sent is never sent again.
/// </summary>
public sealed class NotificationEmailHandler(SmtpEmailSender smtp, IServiceScopeFactory scopes, TimeProvider time) : IJobHandler
{
    private const int MaxErrorLength = 1000;

    public string JobType => NotificationEmailJob.JobType;

    public async Task HandleAsync(Job job, CancellationToken cancellationToken)
    {
        var id = job.PayloadAs<NotificationEmailJob>().NotificationId;
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
            if (locked.SingleOrDefault() is not { Status: not NotificationStatus.Sent, RecipientEmail: { } to } notification) return;

            notification.Attempts++;
            try
            {
                await smtp.SendAsync(to, notification.Title, notification.Body, notification.Id.ToString(), cancellationToken);
                notification.Status = NotificationStatus.Sent;
                notification.SentAt = time.GetUtcNow();
                notification.LastError = null;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
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
        var id = job.PayloadAs<NotificationEmailJob>().NotificationId;
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
