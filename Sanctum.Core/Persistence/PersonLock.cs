using Microsoft.EntityFrameworkCore;

namespace Sanctum.Core.Persistence;

public static class PersonLock
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction that first takes an advisory lock on this person's
    /// <paramref name="purpose"/>, held until commit, so that work runs one at a time per person across every process
    /// (two Workers replicas, a double-tapped request). The execution strategy retries it whole, from a clean change
    /// tracker; the work saves its own changes and they commit together.
    /// </summary>
    public static Task<TResult> OnePerPersonAsync<TResult>(this SanctumDbContext db, string purpose, Guid userId,
        Func<Task<TResult>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({purpose + ":" + userId}, 0))", cancellationToken);
            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            return result;
        });
}
