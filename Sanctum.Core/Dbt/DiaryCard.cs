namespace Sanctum.Core.Dbt;

public enum DbtModule
{
    Mindfulness,
    DistressTolerance,
    EmotionRegulation,
    InterpersonalEffectiveness,
}

/// <summary>A target behaviour as the paper card has it: the urge (0-5) and whether it was acted on, independently.</summary>
public sealed record TargetBehaviour(string Name, int Urge, bool Acted);

/// <summary>One DBT diary card per local day.</summary>
public sealed class DiaryCard : PersonalRecord, IMayBePrivate
{
    public DateOnly Date { get; set; }

    /// <summary>0-5 per emotion: sadness, anxiety, anger, shame, joy, plus any the person adds.</summary>
    public Dictionary<string, int> Emotions { get; set; } = [];

    public List<TargetBehaviour> TargetBehaviours { get; set; } = [];

    public int? SelfHarmUrge { get; set; }
    public bool? SelfHarmActed { get; set; }
    public int? SuicidalThoughts { get; set; }
    public bool? SuicidalPlan { get; set; }

    // PLEASE skills: treat Physical illness, balance Eating, avoid mood-Altering substances, balance Sleep, get Exercise.
    public bool? MedsAsPrescribed { get; set; }
    public decimal? SleepHours { get; set; }
    public bool? RegularMeals { get; set; }
    public int? ExerciseMinutes { get; set; }
    public string? Substances { get; set; }

    /// <summary>Asked when no skill was used that day: the card records why, not just the absence.</summary>
    public string? WhyNoSkills { get; set; }

    public string? Notes { get; set; }

    /// <summary>Kept for the person only: left out of clinician reports and anything read through a grant.</summary>
    public bool IsPrivate { get; set; }
}

/// <summary>A skill used on a card's day, and how well it worked.</summary>
public sealed class SkillUse : PersonalRecord
{
    public Guid DiaryCardId { get; set; }
    public DbtModule Module { get; set; }
    public required string Skill { get; set; }
    public string? Situation { get; set; }

    /// <summary>1-10.</summary>
    public int? Effectiveness { get; set; }

    public string? Notes { get; set; }
}
