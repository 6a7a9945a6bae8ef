using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Sanctum.Core.Persistence;

/// <summary>
/// Find-or-create writes keyed by a unique index (one card per day, one check-in per day...) race when two first
/// saves arrive together: both find nothing, both insert, and the index rejects the second. Postgres only reports
/// the violation once the winner has committed, so running the same attempt again finds the winner's row and
/// takes the update (or "already exists") path instead of failing.
/// </summary>
public static class UniqueRace
{
    /// <summary>
    /// Runs <paramref name="attempt"/> (which reads, changes and saves); if its save loses a unique-index race, the
    /// loser's tracked changes are dropped and the attempt runs once more.
    /// </summary>
    public static async Task<T> RetryOnceOnConflictAsync<T>(this DbContext db, Func<Task<T>> attempt)
    {
        try
        {
            return await attempt();
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception))
        {
            db.ChangeTracker.Clear();
            return await attempt();
        }
    }

    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
