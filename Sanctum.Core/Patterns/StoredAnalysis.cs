using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sanctum.Core.Patterns;

public enum AnalysisStatus
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>What started an analysis: the person, the weekly run in their zone, or enough new shifts since the last one.</summary>
public enum AnalysisTrigger
{
    OnDemand,
    Weekly,
    NewShifts,
}

/// <summary>One analysis of a period: queued by the Api or the Workers' scanner, run by the Workers.</summary>
public sealed class StoredAnalysis : PersonalRecord
{
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public AnalysisTrigger Trigger { get; set; }
    public AnalysisStatus Status { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Why it failed, in words fit to show the person; null unless failed.</summary>
    public string? Error { get; set; }

    /// <summary>The <see cref="PatternReport"/> as JSON (<see cref="ReportJson"/>), once done.</summary>
    public string? Report { get; set; }
}

public enum FlagState
{
    New,
    Acknowledged,
    DiscussedWithProvider,
}

/// <summary>
/// A flag as the person keeps it: one row per <see cref="PatternFinding.Key"/>, refreshed by each analysis that finds
/// it again, so what they did with it ("acknowledged", "discussed with my provider") stays.
/// </summary>
public sealed class StoredFlag : PersonalRecord
{
    public required string Key { get; set; }
    public FlagType Type { get; set; }
    public FlagSeverity Severity { get; set; }
    public required string Description { get; set; }
    public List<string> SupportingData { get; set; } = [];
    public FlagState State { get; set; }

    /// <summary>The latest analysis that found it.</summary>
    public Guid AnalysisId { get; set; }

    public DateTimeOffset FirstFoundAt { get; set; }
    public DateTimeOffset LastFoundAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public DateTimeOffset? DiscussedAt { get; set; }
}

/// <summary>How reports are stored and read back: web casing, enums by name (readable, and safe to reorder).</summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write(PatternReport report) => JsonSerializer.Serialize(report, Options);

    public static PatternReport Read(string json) =>
        JsonSerializer.Deserialize<PatternReport>(json, Options) ?? throw new InvalidOperationException("An analysis report is empty.");
}

/// <summary>"Analyse this stored analysis's period": queued through the outbox, run by the Workers.</summary>
public sealed record PatternAnalysisJob(Guid AnalysisId)
{
    public const string JobType = "patterns.analyse";
}
