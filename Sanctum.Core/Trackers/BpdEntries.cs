namespace Sanctum.Core.Trackers;

/// <summary>A moment of fearing abandonment, written down with what the evidence actually said.</summary>
public sealed class AbandonmentEntry : PersonalRecord, IMayBePrivate
{
    public DateTimeOffset OccurredAt { get; set; }
    public required string TriggerSituation { get; set; }

    /// <summary>0-10.</summary>
    public int FearIntensity { get; set; }

    public string? PhysicalResponse { get; set; }
    public List<string> ThoughtPatterns { get; set; } = [];
    public string? BehaviourResponse { get; set; }
    public string? RealityCheckEvidence { get; set; }
    public string? Outcome { get; set; }
    public bool IsPrivate { get; set; }
}

/// <summary>A surge of emotion: how strong, how long, and what helped.</summary>
public sealed class EmotionalIntensityEntry : PersonalRecord, IMayBePrivate
{
    public DateTimeOffset OccurredAt { get; set; }
    public required string Emotion { get; set; }

    /// <summary>0-10.</summary>
    public int Intensity { get; set; }

    public string? Trigger { get; set; }
    public int? DurationMinutes { get; set; }
    public List<string> PhysicalSymptoms { get; set; } = [];
    public string? CopingUsed { get; set; }

    /// <summary>1-10: how much the coping helped.</summary>
    public int? Effectiveness { get; set; }

    public bool IsPrivate { get; set; }
}

public enum SplitNoticed
{
    None,
    Idealise,
    Devalue,
}

/// <summary>An interaction with someone that mattered, and any swing between idealising and devaluing them.</summary>
public sealed class RelationshipEntry : PersonalRecord, IMayBePrivate
{
    public DateTimeOffset OccurredAt { get; set; }
    public required string Person { get; set; }
    public required string Interaction { get; set; }
    public string? Feelings { get; set; }
    public SplitNoticed Split { get; set; }
    public string? RepairActions { get; set; }
    public bool IsPrivate { get; set; }
}
