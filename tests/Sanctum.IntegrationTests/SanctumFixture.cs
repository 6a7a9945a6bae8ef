using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Sanctum.AppHost;
using Sanctum.Core.Persistence;

namespace Sanctum.IntegrationTests;

/// <summary>
/// Real PostgreSQL, Redis, Azurite and maildev, started through the AppHost's own resource code in a
/// throw-away data folder, with the schema migrated; plus the Api hosted in memory against them.
/// </summary>
public sealed class SanctumFixture : IAsyncLifetime
{
    public const string SigningKey = "integration-tests-signing-key-0123456789abcdef";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), $"sanctum-it-{Guid.NewGuid():N}");
    private SanctumHost? _host;

    public SanctumHost Host => _host ?? throw new InvalidOperationException("Not started.");
    public string JobKeyPrefix { get; } = $"sanctum:test:{Guid.NewGuid():N}:jobs";
    public WebApplicationFactory<Program> Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _host = await SanctumHost.StartAsync(new SanctumHostOptions
        {
            DataDir = _dataDir,
            Resources = ["sanctumdb", "cache", "blobs", "mail"],
            Log = TextWriter.Null,
        });

        await using (var db = CreateDbContext())
        {
            await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        }

        Api = CreateApi();
    }

    /// <summary>The Api against the real servers; settings may override defaults for one test.</summary>
    public WebApplicationFactory<Program> CreateApi(IDictionary<string, string?>? settings = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            foreach (var (key, value) in ServiceSettings()) builder.UseSetting(key, value);
            builder.UseSetting("Auth:SigningKey", SigningKey);
            // bcrypt's real cost is exercised by the app; tests only need the same code path, faster.
            builder.UseSetting("Auth:PasswordWorkFactor", "4");
            builder.UseSetting("Auth:SignInAttemptsPerIpPerMinute", "100000");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        });

    /// <summary>The connection settings an Aspire AppHost would pass, pointing at this fixture's servers.</summary>
    public Dictionary<string, string?> ServiceSettings() => new()
    {
        ["ConnectionStrings:sanctumdb"] = Host.GetConnectionString("sanctumdb"),
        ["ConnectionStrings:cache"] = Host.GetConnectionString("cache"),
        ["ConnectionStrings:blobs"] = Host.GetConnectionString("blobs"),
        ["ConnectionStrings:mail"] = Host.GetConnectionString("mail"),
        ["JobQueue:KeyPrefix"] = JobKeyPrefix,
        // Request logs of hundreds of calls would bury a failing test's own output.
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public SanctumDbContext CreateDbContext(string? connectionString = null) => new(new DbContextOptionsBuilder<SanctumDbContext>()
        .UseNpgsql(connectionString ?? Host.GetConnectionString("sanctumdb"))
        .UseSnakeCaseNamingConvention()
        .Options);

    public NpgsqlDataSource CreateDataSource() => NpgsqlDataSource.Create(Host.GetConnectionString("sanctumdb"));

    public async Task DisposeAsync()
    {
        if (Api is not null) await Api.DisposeAsync();
        if (_host is not null) await _host.DisposeAsync();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A server may still be letting go of a file; the OS temp cleaner gets it.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SanctumCollection : ICollectionFixture<SanctumFixture>
{
    public const string Name = "Sanctum";
}
