using System.Text.Json;

namespace Sanctum.Core.Jobs;

/// <summary>
/// A unit of background work as it sits in the queue. Delivery is at-least-once, so handlers use
/// <see cref="Id"/> (stable across retries) to make their effects idempotent.
/// </summary>
public sealed record Job(
    string Id,
    string Type,
    string Payload,
    int Attempt,
    DateTimeOffset EnqueuedAt,
    string? LastError = null)
{
    public T PayloadAs<T>() =>
        JsonSerializer.Deserialize<T>(Payload, JobQueue.SerializerOptions)
        ?? throw new InvalidOperationException($"Job {Id} of type {Type} has an empty payload.");
}

/// <summary>Handles one <see cref="Job.Type"/>. A thrown exception schedules a retry.</summary>
public interface IJobHandler
{
    string JobType { get; }
    Task HandleAsync(Job job, CancellationToken cancellationToken);

    /// <summary>Called once a job of this type is dead-lettered, so the handler can say so where people will see it.</summary>
    Task DeadLetteredAsync(Job job, CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed class JobQueueOptions
{
    /// <summary>Redis key prefix; tests give each run its own.</summary>
    public string KeyPrefix { get; set; } = "sanctum:jobs";

    /// <summary>Attempts before a job is moved to the dead-letter list.</summary>
    public int MaxAttempts { get; set; } = 6;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a worker may hold a job before it is presumed dead and the job handed out again.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    public int Concurrency { get; set; } = 4;
}

public sealed record JobQueueStats(long Ready, long Delayed, long InFlight, long DeadLettered);
