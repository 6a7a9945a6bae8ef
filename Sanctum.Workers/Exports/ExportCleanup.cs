using Azure.Storage.Blobs;
using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Exports;
using Sanctum.Core.Persistence;
using Sanctum.Workers.Migrations;

namespace Sanctum.Workers.Exports;

/// <summary>Every hour, deletes the files of exports past their seven days and marks those exports expired.</summary>
public sealed class ExportCleanup(
    IServiceScopeFactory scopes, BlobServiceClient blobs, TimeProvider time, MigrationState migrations, ILogger<ExportCleanup> logger)
    : PeriodicService(migrations, time, TimeSpan.FromHours(1))
{
    private const int Batch = 200;

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var removed = await RemoveExpiredAsync(scope.ServiceProvider.GetRequiredService<SanctumDbContext>(), blobs, Time.GetUtcNow(), stoppingToken);
            if (removed > 0) logger.LogInformation("Removed {Count} expired export files", removed);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Export clean-up failed; trying again next hour");
        }
    }

    /// <summary>
    /// Deletes the blob before marking the export, so a failure part-way leaves it to be found again next time; a blob
    /// already gone is fine.
    /// </summary>
    public static async Task<int> RemoveExpiredAsync(SanctumDbContext db, BlobServiceClient blobs, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var container = blobs.GetBlobContainerClient(ExportJob.Container);
        var total = 0;
        List<Export> expired;
        do
        {
            expired = await db.Exports.Where(e => e.Status == ExportStatus.Done && e.ExpiresAt <= now)
                .OrderBy(e => e.ExpiresAt).Take(Batch).ToListAsync(cancellationToken);
            foreach (var export in expired)
            {
                if (export.BlobName is { } name) await container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken);
                export.Status = ExportStatus.Expired;
                export.BlobName = null;
            }

            await db.SaveChangesAsync(cancellationToken);
            total += expired.Count;
        } while (expired.Count == Batch);

        return total;
    }
}
