using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Sanctum.Core.Persistence;

namespace Sanctum.IntegrationTests;

[Collection(SanctumCollection.Name)]
public sealed class MigrationTests(SanctumFixture fixture)
{
    [Fact]
    public async Task Several_replicas_starting_at_once_migrate_one_after_another()
    {
        var database = $"race_{Guid.NewGuid():N}";
        await using (var server = fixture.CreateDataSource())
        {
            await server.CreateCommand($"CREATE DATABASE {database}").ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(fixture.Host.GetConnectionString("sanctumdb")) { Database = database }.ConnectionString;
        var replicas = Enumerable.Range(0, 3).Select(async _ =>
        {
            await using var db = fixture.CreateDbContext(connectionString);
            await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        });
        await Task.WhenAll(replicas);

        await using var check = fixture.CreateDbContext(connectionString);
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await check.Users.CountAsync());
    }
}
