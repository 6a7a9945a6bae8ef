using Sanctum.Core.Persistence;
using Sanctum.Core.Safety.Alerts;
using Sanctum.Workers.Migrations;

namespace Sanctum.Workers.Alerts;

/// <summary>
/// Every 15 minutes (and once at start), evaluates the missed-medication, rapid-cycling and no-check-in rules of
/// everyone who has one (see <see cref="TriggerAlerts"/>). People are read in batches; each is evaluated and saved on
/// their own, so one person's bad data does not hold up the rest.
/// </summary>
public sealed class AlertTriggerScanner(
    IServiceScopeFactory scopes, TimeProvider time, MigrationState migrations, ILogger<AlertTriggerScanner> logger)
    : PeriodicService(migrations, time, TimeSpan.FromMinutes(15))
{
    private const int Batch = 200;

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        var (after, alerted) = (Guid.Empty, 0);
        while (!stoppingToken.IsCancellationRequested)
        {
            List<Guid> users;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<SanctumDbContext>();
                users = await TriggerAlerts.UsersAsync(db, after, Batch, stoppingToken);
                foreach (var userId in users)
                {
                    try
                    {
                        alerted += await TriggerAlerts.ScanUserAsync(db, userId, Time.GetUtcNow(), stoppingToken);
                    }
                    catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                    {
                        logger.LogWarning(exception, "Alert rules of user {UserId} could not be evaluated; trying again next scan", userId);
                    }
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Alert scan failed; trying again next scan");
                return;
            }

            if (users.Count < Batch) break;
            after = users[^1];
        }

        if (alerted > 0) logger.LogInformation("Alert scan: {Alerted} contacts alerted", alerted);
    }
}
