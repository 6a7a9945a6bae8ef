using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core.Dbt;

namespace Sanctum.Api.Dbt;

public sealed record TargetBehaviourDto(string? Name, int? Urge, bool? Acted);

/// <summary>The whole card for one day; a PUT replaces what was there.</summary>
public sealed record DiaryCardRequest(
    Dictionary<string, int>? Emotions, List<TargetBehaviourDto>? TargetBehaviours,
    int? SelfHarmUrge, bool? SelfHarmActed, int? SuicidalThoughts, bool? SuicidalPlan,
    bool? MedsAsPrescribed, decimal? SleepHours, bool? RegularMeals, int? ExerciseMinutes, string? Substances,
    string? WhyNoSkills, string? Notes, bool IsPrivate) : IValidatedRequest
{
    private const int MaxRows = 20;

    public void Validate(ValidationErrors errors)
    {
        if (Emotions is { Count: > MaxRows }) errors.Add("emotions", $"At most {MaxRows} emotions.");
        foreach (var (name, rating) in Emotions ?? [])
        {
            if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 40) errors.Add("emotions", "Name each emotion in under 41 characters.");
            else errors.Range($"emotions.{name.Trim()}", rating, 0, 5);
        }

        if ((Emotions ?? []).Keys.Select(Normalise).Distinct().Count() != (Emotions?.Count ?? 0))
            errors.Add("emotions", "Each emotion should appear once.");

        if (TargetBehaviours is { Count: > MaxRows }) errors.Add("targetBehaviours", $"At most {MaxRows} target behaviours.");
        for (var i = 0; i < (TargetBehaviours?.Count ?? 0); i++)
        {
            errors.Required($"targetBehaviours[{i}].name", TargetBehaviours![i].Name, 100);
            if (TargetBehaviours[i].Urge is null) errors.Add($"targetBehaviours[{i}].urge", "Rate the urge from 0 to 5 (0 if there was none).");
            errors.Range($"targetBehaviours[{i}].urge", TargetBehaviours[i].Urge, 0, 5);
        }

        if (TargetBehaviours is not null
            && TargetBehaviours.Select(b => b.Name?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != TargetBehaviours.Count)
            errors.Add("targetBehaviours", "Each target behaviour should appear once.");

        errors.Range("selfHarmUrge", SelfHarmUrge, 0, 5);
        errors.Range("suicidalThoughts", SuicidalThoughts, 0, 5);
        if (SleepHours is < 0 or > 24) errors.Add("sleepHours", "Must be between 0 and 24.");
        errors.Range("exerciseMinutes", ExerciseMinutes, 0, 1440);
        errors.MaxLength("substances", Substances, 500);
        errors.MaxLength("whyNoSkills", WhyNoSkills, 1000);
        errors.MaxLength("notes", Notes, 4000);
    }

    /// <summary>Emotion names are stored trimmed and lower-case so "Sadness" and "sadness" are one row on the week.</summary>
    private static string Normalise(string name) => name.Trim().ToLowerInvariant();

    public void ApplyTo(DiaryCard card)
    {
        card.Emotions = (Emotions ?? []).ToDictionary(e => Normalise(e.Key), e => e.Value);
        card.TargetBehaviours = (TargetBehaviours ?? []).Select(b => new TargetBehaviour(b.Name!.Trim(), b.Urge!.Value, b.Acted ?? false)).ToList();
        card.SelfHarmUrge = SelfHarmUrge;
        card.SelfHarmActed = SelfHarmActed;
        card.SuicidalThoughts = SuicidalThoughts;
        card.SuicidalPlan = SuicidalPlan;
        card.MedsAsPrescribed = MedsAsPrescribed;
        card.SleepHours = SleepHours;
        card.RegularMeals = RegularMeals;
        card.ExerciseMinutes = ExerciseMinutes;
        card.Substances = Substances.TrimToNull();
        card.WhyNoSkills = WhyNoSkills.TrimToNull();
        card.Notes = Notes.TrimToNull();
        card.IsPrivate = IsPrivate;
    }
}

public sealed record SkillUseRequest(DbtModule? Module, string? Skill, string? Situation, int? Effectiveness, string? Notes) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (Module is null) errors.Add("module", "Choose mindfulness, distressTolerance, emotionRegulation or interpersonalEffectiveness.");
        errors.Required("skill", Skill, 100);
        errors.MaxLength("situation", Situation, 1000);
        errors.Range("effectiveness", Effectiveness, 1, 10);
        errors.MaxLength("notes", Notes, 2000);
    }

    public void ApplyTo(SkillUse use)
    {
        use.Module = Module!.Value;
        use.Skill = Skill!.Trim();
        use.Situation = Situation.TrimToNull();
        use.Effectiveness = Effectiveness;
        use.Notes = Notes.TrimToNull();
    }
}

public sealed record SkillUseResponse(
    Guid Id, DbtModule Module, string Skill, string? Situation, int? Effectiveness, string? Notes,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : ScreenedResponse
{
    public static SkillUseResponse From(SkillUse s) =>
        new(s.Id, s.Module, s.Skill, s.Situation, s.Effectiveness, s.Notes, s.CreatedAt, s.UpdatedAt);
}

/// <summary>
/// A card with its skill uses. NeedsWhyNoSkills is a prompt, not an error: no skill was logged and no reason given yet.
/// </summary>
public sealed record DiaryCardResponse(
    Guid Id, DateOnly Date, IReadOnlyDictionary<string, int> Emotions, IReadOnlyList<TargetBehaviour> TargetBehaviours,
    int? SelfHarmUrge, bool? SelfHarmActed, int? SuicidalThoughts, bool? SuicidalPlan,
    bool? MedsAsPrescribed, decimal? SleepHours, bool? RegularMeals, int? ExerciseMinutes, string? Substances,
    string? WhyNoSkills, string? Notes, IReadOnlyList<SkillUseResponse> Skills, bool NeedsWhyNoSkills, bool IsPrivate,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : ScreenedResponse
{
    public static DiaryCardResponse From(DiaryCard c, IEnumerable<SkillUse> skills)
    {
        var uses = skills.Where(s => s.DiaryCardId == c.Id).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Select(SkillUseResponse.From).ToList();
        return new(c.Id, c.Date, c.Emotions, c.TargetBehaviours, c.SelfHarmUrge, c.SelfHarmActed, c.SuicidalThoughts, c.SuicidalPlan,
            c.MedsAsPrescribed, c.SleepHours, c.RegularMeals, c.ExerciseMinutes, c.Substances, c.WhyNoSkills, c.Notes, uses,
            NeedsWhyNoSkills: uses.Count == 0 && c.WhyNoSkills is null, c.IsPrivate, c.CreatedAt, c.UpdatedAt);
    }
}
