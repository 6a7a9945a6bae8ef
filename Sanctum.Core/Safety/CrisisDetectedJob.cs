namespace Sanctum.Core.Safety;

/// <summary>
/// "A crisis was detected": queued through the outbox with the safety event that raised it (new, or its risk rose).
/// The Workers alert the person's contacts as their rules say and draft an episode for them to confirm.
/// </summary>
public sealed record CrisisDetectedJob(Guid SafetyEventId, RiskLevel Risk)
{
    public const string JobType = "crisis.detected";
    public const RiskLevel MinimumRisk = RiskLevel.Moderate;

    /// <summary>
    /// Only a crisis not yet acted on (a repeated job finds it handled; a risen one is re-opened) and within the last
    /// day calls for action: a past one logged later (last year's crisis episode, a questionnaire dated last month) is
    /// history for the record, not a reason to alarm anyone today.
    /// </summary>
    public static readonly TimeSpan ActionWindow = TimeSpan.FromHours(24);

    public static bool CallsForAction(SafetyEvent safetyEvent, DateTimeOffset now) =>
        safetyEvent.Risk >= MinimumRisk && safetyEvent.HandledAt is null && safetyEvent.OccurredAt > now - ActionWindow;
}
