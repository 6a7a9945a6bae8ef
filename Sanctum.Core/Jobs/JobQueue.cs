using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Sanctum.Core.Jobs;

/// <summary>
/// A durable job queue in Redis. Ready jobs wait in a list; a taken job moves atomically into an
/// in-flight set scored by its lease deadline, so a job whose worker dies is handed out again when
/// the lease runs out. Failures wait in a delayed set with exponential backoff; after the retry
/// budget a job lands in a dead-letter list where people can see it.
/// </summary>
public sealed class JobQueue(IConnectionMultiplexer redis, IOptions<JobQueueOptions> options, TimeProvider time)
{
    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    private const string TakeScript = """
        local job = redis.call('RPOP', KEYS[1])
        if job then redis.call('ZADD', KEYS[2], ARGV[1], job) end
        return job
        """;

    // Replaces the in-flight copy with one that counts this attempt, so crashes use up attempts too.
    private const string CountAttemptScript = """
        if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then return 0 end
        redis.call('ZADD', KEYS[1], ARGV[3], ARGV[2])
        return 1
        """;

    // Moves everything due in a scored set (delayed retries, expired leases) back to the ready list.
    private const string ReleaseDueScript = """
        local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 100)
        for _, job in ipairs(due) do
          redis.call('ZREM', KEYS[1], job)
          redis.call('LPUSH', KEYS[2], job)
        end
        return #due
        """;

    // Removes the in-flight copy and files the updated job for a retry or as dead, in one step.
    private const string FailScript = """
        if redis.call('ZREM', KEYS[1], ARGV[1]) == 0 then return 0 end
        if ARGV[4] == '1' then
          redis.call('LPUSH', KEYS[3], ARGV[2])
        else
          redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
        end
        return 1
        """;

    private readonly JobQueueOptions _options = options.Value;
    private IDatabase Db => redis.GetDatabase();
    private RedisKey ReadyKey => $"{_options.KeyPrefix}:ready";
    private RedisKey InFlightKey => $"{_options.KeyPrefix}:inflight";
    private RedisKey DelayedKey => $"{_options.KeyPrefix}:delayed";
    private RedisKey DeadKey => $"{_options.KeyPrefix}:dead";
    public RedisChannel NotifyChannel => RedisChannel.Literal($"{_options.KeyPrefix}:notify");

    public Task<Job> EnqueueAsync<T>(string type, T payload, string? id = null) =>
        EnqueueJsonAsync(type, JsonSerializer.Serialize(payload, SerializerOptions), id);

    /// <summary>Queues a payload that is already JSON (as the outbox stores it).</summary>
    public async Task<Job> EnqueueJsonAsync(string type, string payload, string? id = null)
    {
        var job = new Job(id ?? Guid.CreateVersion7().ToString(), type, payload, Attempt: 0, time.GetUtcNow());
        await Db.ListLeftPushAsync(ReadyKey, Serialize(job));
        await Db.PublishAsync(NotifyChannel, job.Id);
        return job;
    }

    /// <summary>
    /// Takes the oldest ready job, leasing it to the caller; null when none is ready. A job whose attempts ran out
    /// while its workers crashed is dead-lettered on the way and reported to <paramref name="deadLettered"/>.
    /// </summary>
    public async Task<LeasedJob?> TryTakeAsync(Func<Job, Task>? deadLettered = null)
    {
        while (true)
        {
            var deadline = time.GetUtcNow().Add(_options.Lease).ToUnixTimeMilliseconds();
            var raw = (string?)await Db.ScriptEvaluateAsync(TakeScript, [ReadyKey, InFlightKey], [deadline]);
            if (raw is null) return null;

            var job = Deserialize(raw);
            var taken = job with { Attempt = job.Attempt + 1 };
            var leased = new LeasedJob(taken, Serialize(taken));
            await Db.ScriptEvaluateAsync(CountAttemptScript, [InFlightKey], [raw, leased.Raw, deadline]);

            // A job that keeps killing its worker never reaches FailAsync; stop handing it out.
            if (taken.Attempt <= _options.MaxAttempts) return leased;
            var error = job.LastError ?? "The worker stopped while handling this job too many times.";
            await FailAsync(leased, error);
            if (deadLettered is not null) await deadLettered(taken with { LastError = error });
        }
    }

    public async Task CompleteAsync(LeasedJob leased) => await Db.SortedSetRemoveAsync(InFlightKey, leased.Raw);

    /// <summary>
    /// Schedules a retry with backoff, or dead-letters the job once its attempts are used up (or at once
    /// when retrying cannot help). Returns whether it was dead-lettered.
    /// </summary>
    public async Task<bool> FailAsync(LeasedJob leased, string error, bool permanent = false)
    {
        var failed = leased.Job with { LastError = error };
        var dead = permanent || failed.Attempt >= _options.MaxAttempts;
        var retryAt = time.GetUtcNow().Add(RetryDelay(failed.Attempt)).ToUnixTimeMilliseconds();
        await Db.ScriptEvaluateAsync(FailScript, [InFlightKey, DelayedKey, DeadKey],
            [leased.Raw, Serialize(failed), retryAt, dead ? "1" : "0"]);
        return dead;
    }

    /// <summary>Returns delayed jobs that are due, and jobs whose worker's lease ran out, to the ready list.</summary>
    public async Task<long> ReleaseDueAsync()
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var retried = (long)await Db.ScriptEvaluateAsync(ReleaseDueScript, [DelayedKey, ReadyKey], [now]);
        var abandoned = (long)await Db.ScriptEvaluateAsync(ReleaseDueScript, [InFlightKey, ReadyKey], [now]);
        return retried + abandoned;
    }

    public async Task<JobQueueStats> GetStatsAsync()
    {
        var db = Db;
        var ready = db.ListLengthAsync(ReadyKey);
        var delayed = db.SortedSetLengthAsync(DelayedKey);
        var inFlight = db.SortedSetLengthAsync(InFlightKey);
        var dead = db.ListLengthAsync(DeadKey);
        return new JobQueueStats(await ready, await delayed, await inFlight, await dead);
    }

    public async Task<IReadOnlyList<Job>> GetDeadLettersAsync(int count = 100)
    {
        var raw = await Db.ListRangeAsync(DeadKey, 0, count - 1);
        return raw.Select(value => Deserialize(value!)).ToList();
    }

    public TimeSpan RetryDelay(int attempt)
    {
        var exponential = _options.FirstRetryDelay * Math.Pow(2, Math.Max(0, attempt - 1));
        return exponential < _options.MaxRetryDelay ? exponential : _options.MaxRetryDelay;
    }

    private static string Serialize(Job job) => JsonSerializer.Serialize(job, SerializerOptions);

    private static Job Deserialize(string raw) =>
        JsonSerializer.Deserialize<Job>(raw, SerializerOptions) ?? throw new InvalidOperationException("Empty job in queue.");
}

/// <summary>A job a worker holds; <see cref="Raw"/> is the exact queue entry, needed to release it.</summary>
public sealed record LeasedJob(Job Job, string Raw);
