using Sanctum.Core.Persistence;
using Sanctum.Core.Reminders;
using Sanctum.Workers.Migrations;

namespace Sanctum.Workers.Reminders;

/// <summary>
/// Once a minute, sends the reminders that have come due through the notification outbox and moves each on to
/// its next time (see <see cref="ReminderDelivery"/>).
/// </summary>
public sealed class ReminderScanner(
    IServiceScopeFactory scopes, TimeProvider time, MigrationState migrations, ILogger<ReminderScanner> logger)
    : PeriodicService(migrations, time, TimeSpan.FromMinutes(1))
{
    private const int Batch = 500;

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SanctumDbContext>();
            ReminderDeliveryResult result;
            // A full batch may mean more are waiting; they go now rather than a minute late.
            do
            {
                result = await ReminderDelivery.DeliverDueAsync(db, Time.GetUtcNow(), Batch, stoppingToken);
                if (result.Due > 0)
                    logger.LogInformation("Reminders due: {Due}, sent: {Sent}", result.Due, result.Sent);
            } while (result.Due == Batch);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Reminder scan failed; trying again next minute");
        }
    }
}
