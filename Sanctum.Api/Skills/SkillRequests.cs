using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core.Skills;

namespace Sanctum.Api.Skills;

/// <summary>?framework=dbt&amp;category=distress-tolerance&amp;q=cold water: filters and a full-text search, all optional.</summary>
public sealed record SkillQuery(string? Framework, string? Category, string? Q) : IValidatedRequest
{
    public const int MaxQueryLength = 200;

    public SkillFramework? FrameworkValue => Enum.TryParse<SkillFramework>(Framework, ignoreCase: true, out var value) ? value : null;

    public void Validate(ValidationErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(Framework) && (FrameworkValue is null || int.TryParse(Framework, out _)))
            errors.Add("framework", "Choose dbt, cbt, schemaTherapy or mbsr.");
        if (!string.IsNullOrWhiteSpace(Category) && !SkillContent.All.Any(s => s.Category == Category.Trim()))
            errors.Add("category", $"Choose one of: {string.Join(", ", SkillContent.All.Select(s => s.Category).Distinct().Order())}.");
        errors.MaxLength("q", Q, MaxQueryLength);
    }
}

/// <summary>?emotion=anxious&amp;intensity=8&amp;situation=...: what is going on now.</summary>
public sealed record SuggestQuery(string? Emotion, int? Intensity, string? Situation, int? Count) : IValidatedRequest
{
    public const int MaxEmotionLength = 60;
    public const int MaxSituationLength = 1000;
    public const int MaxCount = 20;

    public void Validate(ValidationErrors errors)
    {
        if (Intensity is null) errors.Add("intensity", "Say how strong the feeling is, from 0 to 10.");
        errors.Range("intensity", Intensity, 0, 10);
        errors.MaxLength("emotion", Emotion, MaxEmotionLength);
        errors.MaxLength("situation", Situation, MaxSituationLength);
        errors.Range("count", Count, 1, MaxCount);
    }

    public SuggestionRequest ToRequest() => new(Emotion.TrimToNull(), Intensity!.Value, Situation.TrimToNull());
}

public sealed record MySkillRequest(SkillStatus? Status) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (Status is null) errors.Add("status", "Choose learning, practising or mastered.");
    }
}

/// <summary>A skill in a list: enough to choose one.</summary>
public sealed record SkillSummaryResponse(
    string Key, string Name, SkillFramework Framework, string Category, string Summary, int MinIntensity, int MaxIntensity)
{
    public static SkillSummaryResponse From(Skill s) => new(s.Key, s.Name, s.Framework, s.Category, s.Summary, s.MinIntensity, s.MaxIntensity);
}

/// <summary>A skill in full, with the caller's own progress when they have saved or used it.</summary>
public sealed record SkillResponse(
    string Key, string Name, SkillFramework Framework, string Category, SkillApproach Approach, string Summary, string WhenToUse,
    IReadOnlyList<string> Steps, string Example, string Cautions, int MinIntensity, int MaxIntensity, IReadOnlyList<string> Suits,
    IReadOnlyList<string> Aliases, MySkillResponse? Mine)
{
    public static SkillResponse From(Skill s, MySkillResponse? mine) => new(
        s.Key, s.Name, s.Framework, s.Category, s.Approach, s.Summary, s.WhenToUse, s.Steps, s.Example, s.Cautions,
        s.MinIntensity, s.MaxIntensity, s.Suits, s.Aliases, mine);
}

/// <summary>
/// A skill in the caller's own library: saved (with a status) and/or used on their diary card. PracticeCount counts
/// diary-card uses; AverageEffectiveness is over the uses rated 1-10 (see <see cref="SkillHistories"/> for the matching rule).
/// </summary>
public sealed record MySkillResponse(
    string Key, string Name, SkillFramework Framework, string Category, SkillStatus? Status, bool Saved, DateTimeOffset? SavedAt,
    int PracticeCount, int RatedCount, double? AverageEffectiveness)
{
    public static MySkillResponse From(Skill skill, UserSkill? saved, SkillHistory? history) => new(
        skill.Key, skill.Name, skill.Framework, skill.Category, saved?.Status, saved is not null, saved?.CreatedAt,
        history?.Uses ?? 0, history?.RatedUses ?? 0, history?.AverageEffectiveness);
}

public sealed record SuggestionResponse(
    string Key, string Name, SkillFramework Framework, string Category, string Summary, int Score, string Reason, IReadOnlyList<string> Reasons)
{
    public static SuggestionResponse From(SkillSuggestion s) =>
        new(s.Skill.Key, s.Skill.Name, s.Skill.Framework, s.Skill.Category, s.Skill.Summary, s.Score, s.Reason, s.Reasons);
}

/// <summary>The ranked skills; SafetyNote at the top of the scale; Crisis when what was written suggests risk (screened, never stored).</summary>
public sealed record SuggestionsResponse(IReadOnlyList<SuggestionResponse> Items, string? SafetyNote, ScreenResponse? Crisis);
