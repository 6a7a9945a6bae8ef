namespace Sanctum.Core.Trackers;

/// <summary>The specialised trackers. Each is opt-in: a person turns on the ones that fit them (Profile.Trackers).</summary>
public enum TrackerKind
{
    Menstrual,
    Abandonment,
    EmotionalIntensity,
    Relationship,
    Routine,
}
