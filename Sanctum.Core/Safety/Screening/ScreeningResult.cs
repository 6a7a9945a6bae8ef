namespace Sanctum.Core.Safety.Screening;

/// <summary>What kind of risk a reason points at; text rules and structured signals share these.</summary>
public enum ScreeningCategory
{
    SuicidalIdeation,
    IndirectIdeation,
    SelfHarm,
    Plan,
    Means,
    Preparation,
    Goodbye,
    Hopelessness,
    Burden,
    OwnPhrase,
    CrisisMood,
    CrisisEpisode,
}

/// <summary>One rule that matched: its id, what it is about, the risk it gives, and what it matched (normalised).</summary>
public sealed record ScreeningReason(string Rule, ScreeningCategory Category, RiskLevel Risk, string Matched);

/// <summary>The highest risk any reason gives (none when nothing matched), with every reason.</summary>
public sealed record ScreeningResult(RiskLevel Risk, IReadOnlyList<ScreeningReason> Reasons)
{
    public static readonly ScreeningResult None = new(RiskLevel.None, []);

    public static ScreeningResult Of(IReadOnlyList<ScreeningReason> reasons) =>
        reasons.Count == 0 ? None : new(reasons.Max(r => r.Risk), reasons);
}
