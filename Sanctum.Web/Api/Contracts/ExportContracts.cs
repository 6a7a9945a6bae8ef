namespace Sanctum.Web.Api.Contracts;

/// <summary>
/// A file the person asked for. Kind and status are the Api's camelCase names (status: queued, running, done, failed,
/// expired); from and to are the person's own days, absent for the CSV and JSON exports of everything.
/// </summary>
public sealed record ExportInfo(
    Guid Id, string Kind, DateOnly? From, DateOnly? To, string Status, string? FailureReason, string FileName, long? SizeBytes,
    DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, DateTimeOffset? ExpiresAt)
{
    public bool InProgress => Status is "queued" or "running";
}

public sealed record ExportRequest(string Kind, DateOnly? From, DateOnly? To);

/// <summary>A link straight to the file, good for 15 minutes.</summary>
public sealed record DownloadLinkInfo(string Url, DateTimeOffset ExpiresAt);
