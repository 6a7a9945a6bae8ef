namespace Sanctum.Web.Api.Contracts;

/// <summary>A library skill in a list. Framework is dbt, cbt, schemaTherapy or mbsr; Category a slug such as distress-tolerance.</summary>
public sealed record SkillSummaryInfo(string Key, string Name, string Framework, string Category, string Summary, int MinIntensity, int MaxIntensity);

/// <summary>A skill in full, with the person's own progress (null when they have neither saved nor used it).</summary>
public sealed record SkillInfo(
    string Key, string Name, string Framework, string Category, string Summary, string WhenToUse, IReadOnlyList<string> Steps,
    string Example, string Cautions, int MinIntensity, int MaxIntensity, MySkillInfo? Mine);

/// <summary>A skill in the person's library; Status is learning, practising or mastered, or null when only used on the diary card.</summary>
public sealed record MySkillInfo(
    string Key, string Name, string Framework, string Category, string? Status, bool Saved, int PracticeCount, int RatedCount,
    double? AverageEffectiveness);

public sealed record MySkillRequest(string Status);

public sealed record SuggestionInfo(string Key, string Name, string Framework, string Category, string Summary, string Reason);

/// <summary>Crisis is set when what was written suggests risk; its resources are the crisis lines.</summary>
public sealed record SuggestionsInfo(IReadOnlyList<SuggestionInfo> Items, string? SafetyNote, SuggestionCrisisInfo? Crisis);

public sealed record SuggestionCrisisInfo(string Risk, IReadOnlyList<CrisisResourceInfo> Resources);
