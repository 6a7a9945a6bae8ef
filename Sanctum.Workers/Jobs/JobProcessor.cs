using Microsoft.Extensions.Options;
using Sanctum.Core.Jobs;
using Sanctum.Workers.Migrations;
using StackExchange.Redis;

namespace Sanctum.Workers.Jobs;

/// <summary>
/// Runs queued jobs with a few parallel loops. A loop sleeps until a job is announced on the queue's
/// channel (or a second passes, to pick up retries that came due and leases that ran out).
/// </summary>
public sealed class JobProcessor(
    JobQueue queue,
    IEnumerable<IJobHandler> handlers,
    IConnectionMultiplexer redis,
    IOptions<JobQueueOptions> options,
    MigrationState migrations,
    ILogger<JobProcessor> logger) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(1);
    private readonly Dictionary<string, IJobHandler> _handlers = handlers.ToDictionary(h => h.JobType);
    private readonly SemaphoreSlim _wakeUp = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Handlers touch the database; don't run them against an old schema.
        await migrations.Applied.WaitAsync(stoppingToken);

        var subscriber = redis.GetSubscriber();
        await subscriber.SubscribeAsync(queue.NotifyChannel, (_, _) => _wakeUp.Release());
        try
        {
            var loops = Enumerable.Range(0, options.Value.Concurrency).Select(_ => RunLoopAsync(stoppingToken));
            await Task.WhenAll(loops);
        }
        finally
        {
            await subscriber.UnsubscribeAsync(queue.NotifyChannel);
        }
    }

    private async Task RunLoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await queue.ReleaseDueAsync();
                if (await queue.TryTakeAsync(job => DeadLetteredAsync(job, stoppingToken)) is { } leased) await RunAsync(leased, stoppingToken);
                else await _wakeUp.WaitAsync(IdlePoll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Redis briefly away: the multiplexer reconnects; try again shortly.
                logger.LogWarning(exception, "Job loop error; retrying");
                await Task.Delay(IdlePoll, stoppingToken);
            }
        }
    }

    private async Task RunAsync(LeasedJob leased, CancellationToken stoppingToken)
    {
        var job = leased.Job;
        if (!_handlers.TryGetValue(job.Type, out var handler))
        {
            await queue.FailAsync(leased, $"No handler for job type '{job.Type}'.", permanent: true);
            logger.LogError("Dead-lettered job {JobId}: no handler for {JobType}", job.Id, job.Type);
            return;
        }

        try
        {
            await handler.HandleAsync(job, stoppingToken);
            await queue.CompleteAsync(leased);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: leave the job in flight; its lease runs out and another worker takes it.
            throw;
        }
        catch (Exception exception)
        {
            var dead = await queue.FailAsync(leased, exception.Message);
            if (dead)
            {
                logger.LogError(exception, "Job {JobId} ({JobType}) dead-lettered after {Attempts} attempts", job.Id, job.Type, job.Attempt);
                await handler.DeadLetteredAsync(job with { LastError = exception.Message }, stoppingToken);
            }
            else logger.LogWarning(exception, "Job {JobId} ({JobType}) failed on attempt {Attempt}; will retry", job.Id, job.Type, job.Attempt);
        }
    }

    private Task DeadLetteredAsync(Job job, CancellationToken stoppingToken)
    {
        logger.LogError("Job {JobId} ({JobType}) dead-lettered: its worker stopped too many times", job.Id, job.Type);
        return _handlers.TryGetValue(job.Type, out var handler) ? handler.DeadLetteredAsync(job, stoppingToken) : Task.CompletedTask;
    }
}
