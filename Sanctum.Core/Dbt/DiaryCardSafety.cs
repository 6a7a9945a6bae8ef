using Sanctum.Core.Safety;

namespace Sanctum.Core.Dbt;

/// <summary>What a safety rule found on a card, ready to become a SafetyEvent.</summary>
public sealed record SafetySignal(string Source, RiskLevel Risk, string Reason);

/// <summary>The diary card's safety rules: strong suicidal thoughts, a plan, or a self-harm act. Pure, deterministic.</summary>
public static class DiaryCardSafety
{
    public const string SuicidalThoughtsSource = "dbt.suicidal_thoughts";
    public const string SelfHarmActSource = "dbt.self_harm_act";

    /// <summary>Suicidal thoughts rated this high (of 5) or above are raised even without a plan.</summary>
    public const int SuicidalThoughtsThreshold = 4;

    public static IReadOnlyList<SafetySignal> Signals(DiaryCard card)
    {
        var signals = new List<SafetySignal>();
        if (card.SuicidalPlan == true)
            signals.Add(new(SuicidalThoughtsSource, RiskLevel.High, $"The diary card for {card.Date:yyyy-MM-dd} notes a suicidal plan."));
        else if (card.SuicidalThoughts >= SuicidalThoughtsThreshold)
            signals.Add(new(SuicidalThoughtsSource, RiskLevel.Moderate,
                $"Suicidal thoughts were rated {card.SuicidalThoughts} of 5 on the diary card for {card.Date:yyyy-MM-dd}."));
        if (card.SelfHarmActed == true)
            signals.Add(new(SelfHarmActSource, RiskLevel.High, $"The diary card for {card.Date:yyyy-MM-dd} notes acting on a self-harm urge."));
        return signals;
    }
}
