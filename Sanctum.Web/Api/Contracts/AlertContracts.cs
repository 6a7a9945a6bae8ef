using Sanctum.Web.Components.Pages.Alerts;

namespace Sanctum.Web.Api.Contracts;

/// <summary>
/// One of the person's alert rules. Trigger ("crisisDetected", "missedMedication", "rapidCycling", "noCheckIn"),
/// minimum risk ("moderate", "high") and channel ("email", "sms", "both") are the Api's camelCase names.
/// </summary>
public sealed record AlertRuleInfo(
    Guid Id, string Trigger, string MinimumRisk, int? Days, string Channel, IReadOnlyList<Guid> ContactIds, bool Enabled,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : IPersonalRecord
{
    /// <summary>The rule in words ("If you haven't checked in for 3 days"), so shared lists can name it.</summary>
    public string Name => AlertWording.Rule(this);
}

public sealed record AlertRuleRequest(string Trigger, string? MinimumRisk, int? Days, string Channel, IReadOnlyList<Guid> ContactIds, bool Enabled);

/// <summary>One alert sent: why, to whom, how and when, and whether it arrived. Status as in <see cref="NotificationInfo"/>.</summary>
public sealed record AlertSentInfo(
    Guid Id, Guid RuleId, string Trigger, Guid ContactId, string ContactName, string Channel, string? RecipientEmail,
    string? RecipientPhone, DateTimeOffset SentAt, string Status, int Attempts);
