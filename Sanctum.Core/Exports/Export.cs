using Sanctum.Core.Reports;

namespace Sanctum.Core.Exports;

public enum ExportKind
{
    Psychiatrist,
    Therapist,
    Disability,
    Personal,
    Csv,
    Json,
    Fhir,
}

public enum ExportStatus
{
    Queued,
    Running,
    Done,
    Failed,

    /// <summary>Done once; the file was removed when it expired.</summary>
    Expired,
}

/// <summary>A file a person asked for: built by the Workers, kept in blob storage for <see cref="Lifetime"/>.</summary>
public sealed class Export : PersonalRecord
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>A report or FHIR bundle covers a year at most; CSV and JSON always hold everything.</summary>
    public const int MaxDays = 366;

    public ExportKind Kind { get; set; }

    /// <summary>The period in the person's own days, inclusive; null for CSV and JSON.</summary>
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
    public ExportStatus Status { get; set; } = ExportStatus.Queued;

    /// <summary>Why it failed, in words the person can read.</summary>
    public string? FailureReason { get; set; }

    public string? BlobName { get; set; }
    public long? SizeBytes { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }

    public static bool HasPeriod(ExportKind kind) => kind is not (ExportKind.Csv or ExportKind.Json);

    /// <summary>The PDF report an export kind asks for, or null for the data exports.</summary>
    public static ReportKind? ReportOf(ExportKind kind) => kind switch
    {
        ExportKind.Psychiatrist => ReportKind.Psychiatrist,
        ExportKind.Therapist => ReportKind.Therapist,
        ExportKind.Disability => ReportKind.Disability,
        ExportKind.Personal => ReportKind.Personal,
        _ => null,
    };

    public (string Extension, string ContentType) FileType => Kind switch
    {
        ExportKind.Csv => ("zip", "application/zip"),
        ExportKind.Json => ("json", "application/json"),
        ExportKind.Fhir => ("fhir.json", "application/fhir+json"),
        _ => ("pdf", "application/pdf"),
    };

    /// <summary>What the downloaded file is called: "sanctum-psychiatrist-2026-01-01-to-2026-01-31.pdf".</summary>
    public string FileName => From is { } from && To is { } to
        ? $"sanctum-{Kind.ToString().ToLowerInvariant()}-{from:yyyy-MM-dd}-to-{to:yyyy-MM-dd}.{FileType.Extension}"
        : $"sanctum-{Kind.ToString().ToLowerInvariant()}-{CreatedAt:yyyy-MM-dd}.{FileType.Extension}";
}

/// <summary>"Build this export": queued through the outbox when the export is requested.</summary>
public sealed record ExportJob(Guid ExportId)
{
    public const string JobType = "export.build";

    /// <summary>The blob container every export file lives in, one folder per person.</summary>
    public const string Container = "exports";
}

/// <summary>An export that cannot be made, for a reason retrying won't change; the reason is shown to the person.</summary>
public sealed class ExportFailedException(string reason) : Exception(reason);
