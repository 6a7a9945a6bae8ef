namespace Sanctum.Core.Medications;

public enum DoseStatus
{
    Taken,
    Missed,
    Skipped,
}

/// <summary>One scheduled dose and what happened to it.</summary>
public sealed class DoseLog : PersonalRecord
{
    public Guid MedicationId { get; set; }
    public DateTimeOffset ScheduledAt { get; set; }
    public DateTimeOffset? TakenAt { get; set; }
    public DoseStatus Status { get; set; }
    public string? Reason { get; set; }
    public string? Notes { get; set; }
}

public sealed class SideEffect : PersonalRecord
{
    public Guid MedicationId { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public required string Effect { get; set; }

    /// <summary>1-10.</summary>
    public int Severity { get; set; }

    public decimal? DurationHours { get; set; }
    public string? ActionTaken { get; set; }
}

public enum MedicationChangeType
{
    Started,
    Stopped,
    DoseIncreased,
    DoseDecreased,
}

/// <summary>A prescribing decision; together they form the medication's timeline.</summary>
public sealed class MedicationChange : PersonalRecord
{
    public Guid MedicationId { get; set; }
    public DateOnly Date { get; set; }
    public MedicationChangeType Type { get; set; }
    public decimal? OldDose { get; set; }
    public decimal? NewDose { get; set; }
    public string? Prescriber { get; set; }
    public string? Reason { get; set; }
    public string? Notes { get; set; }
}
