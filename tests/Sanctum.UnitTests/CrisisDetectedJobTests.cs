using Sanctum.Core.Safety;

namespace Sanctum.UnitTests;

/// <summary>Which detected crises call for alerts and a draft: current ones at moderate risk or above, never history.</summary>
public sealed class CrisisDetectedJobTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(RiskLevel.None, 0, false)]
    [InlineData(RiskLevel.Low, 0, false)]
    [InlineData(RiskLevel.Moderate, 0, true)]
    [InlineData(RiskLevel.High, 0, true)]
    [InlineData(RiskLevel.High, 60 * 23 + 59, true)]
    [InlineData(RiskLevel.High, 60 * 24, false)]
    [InlineData(RiskLevel.High, 60 * 24 * 30, false)]
    public void Only_a_crisis_at_moderate_or_above_within_the_last_day_calls_for_action(RiskLevel risk, int minutesAgo, bool acts)
    {
        var safetyEvent = new SafetyEvent { Source = "screening", Reason = "rule", Risk = risk, OccurredAt = Now.AddMinutes(-minutesAgo) };
        Assert.Equal(acts, CrisisDetectedJob.CallsForAction(safetyEvent, Now));
    }

    [Fact]
    public void A_crisis_already_handled_is_left_alone()
    {
        var safetyEvent = new SafetyEvent { Source = "screening", Reason = "rule", Risk = RiskLevel.High, OccurredAt = Now, HandledAt = Now };
        Assert.False(CrisisDetectedJob.CallsForAction(safetyEvent, Now));
    }
}
