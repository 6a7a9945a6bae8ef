using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Sanctum.Core.Jobs;
using StackExchange.Redis;

namespace Sanctum.IntegrationTests;

[Collection(SanctumCollection.Name)]
public sealed class JobQueueTests(SanctumFixture fixture) : IAsyncLifetime
{
    private IConnectionMultiplexer _redis = null!;

    public async Task InitializeAsync() =>
        _redis = await ConnectionMultiplexer.ConnectAsync(fixture.Host.GetConnectionString("cache"));

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    private JobQueue NewQueue(int maxAttempts = 3, TimeSpan? lease = null) => new(_redis, Options.Create(new JobQueueOptions
    {
        KeyPrefix = $"sanctum:test:{Guid.NewGuid():N}",
        MaxAttempts = maxAttempts,
        FirstRetryDelay = TimeSpan.FromMilliseconds(50),
        Lease = lease ?? TimeSpan.FromMinutes(1),
    }), TimeProvider.System);

    [Fact]
    public async Task A_job_is_taken_once_and_gone_when_completed()
    {
        var queue = NewQueue();
        var job = await queue.EnqueueAsync("test.echo", new { text = "hello" });

        var taken = await queue.TryTakeAsync();
        Assert.NotNull(taken);
        Assert.Equal(job.Id, taken.Job.Id);
        Assert.Equal(1, taken.Job.Attempt);
        Assert.Null(await queue.TryTakeAsync());

        await queue.CompleteAsync(taken);
        Assert.Equal(new JobQueueStats(0, 0, 0, 0), await queue.GetStatsAsync());
    }

    [Fact]
    public async Task A_failing_job_is_retried_with_backoff_then_dead_lettered()
    {
        var queue = NewQueue(maxAttempts: 3);
        await queue.EnqueueAsync("test.fails", new { });

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var taken = await TakeWhenDueAsync(queue);
            Assert.Equal(attempt, taken.Job.Attempt);
            var dead = await queue.FailAsync(taken, $"boom {attempt}");
            Assert.Equal(attempt == 3, dead);
            if (!dead) Assert.Null(await queue.TryTakeAsync()); // waits out its backoff first
        }

        var letters = await queue.GetDeadLettersAsync();
        Assert.Equal("boom 3", Assert.Single(letters).LastError);
        var health = await new JobQueueHealthCheck(queue).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Degraded, health.Status);
    }

    [Fact]
    public void Backoff_doubles_up_to_its_ceiling()
    {
        var queue = new JobQueue(_redis, Options.Create(new JobQueueOptions
        {
            FirstRetryDelay = TimeSpan.FromSeconds(2),
            MaxRetryDelay = TimeSpan.FromSeconds(30),
        }), TimeProvider.System);
        Assert.Equal([2, 4, 8, 16, 30, 30], Enumerable.Range(1, 6).Select(a => queue.RetryDelay(a).TotalSeconds));
    }

    [Fact]
    public async Task A_job_whose_worker_died_is_handed_out_again_when_its_lease_runs_out()
    {
        var queue = NewQueue(lease: TimeSpan.FromMilliseconds(200));
        var job = await queue.EnqueueAsync("test.crash", new { });
        var abandoned = await queue.TryTakeAsync(); // the worker "dies" holding it
        Assert.NotNull(abandoned);

        var retaken = await TakeWhenDueAsync(queue);
        Assert.Equal(job.Id, retaken.Job.Id);
        Assert.Equal(2, retaken.Job.Attempt);
    }

    [Fact]
    public async Task A_job_that_keeps_killing_its_worker_is_dead_lettered()
    {
        var queue = NewQueue(maxAttempts: 2, lease: TimeSpan.FromMilliseconds(100));
        var poison = await queue.EnqueueAsync("test.poison", new { });
        Assert.NotNull(await queue.TryTakeAsync());
        await Task.Delay(150);
        await queue.ReleaseDueAsync();
        Assert.NotNull(await queue.TryTakeAsync());
        await Task.Delay(150);
        await queue.ReleaseDueAsync();

        var reported = new List<Job>();
        Assert.Null(await queue.TryTakeAsync(job =>
        {
            reported.Add(job);
            return Task.CompletedTask;
        }));
        Assert.Single(await queue.GetDeadLettersAsync());
        // The processor hears of it, so a handler can record it (a notification becomes dead-lettered).
        Assert.Equal(poison.Id, Assert.Single(reported).Id);
    }

    private static async Task<LeasedJob> TakeWhenDueAsync(JobQueue queue)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            await queue.ReleaseDueAsync();
            if (await queue.TryTakeAsync() is { } taken) return taken;
            await Task.Delay(25);
        }

        throw new TimeoutException("The job never came back to the ready list.");
    }
}
