using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Core.Compliance;
using Sanctum.Core.Exports;
using Sanctum.Core.Notifications;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Exports;

/// <summary>{kind, from, to}: local dates, inclusive; a period is needed for reports and FHIR, never for CSV and JSON.</summary>
public sealed record CreateExportRequest(string? Kind, DateOnly? From, DateOnly? To) : IValidatedRequest
{
    public ExportKind? ParsedKind =>
        Kind is { Length: > 0 } text && !char.IsAsciiDigit(text[0]) && Enum.TryParse<ExportKind>(text, ignoreCase: true, out var kind) ? kind : null;

    public void Validate(ValidationErrors errors)
    {
        if (ParsedKind is not { } kind)
        {
            errors.Add("kind", "Choose one of: " + string.Join(", ", Enum.GetNames<ExportKind>().Select(n => n.ToLowerInvariant())) + ".");
            return;
        }

        if (!Export.HasPeriod(kind)) return;
        if (From is null) errors.Add("from", "Choose the first day to include.");
        if (To is null) errors.Add("to", "Choose the last day to include.");
        errors.DaySpan(From, To, Export.MaxDays);
    }
}

public sealed record ExportResponse(
    Guid Id, ExportKind Kind, DateOnly? From, DateOnly? To, ExportStatus Status, string? FailureReason, string FileName, long? SizeBytes,
    DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, DateTimeOffset? ExpiresAt)
{
    public static ExportResponse Of(Export e) =>
        new(e.Id, e.Kind, e.From, e.To, e.Status, e.FailureReason, e.FileName, e.SizeBytes, e.CreatedAt, e.FinishedAt, e.ExpiresAt);
}

/// <summary>A link straight to the file in blob storage, good until <see cref="ExpiresAt"/>.</summary>
public sealed record DownloadLink(string Url, DateTimeOffset ExpiresAt);

public static class ExportsApi
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(15);

    public static RouteGroupBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/api/v1/exports").WithTags("Exports").RequireAuthorization();
        exports.MapPost("/", Create).WithValidation();
        exports.MapGet("/", List).WithValidation();
        exports.MapGet("/{id:guid}", Get);
        exports.MapGet("/{id:guid}/download", Download);
        return exports;
    }

    private static async Task<Results<Accepted<ExportResponse>, ValidationProblem>> Create(
        CreateExportRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var kind = request.ParsedKind!.Value;
        if (Export.HasPeriod(kind) && request.From > (await UserZone.ForAsync(db, userId, cancellationToken)).Today(time))
            return ValidationErrors.Problem("from", "The period must start today or earlier.");

        var export = new Export
        {
            UserId = userId,
            Kind = kind,
            From = Export.HasPeriod(kind) ? request.From : null,
            To = Export.HasPeriod(kind) ? request.To : null,
        };
        db.Exports.Add(export);
        db.QueueJob(ExportJob.JobType, new ExportJob(export.Id));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/v1/exports/{export.Id}", ExportResponse.Of(export));
    }

    private static async Task<Ok<PagedList<ExportResponse>>> List(
        [AsParameters] PageQuery page, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var ordered = db.Exports.AsNoTracking().Where(e => e.UserId == userId).OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id);
        return TypedResults.Ok(await ordered.ToPageAsync(page, ExportResponse.Of, cancellationToken));
    }

    private static async Task<Results<Ok<ExportResponse>, NotFound>> Get(Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var export = await db.Exports.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.UserId == userId, cancellationToken);
        return export is null ? TypedResults.NotFound() : TypedResults.Ok(ExportResponse.Of(export));
    }

    /// <summary>A read-only link to the file valid for 15 minutes; each one handed out is audited.</summary>
    private static async Task<Results<Ok<DownloadLink>, NotFound, ProblemHttpResult>> Download(
        Guid id, HttpContext http, SanctumDbContext db, BlobServiceClient blobs, IAuditContext audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var export = await db.Exports.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.UserId == userId, cancellationToken);
        if (export is null) return TypedResults.NotFound();
        if (export is not { Status: ExportStatus.Done, BlobName: { } blobName })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: export.Status == ExportStatus.Expired
                ? "This file has expired. You can ask for a new one."
                : "This file isn't ready to download.");
        }

        var expiresAt = time.GetUtcNow() + LinkLifetime;
        var blob = blobs.GetBlobContainerClient(ExportJob.Container).GetBlobClient(blobName);
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, expiresAt)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
            ContentDisposition = $"attachment; filename=\"{export.FileName}\"",
        };
        db.Record(audit, time, userId, "export_downloaded", AuditNames.EntityType(typeof(Export)), export.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new DownloadLink(blob.GenerateSasUri(sas).ToString(), expiresAt));
    }
}
