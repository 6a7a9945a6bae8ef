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

    /// <summary>Behaviours described in this pass; "Add another" adds a row. Rows left without a name are skipped.</summary>
    public List<BehaviourDraft> NewBehaviours { get; } = [new()];
    public int? SelfHarmUrge { get; set; }
    public bool? SelfHarmActed { get; set; }
    public int? SuicidalThoughts { get; set; }
    public bool? SuicidalPlan { get; set; }
    public bool? UsedSkill { get; set; }

    /// <summary>Skills described in this pass; "Add another" adds a row. Rows left without a skill are skipped.</summary>
    public List<SkillDraft> NewSkills { get; private set; } = [new()];
    public string? WhyNoSkills { get; set; }
    public bool? MedsAsPrescribed { get; set; }
    public decimal? SleepHours { get; set; }
    public bool? RegularMeals { get; set; }
    public int? ExerciseMinutes { get; set; }
    public string? Substances { get; set; }
    public string? Notes { get; set; }
    public bool IsPrivate { get; set; }

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
        form.IsPrivate = card.IsPrivate;
        return form;
    }

    public DiaryCardRequest ToRequest()
    {
        // A behaviour named again (earlier today or twice now) keeps its latest answers.
        var behaviours = TargetBehaviours.ToList();
        foreach (var draft in NewBehaviours.Where(d => !string.IsNullOrWhiteSpace(d.Name)))
        {
            var name = draft.Name!.Trim();
            behaviours.RemoveAll(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase));
            behaviours.Add(new TargetBehaviourInfo(name, draft.Urge ?? 0, draft.Acted ?? false));
        }

        return new DiaryCardRequest(new Dictionary<string, int>(EmotionRatings), behaviours, SelfHarmUrge, SelfHarmActed,
            SuicidalThoughts, SuicidalPlan, MedsAsPrescribed, SleepHours, RegularMeals, ExerciseMinutes, Substances,
            UsedSkill == false ? WhyNoSkills : null, Notes, IsPrivate);
    }

    /// <summary>The skill uses to add: those described, when a skill was used.</summary>
    public IReadOnlyList<SkillUseRequest> NewSkillUses() => UsedSkill == true
        ? NewSkills.Where(d => !string.IsNullOrWhiteSpace(d.Skill)).Select(d => new SkillUseRequest(d.Module, d.Skill!.Trim(), null, d.Effectiveness, null)).ToList()
        : [];

    /// <summary>Once added, skills are on the card; a later pass starts with one empty row again.</summary>
    public void ClearNewSkills() => NewSkills = [new()];
}

public sealed class BehaviourDraft
{
    public string? Name { get; set; }
    public int? Urge { get; set; }
    public bool? Acted { get; set; }
}

public sealed class SkillDraft
{
    public string Module { get; set; } = "distressTolerance";
    public string? Skill { get; set; }
    public int? Effectiveness { get; set; }
}
