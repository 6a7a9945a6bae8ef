using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Jobs;
using Sanctum.Core.Notifications;
using Sanctum.Core.Persistence;
using Sanctum.Workers.Migrations;

namespace Sanctum.Workers.Notifications;

/// <summary>
/// Moves committed outbox rows onto the job queue. A row is marked dispatched only after its job is queued, so a
/// crash in between queues it again (handlers ignore the repeat); in-app notifications need no job and are
/// delivered here.
/// </summary>
public sealed class OutboxRelay(
    IServiceScopeFactory scopes, JobQueue queue, MigrationState migrations, TimeProvider time, ILogger<OutboxRelay> logger)
    : BackgroundService
{
    private const int BatchSize = 100;
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await migrations.Applied.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RelayBatchAsync(stoppingToken) < BatchSize) await Task.Delay(IdlePoll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Outbox relay error; retrying");
                await Task.Delay(IdlePoll, stoppingToken);
            }
        }
    }

    /// <summary>Relays up to one batch of undispatched rows; returns how many it took.</summary>
    private async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SanctumDbContext>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // SKIP LOCKED: Workers replicas each claim different rows rather than relaying the same one.
            var batch = await db.OutboxMessages
                .FromSql($"SELECT * FROM notifications.outbox WHERE dispatched_at IS NULL ORDER BY created_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
                .ToListAsync(cancellationToken);
            if (batch.Count == 0) return 0;

            foreach (var message in batch.Where(m => m.JobType is not null))
                await queue.EnqueueJsonAsync(message.JobType!, message.JobPayload!, id: message.Id.ToString());

            var ids = batch.Where(m => m.NotificationId is not null).Select(m => m.NotificationId!.Value).ToList();
            var notifications = await db.Notifications.Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken);
            var now = time.GetUtcNow();
            foreach (var notification in notifications)
            {
                if (notification.Channel == NotificationChannel.Email)
                {
                    await queue.EnqueueAsync(NotificationEmailJob.JobType, new NotificationEmailJob(notification.Id), id: notification.Id.ToString());
                }
                else if (notification.Channel == NotificationChannel.Sms)
                {
                    await queue.EnqueueAsync(NotificationSmsJob.JobType, new NotificationSmsJob(notification.Id), id: notification.Id.ToString());
                }
                else if (notification.Status != NotificationStatus.Sent)
                {
                    notification.Status = NotificationStatus.Sent;
                    notification.Attempts++;
                    notification.SentAt = now;
                }
            }

            foreach (var message in batch) message.DispatchedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return batch.Count;
        });
    }
}
