namespace Sanctum.Core.Episodes;

public enum EpisodeType
{
    SuicidalCrisis,
    SevereDepression,
    Mania,
    Hypomania,
    Mixed,
    Psychosis,
    Hospitalization,
    Other,
}

/// <summary>
/// Whether the person has said an episode is theirs. A draft is one Sanctum started (after a crisis was detected) and
/// stays out of everything clinical (lists, summaries, the timeline, crisis signals, exports) until confirmed.
/// </summary>
public enum EpisodeStatus
{
    Confirmed,
    Draft,
}

/// <summary>A stretch of time the person wants a clinician to see as one event.</summary>
public sealed class Episode : PersonalRecord, IMayBePrivate
{
    public EpisodeStatus Status { get; set; } = EpisodeStatus.Confirmed;

    /// <summary>The safety event Sanctum drafted this episode from; null for episodes the person logged.</summary>
    public Guid? SafetyEventId { get; set; }

    public EpisodeType Type { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? Trigger { get; set; }
    public List<string> PhysicalSymptoms { get; set; } = [];
    public List<string> CognitiveSymptoms { get; set; } = [];
    public List<string> BehaviouralSymptoms { get; set; } = [];
    public List<string> WhatIDid { get; set; } = [];
    public List<string> WhatOthersDid { get; set; } = [];
    public string? MedicalIntervention { get; set; }
    public bool Hospitalized { get; set; }
    public string? HospitalName { get; set; }
    public string? HowItEnded { get; set; }
    public string? Impact { get; set; }
    public string? Notes { get; set; }

    /// <summary>Kept for the person only: left out of clinician reports and anything read through a grant.</summary>
    public bool IsPrivate { get; set; }
}

public enum InterventionType
{
    Called988,
    EmergencyContact,
    Therapist,
    Er,
    SkillsUsed,
    Other,
}

/// <summary>Something done to get through an episode, and how much it helped.</summary>
public sealed class CrisisIntervention : PersonalRecord
{
    public Guid EpisodeId { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public InterventionType Type { get; set; }
    public string? WhoHelped { get; set; }

    /// <summary>1-10.</summary>
    public int? Effectiveness { get; set; }

    public string? Notes { get; set; }
}
