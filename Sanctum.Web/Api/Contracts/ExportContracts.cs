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

public sealed record DaylioProblemInfo(int Line, string Message);

/// <summary>What a Daylio file added; Crisis when a note from the last day called for the crisis override.</summary>
public sealed record DaylioImportInfo(int Imported, int AlreadyThere, IReadOnlyList<DaylioProblemInfo> Problems, CrisisInfo? Crisis);

/// <summary>How many records of each kind came in.</summary>
public sealed record JsonImportInfo(IReadOnlyDictionary<string, int> Added);
