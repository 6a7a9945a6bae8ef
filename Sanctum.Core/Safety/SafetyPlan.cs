namespace Sanctum.Core.Safety;

/// <summary>
/// One saved version of a person's Stanley-Brown safety plan (clinical.md: six ordered steps plus what matters
/// most). Each save adds a row with the next version number; earlier rows are kept and never edited, so the
/// person (and later their clinician) can see how the plan changed. Crisis lines are not stored: they always
/// come from <see cref="CrisisResources"/>.
/// </summary>
public sealed class SafetyPlan : PersonalRecord
{
    /// <summary>1, 2, 3... per person; unique with the owner.</summary>
    public int Version { get; set; }

    /// <summary>Step 1: thoughts, moods and situations that mean a crisis may be coming.</summary>
    public List<string> WarningSigns { get; set; } = [];

    /// <summary>Step 2: things to do alone to take the mind off it.</summary>
    public List<string> CopingStrategies { get; set; } = [];

    /// <summary>Step 3: people and social settings that distract.</summary>
    public List<string> Distractions { get; set; } = [];

    /// <summary>Step 4: people to ask for help, in the person's words...</summary>
    public List<string> PeopleToAsk { get; set; } = [];

    /// <summary>...and, optionally, which of their emergency contacts they are.</summary>
    public List<Guid> ContactIds { get; set; } = [];

    /// <summary>Step 5: professionals and agencies, in the person's words...</summary>
    public List<string> Professionals { get; set; } = [];

    /// <summary>...and, optionally, which of their healthcare providers they are.</summary>
    public List<Guid> ProviderIds { get; set; } = [];

    /// <summary>Step 6: making the environment safe.</summary>
    public List<string> SafeEnvironment { get; set; } = [];

    /// <summary>The one thing most important to me and worth living for.</summary>
    public string? MattersMost { get; set; }
}
