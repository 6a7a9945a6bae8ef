using Sanctum.Core.Persistence;
using Sanctum.Core.Reminders;
using Sanctum.Workers.Migrations;

namespace Sanctum.Workers.Reminders;

/// <summary>
/// Once a minute, sends the reminders that have come due through the notification outbox and moves each on to
/// its next time (see <see cref="ReminderDelivery"/>). The clock is the injected TimeProvider, so tests can drive it.
/// </summary>
public sealed class ReminderScanner(
    IServiceScopeFactory scopes, TimeProvider time, MigrationState migrations, ILogger<ReminderScanner> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private const int Batch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await migrations.Applied.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<SanctumDbContext>();
                ReminderDeliveryResult result;
                // A full batch may mean more are waiting; they go now rather than a minute late.
                do
                {
                    result = await ReminderDelivery.DeliverDueAsync(db, time.GetUtcNow(), Batch, stoppingToken);
                    if (result.Due > 0)
                        logger.LogInformation("Reminders due: {Due}, sent: {Sent}", result.Due, result.Sent);
                } while (result.Due == Batch);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Reminder scan failed; trying again next minute");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
