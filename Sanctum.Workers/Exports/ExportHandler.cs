using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Exports;
using Sanctum.Core.Jobs;
using Sanctum.Core.Persistence;
using Sanctum.Core.Reports;

namespace Sanctum.Workers.Exports;

/// <summary>
/// Builds a requested export, puts the file in blob storage under the person's folder and marks the export done. Runs
/// at least once per export: a finished one is left alone, and a rerun overwrites the same blob. A reason the person
/// can act on fails it at once; anything else is retried, and once the queue gives up the export fails with a plain
/// "try again".
/// </summary>
public sealed class ExportHandler(
    IServiceScopeFactory scopes, BlobServiceClient blobs, IReportRenderer renderer, TimeProvider time, ILogger<ExportHandler> logger)
    : IJobHandler
{
    public const string GaveUpReason = "Something went wrong making this file. Please try again.";

    public string JobType => ExportJob.JobType;

    public async Task HandleAsync(Job job, CancellationToken cancellationToken)
    {
        var id = job.PayloadAs<ExportJob>().ExportId;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SanctumDbContext>();
        var export = await db.Exports.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (export is null || export.Status is not (ExportStatus.Queued or ExportStatus.Running)) return; // deleted, or finished by an earlier run

        export.Status = ExportStatus.Running;
        await db.SaveChangesAsync(cancellationToken);

        byte[] file;
        try
        {
            file = await BuildAsync(db, export, cancellationToken);
        }
        catch (ExportFailedException failed)
        {
            await FinishAsync(db, export, ExportStatus.Failed, failed.Message, cancellationToken);
            return;
        }

        var blobName = $"{export.UserId}/{export.Id}.{export.FileType.Extension}";
        var container = blobs.GetBlobContainerClient(ExportJob.Container);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await container.GetBlobClient(blobName).UploadAsync(new BinaryData(file), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = export.FileType.ContentType },
        }, cancellationToken);

        export.BlobName = blobName;
        export.SizeBytes = file.Length;
        await FinishAsync(db, export, ExportStatus.Done, null, cancellationToken);
    }

    public async Task DeadLetteredAsync(Job job, CancellationToken cancellationToken)
    {
        var id = job.PayloadAs<ExportJob>().ExportId;
        logger.LogError("Gave up building export {ExportId}: {Error}", id, job.LastError);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SanctumDbContext>();
        var export = await db.Exports.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (export is { Status: ExportStatus.Queued or ExportStatus.Running })
            await FinishAsync(db, export, ExportStatus.Failed, GaveUpReason, cancellationToken);
    }

    private async Task<byte[]> BuildAsync(SanctumDbContext db, Export export, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!Export.HasPeriod(export.Kind))
        {
            var document = await PersonalData.ReadAsync(db, export.UserId, now, cancellationToken);
            return export.Kind == ExportKind.Csv ? CsvExport.Zip(document) : JsonSerializer.SerializeToUtf8Bytes(document, PersonalData.Json);
        }

        var (from, to) = (export.From!.Value, export.To!.Value);
        var data = await ReportSources.LoadAsync(db, export.UserId, from, to, now, includePrivate: export.Kind == ExportKind.Personal, cancellationToken);
        return Export.ReportOf(export.Kind) is { } report
            ? await renderer.RenderAsync(report, data, new ReportContext(from, to, now), cancellationToken)
            : FhirExport.Serialize(data);
    }

    private async Task FinishAsync(SanctumDbContext db, Export export, ExportStatus status, string? reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        export.Status = status;
        export.FailureReason = reason;
        export.FinishedAt = now;
        export.ExpiresAt = status == ExportStatus.Done ? now + Export.Lifetime : null;
        await db.SaveChangesAsync(cancellationToken);
    }
}
