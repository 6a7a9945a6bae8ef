namespace Sanctum.Core.Trackers;

public enum MenstrualFlow
{
    None,
    Spotting,
    Light,
    Medium,
    Heavy,
}

/// <summary>One day of the menstrual tracker. The cycle day is the person's own count when they give one.</summary>
public sealed class MenstrualEntry : PersonalRecord, IMayBePrivate
{
    public DateOnly Date { get; set; }

    /// <summary>1-60, day 1 being the first day of bleeding.</summary>
    public int? CycleDay { get; set; }

    public MenstrualFlow Flow { get; set; }
    public List<string> Symptoms { get; set; } = [];

    /// <summary>1-10.</summary>
    public int? Energy { get; set; }

    /// <summary>Daily Record of Severity of Problems: item key to its 1-6 rating (see clinical.md).</summary>
    public Dictionary<string, int> DrspRatings { get; set; } = [];

    public string? Notes { get; set; }
    public bool IsPrivate { get; set; }
}
