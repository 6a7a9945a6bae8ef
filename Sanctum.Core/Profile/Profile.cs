namespace Sanctum.Core.Profile;

/// <summary>What a person has chosen to tell Sanctum about themselves. One per user.</summary>
public sealed class Profile : PersonalRecord
{
    public string? PreferredName { get; set; }
    public string? CompanionName { get; set; }
    public string? Pronouns { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public List<Diagnosis> Diagnoses { get; set; } = [];

    /// <summary>1-5: how much the person has told Sanctum so far; later features ask more at higher tiers.</summary>
    public int IntakeTier { get; set; } = 1;

    /// <summary>The specialised trackers the person turned on; none are on until they choose.</summary>
    public List<Trackers.TrackerKind> Trackers { get; set; } = [];
}

/// <summary>A diagnosis in the person's own words, with an ICD-10 code when they know it.</summary>
public sealed record Diagnosis(string Text, string? Icd10Code);
