namespace Sanctum.Core.Safety;

public enum RiskLevel
{
    None,
    Low,
    Moderate,
    High,
}

/// <summary>
/// Something that may mean the person is not safe (a PHQ-9 item 9 answer, a C-SSRS result...). Raised by
/// deterministic rules; the safety net (screening, alerts) consumes these and marks them handled.
/// </summary>
public sealed class SafetyEvent : PersonalRecord
{
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The rule that raised it, e.g. "phq9.item9" or "cssrs".</summary>
    public required string Source { get; set; }

    public RiskLevel Risk { get; set; }
    public required string Reason { get; set; }
    public string? SourceEntityType { get; set; }
    public Guid? SourceEntityId { get; set; }
    public DateTimeOffset? HandledAt { get; set; }
}
