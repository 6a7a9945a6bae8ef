using Sanctum.Core.Jobs;
using Sanctum.Core.Patterns;
using Sanctum.Core.Persistence;

namespace Sanctum.Workers.Patterns;

/// <summary>Runs a queued analysis (see <see cref="PatternRuns.RunAsync"/>); once retries are used up, marks it failed so the page can say so.</summary>
public sealed class PatternAnalysisHandler(IServiceScopeFactory scopes, TimeProvider time, ILogger<PatternAnalysisHandler> logger) : IJobHandler
{
    public string JobType => PatternAnalysisJob.JobType;

    public async Task HandleAsync(Job job, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SanctumDbContext>();
        await PatternRuns.RunAsync(db, job.PayloadAs<PatternAnalysisJob>().AnalysisId, time.GetUtcNow(), cancellationToken);
    }

    public async Task DeadLetteredAsync(Job job, CancellationToken cancellationToken)
    {
        var id = job.PayloadAs<PatternAnalysisJob>().AnalysisId;
        logger.LogError("Gave up on pattern analysis {AnalysisId}: {Error}", id, job.LastError);
        await using var scope = scopes.CreateAsyncScope();
        await PatternRuns.FailAsync(scope.ServiceProvider.GetRequiredService<SanctumDbContext>(), id, time.GetUtcNow(), cancellationToken);
    }
}
