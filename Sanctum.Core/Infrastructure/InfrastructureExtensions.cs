using Azure.Storage.Blobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Sanctum.Core.Companion;
using Sanctum.Core.Compliance;
using Sanctum.Core.Jobs;
using Sanctum.Core.Persistence;
using Sanctum.Core.Reminders;
using StackExchange.Redis;

namespace Sanctum.Core.Infrastructure;

/// <summary>
/// What Aspire's client integrations would add, done by hand: pooled, retrying EF Core with tracing
/// and a health check; one shared Redis connection with a health check; a blob client.
/// </summary>
public static class InfrastructureExtensions
{
    /// <summary>Everything the Api and Workers share: the database, Redis, blob storage and the job queue.</summary>
    public static IHostApplicationBuilder AddSanctumInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.AddSanctumDatabase();
        builder.AddSanctumRedis();
        builder.AddSanctumBlobs();
        builder.AddJobQueue();
        return builder;
    }

    public static IHostApplicationBuilder AddSanctumDatabase(this IHostApplicationBuilder builder)
    {
        // EF sends the same few statements over and over; letting Npgsql prepare them saves PostgreSQL parsing and
        // planning each one (about 15% more writes per second in bench/mood.sh). Npgsql re-prepares after schema changes.
        var connectionString = new NpgsqlConnectionStringBuilder(RequiredConnectionString(builder.Configuration, ConnectionNames.Database))
        {
            MaxAutoPrepare = 50,
        }.ConnectionString;
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ReminderSourcesInterceptor>();
        builder.Services.AddSingleton<AuditingInterceptor>();
        builder.Services.AddSingleton<ContextCache>();
        builder.Services.AddSingleton<ContextInvalidationInterceptor>();
        builder.Services.AddScoped<CompanionContextBuilder>();
        builder.Services.AddDbContextPool<SanctumDbContext>((services, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure())
            .UseSnakeCaseNamingConvention()
            // Reminders follow their sources first, so the auditing interceptor sees (and audits) those changes too.
            // The companion's context goes stale after both (it is in the Workers too: they write pattern flags).
            .AddInterceptors(services.GetRequiredService<ReminderSourcesInterceptor>(), services.GetRequiredService<AuditingInterceptor>(),
                services.GetRequiredService<ContextInvalidationInterceptor>()));
        builder.Services.AddScoped<DatabaseMigrator>();

        builder.Services.AddHealthChecks().AddDbContextCheck<SanctumDbContext>(ConnectionNames.Database);
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddNpgsql())
            .WithMetrics(metrics => metrics.AddNpgsqlInstrumentation());
        return builder;
    }

    public static IHostApplicationBuilder AddSanctumRedis(this IHostApplicationBuilder builder)
    {
        var connectionString = RequiredConnectionString(builder.Configuration, ConnectionNames.Cache);
        var options = ConfigurationOptions.Parse(connectionString);
        // Start even while Redis is still coming up; the multiplexer reconnects by itself.
        options.AbortOnConnectFail = false;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        builder.Services.AddHealthChecks().AddRedis(
            services => services.GetRequiredService<IConnectionMultiplexer>(), name: ConnectionNames.Cache);
        return builder;
    }

    public static IHostApplicationBuilder AddSanctumBlobs(this IHostApplicationBuilder builder)
    {
        var connectionString = RequiredConnectionString(builder.Configuration, ConnectionNames.Blobs);
        builder.Services.AddSingleton(_ => new BlobServiceClient(connectionString));
        builder.Services.AddHealthChecks().AddCheck<BlobStorageHealthCheck>(ConnectionNames.Blobs);
        return builder;
    }

    public static string RequiredConnectionString(IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"ConnectionStrings:{name} is not set. Run Sanctum through Sanctum.AppHost, or set ConnectionStrings__{name}.");
}

internal sealed class BlobStorageHealthCheck(BlobServiceClient blobs) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await blobs.GetBlobContainersAsync(cancellationToken: cancellationToken).AsPages(pageSizeHint: 1)
                .GetAsyncEnumerator(cancellationToken).MoveNextAsync();
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Blob storage is not reachable", exception);
        }
    }
}
