using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sanctum.Core.Persistence;

namespace Sanctum.Workers.Migrations;

/// <summary>Signals when the schema is current; the job processor and the health check wait on it.</summary>
public sealed class MigrationState
{
    private readonly TaskCompletionSource _applied = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Applied => _applied.Task;
    public void MarkApplied() => _applied.TrySetResult();
}

/// <summary>
/// Brings the database schema up to date at start-up. Any number of replicas may start at once;
/// <see cref="DatabaseMigrator"/> serialises them with an advisory lock.
/// </summary>
public sealed class MigrationWorker(IServiceScopeFactory scopes, MigrationState state, ILogger<MigrationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(stoppingToken);
                state.MarkApplied();
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Applying migrations failed; retrying in 5 seconds");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }
}

public sealed class MigrationHealthCheck(MigrationState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Applied.IsCompletedSuccessfully
            ? HealthCheckResult.Healthy("Schema is up to date")
            : HealthCheckResult.Unhealthy("Migrations are still being applied"));
}
