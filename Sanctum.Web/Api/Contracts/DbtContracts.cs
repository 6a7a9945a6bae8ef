namespace Sanctum.Web.Api.Contracts;

public sealed record TargetBehaviourInfo(string Name, int Urge, bool Acted);

/// <summary>Module: mindfulness, distressTolerance, emotionRegulation or interpersonalEffectiveness.</summary>
public sealed record SkillUseInfo(
    Guid Id, string Module, string Skill, string? Situation, int? Effectiveness, string? Notes, CrisisInfo? Crisis = null);

public sealed record SkillUseRequest(string Module, string Skill, string? Situation, int? Effectiveness, string? Notes);

public sealed record DiaryCardInfo(
    Guid Id, DateOnly Date, Dictionary<string, int> Emotions, List<TargetBehaviourInfo> TargetBehaviours,
    int? SelfHarmUrge, bool? SelfHarmActed, int? SuicidalThoughts, bool? SuicidalPlan,
    bool? MedsAsPrescribed, decimal? SleepHours, bool? RegularMeals, int? ExerciseMinutes, string? Substances,
    string? WhyNoSkills, string? Notes, IReadOnlyList<SkillUseInfo> Skills, bool NeedsWhyNoSkills, CrisisInfo? Crisis = null,
    bool IsPrivate = false);

public sealed record DiaryCardRequest(
    Dictionary<string, int> Emotions, List<TargetBehaviourInfo> TargetBehaviours,
    int? SelfHarmUrge, bool? SelfHarmActed, int? SuicidalThoughts, bool? SuicidalPlan,
    bool? MedsAsPrescribed, decimal? SleepHours, bool? RegularMeals, int? ExerciseMinutes, string? Substances,
    string? WhyNoSkills, string? Notes, bool IsPrivate);

public sealed record NumberRowInfo(string Label, IReadOnlyList<decimal?> Days);

public sealed record FlagRowInfo(string Label, IReadOnlyList<bool?> Days);

public sealed record TextRowInfo(string Label, IReadOnlyList<string?> Days);

public sealed record UrgeRowInfo(string Label, IReadOnlyList<int?> Urges, IReadOnlyList<bool?> Acted);

public sealed record SkillOnDayInfo(DateOnly Date, string Skill, string? Situation, int? Effectiveness);

public sealed record ModuleSkillsInfo(string Module, IReadOnlyList<SkillOnDayInfo> Uses);

public sealed record DayBehaviourInfo(DateOnly Date, int EffectiveSkillUses, int UrgesNotActedOn, int Acts, int Effective, int Ineffective);

public sealed record DiaryWeekInfo(
    DateOnly WeekStart, IReadOnlyList<DateOnly> Days, IReadOnlyList<NumberRowInfo> Emotions, IReadOnlyList<UrgeRowInfo> TargetBehaviours,
    UrgeRowInfo SelfHarm, NumberRowInfo SuicidalThoughts, FlagRowInfo SuicidalPlan, IReadOnlyList<FlagRowInfo> PleaseFlags,
    IReadOnlyList<NumberRowInfo> PleaseAmounts, TextRowInfo Substances, IReadOnlyList<ModuleSkillsInfo> SkillsByModule,
    TextRowInfo WhyNoSkills, IReadOnlyList<DayBehaviourInfo> Behaviour);
