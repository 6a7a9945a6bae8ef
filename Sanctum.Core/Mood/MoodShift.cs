namespace Sanctum.Core.Mood;

public enum FunctionalityLevel
{
    Crisis,
    Limited,
    Functional,
    High,
}

public enum LoggedBy
{
    User,
    Companion,
}

/// <summary>One noticed change of mood, at the exact time it happened. A state lasts until the next shift.</summary>
public sealed class MoodShift : PersonalRecord, IMayBePrivate
{
    public DateTimeOffset OccurredAt { get; set; }
    public string? PreviousState { get; set; }
    public required string CurrentState { get; set; }

    /// <summary>0-10: how strongly the state is felt.</summary>
    public int Intensity { get; set; }

    public string? Trigger { get; set; }
    public List<string> PhysicalSymptoms { get; set; } = [];
    public FunctionalityLevel Functionality { get; set; } = FunctionalityLevel.Functional;
    public string? Activity { get; set; }
    public string? Notes { get; set; }
    public LoggedBy LoggedBy { get; set; } = LoggedBy.User;

    /// <summary>Kept for the person only: left out of clinician reports and anything read through a grant.</summary>
    public bool IsPrivate { get; set; }
}

/// <summary>A state name a person added beyond the standard taxonomy.</summary>
public sealed class CustomMoodState : PersonalRecord
{
    public required string Name { get; set; }
}

/// <summary>
/// The standard taxonomy every analysis relies on. People may add their own names; analysis treats
/// those as their own category.
/// </summary>
public static class MoodStates
{
    public const string Crisis = "crisis";

    public static readonly IReadOnlyList<string> Standard =
    [
        "depressed", "low", "stable", "elevated", "hypomanic", "manic", "mixed", "anxious", "irritable", "numb", "dissociated", Crisis,
    ];

    public static bool IsStandard(string state) => Standard.Contains(state);
}
