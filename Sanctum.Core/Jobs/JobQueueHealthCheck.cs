using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sanctum.Core.Jobs;

/// <summary>Reports the queue's depth; any dead-lettered job makes the service Degraded so someone looks.</summary>
public sealed class JobQueueHealthCheck(JobQueue queue) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stats = await queue.GetStatsAsync();
        var data = new Dictionary<string, object>
        {
            ["ready"] = stats.Ready,
            ["delayed"] = stats.Delayed,
            ["inFlight"] = stats.InFlight,
            ["deadLettered"] = stats.DeadLettered,
        };
        return stats.DeadLettered > 0
            ? HealthCheckResult.Degraded($"{stats.DeadLettered} job(s) dead-lettered", data: data)
            : HealthCheckResult.Healthy($"{stats.Ready} ready, {stats.InFlight} in flight", data);
    }
}
