using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Components.Pages.Dbt;

/// <summary>The day's card as the conversation fills it in; starts from what was saved earlier that day.</summary>
public sealed class DiaryCardForm
{
    public static readonly IReadOnlyList<string> Emotions = ["sadness", "anxiety", "anger", "shame", "joy"];

    public static readonly IReadOnlyList<(string Value, string Label)> Modules =
    [
        ("mindfulness", "Mindfulness"), ("distressTolerance", "Distress tolerance"),
        ("emotionRegulation", "Emotion regulation"), ("interpersonalEffectiveness", "Interpersonal effectiveness"),
    ];

    public Dictionary<string, int> EmotionRatings { get; } = [];
    public List<TargetBehaviourInfo> TargetBehaviours { get; private set; } = [];
    public string? BehaviourName { get; set; }
    public int? BehaviourUrge { get; set; }
    public bool? BehaviourActed { get; set; }
    public int? SelfHarmUrge { get; set; }
    public bool? SelfHarmActed { get; set; }
    public int? SuicidalThoughts { get; set; }
    public bool? SuicidalPlan { get; set; }
    public bool? UsedSkill { get; set; }
    public string SkillModule { get; set; } = "distressTolerance";
    public string? Skill { get; set; }
    public int? SkillEffectiveness { get; set; }
    public string? WhyNoSkills { get; set; }
    public bool? MedsAsPrescribed { get; set; }
    public decimal? SleepHours { get; set; }
    public bool? RegularMeals { get; set; }
    public int? ExerciseMinutes { get; set; }
    public string? Substances { get; set; }
    public string? Notes { get; set; }

    /// <summary>True when the answers call for the crisis lines to be shown alongside the saved card.</summary>
    public bool NeedsSupport => SuicidalThoughts >= 4 || SuicidalPlan == true || SelfHarmActed == true;

    public static DiaryCardForm From(DiaryCardInfo? card)
    {
        var form = new DiaryCardForm();
        if (card is null) return form;
        foreach (var (name, rating) in card.Emotions) form.EmotionRatings[name] = rating;
        form.TargetBehaviours = card.TargetBehaviours.ToList();
        form.SelfHarmUrge = card.SelfHarmUrge;
        form.SelfHarmActed = card.SelfHarmActed;
        form.SuicidalThoughts = card.SuicidalThoughts;
        form.SuicidalPlan = card.SuicidalPlan;
        form.UsedSkill = card.Skills.Count > 0 ? true : card.WhyNoSkills is null ? null : false;
        form.WhyNoSkills = card.WhyNoSkills;
        form.MedsAsPrescribed = card.MedsAsPrescribed;
        form.SleepHours = card.SleepHours;
        form.RegularMeals = card.RegularMeals;
        form.ExerciseMinutes = card.ExerciseMinutes;
        form.Substances = card.Substances;
        form.Notes = card.Notes;
        return form;
    }

    public DiaryCardRequest ToRequest()
    {
        var behaviours = TargetBehaviours.ToList();
        if (!string.IsNullOrWhiteSpace(BehaviourName))
        {
            behaviours.RemoveAll(b => string.Equals(b.Name, BehaviourName.Trim(), StringComparison.OrdinalIgnoreCase));
            behaviours.Add(new TargetBehaviourInfo(BehaviourName.Trim(), BehaviourUrge ?? 0, BehaviourActed ?? false));
        }

        return new DiaryCardRequest(new Dictionary<string, int>(EmotionRatings), behaviours, SelfHarmUrge, SelfHarmActed,
            SuicidalThoughts, SuicidalPlan, MedsAsPrescribed, SleepHours, RegularMeals, ExerciseMinutes, Substances,
            UsedSkill == false ? WhyNoSkills : null, Notes);
    }

    /// <summary>The skill use to add, when one was described.</summary>
    public SkillUseRequest? NewSkillUse() =>
        UsedSkill == true && !string.IsNullOrWhiteSpace(Skill) ? new SkillUseRequest(SkillModule, Skill.Trim(), null, SkillEffectiveness, null) : null;
}
