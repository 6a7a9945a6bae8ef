using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using Sanctum.Core.Skills;

namespace Sanctum.Core.Persistence;

/// <summary>
/// Applies EF migrations and seeds the skills library while holding a PostgreSQL advisory lock, so several
/// replicas starting at once apply them one after another instead of racing each other.
/// </summary>
public sealed class DatabaseMigrator(SanctumDbContext db, ILogger<DatabaseMigrator> logger)
{
    // Any fixed number works; it only has to be the same in every replica.
    private const long MigrationLockKey = 0x5A4C7_0001;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The database connection string is not configured.");

        // The lock lives on its own connection so EF's retrying execution strategy stays free to reconnect.
        await using var lockConnection = new NpgsqlConnection(connectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await using (var acquire = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", lockConnection))
        {
            acquire.Parameters.AddWithValue("key", MigrationLockKey);
            await acquire.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count == 0)
            {
                logger.LogInformation("Database schema is up to date");
            }
            else
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
                await db.Database.MigrateAsync(cancellationToken);
            }

            // Reference content follows the schema, under the same lock.
            var seeded = await SkillSeeder.SeedAsync(db, cancellationToken);
            if (seeded > 0) logger.LogInformation("Seeded {Count} skill row(s) from the content files", seeded);
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", lockConnection);
            release.Parameters.AddWithValue("key", MigrationLockKey);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
