using Sanctum.Core.Persistence;
using Sanctum.Core.Reminders;
using Sanctum.Workers.Migrations;

namespace Sanctum.Workers.Reminders;

/// <summary>
/// Looks once a minute for reminders that have come due and logs what it would do. It sends nothing and writes
/// nothing: delivery (and moving each reminder on to its next time) is the notification outbox's part.
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
                var due = await DueReminders.FindAsync(db, time.GetUtcNow(), Batch, stoppingToken);
                if (due.Count > 0)
                    logger.LogInformation("Reminders due: {Due}, to send: {Fire}", due.Count, due.Count(d => d.Outcome.Fire));
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Reminder scan failed; trying again next minute");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
