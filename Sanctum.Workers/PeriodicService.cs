using Sanctum.Workers.Migrations;

namespace Sanctum.Workers;

/// <summary>
/// A pass that runs once the database is migrated and then every <c>interval</c> on the injected clock (so tests can
/// drive it). A pass handles its own failures: the next one comes regardless.
/// </summary>
public abstract class PeriodicService(MigrationState migrations, TimeProvider time, TimeSpan interval) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    protected abstract Task RunOnceAsync(CancellationToken stoppingToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await migrations.Applied.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(interval, Time);
        do
        {
            await RunOnceAsync(stoppingToken);
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
