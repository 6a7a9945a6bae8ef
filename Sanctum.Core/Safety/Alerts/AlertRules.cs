using Sanctum.Core.Profile;

namespace Sanctum.Core.Safety.Alerts;

/// <summary>An alert the rules say to send: which rule, to whom.</summary>
public sealed record PlannedAlert(AlertRule Rule, EmergencyContact Contact);

public static class AlertRules
{
    /// <summary>At most one alert per contact per rule in this window, however many events arrive.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromHours(24);

    /// <summary>
    /// Which alerts a crisis event sends: for each enabled crisis rule the event's risk reaches, each of its contacts
    /// who opted in and has an email, unless that rule already alerted that contact within the quiet period or for
    /// this same event (its risk can rise on a later edit). A contact named by two rules hears once per event.
    /// </summary>
    /// <param name="recentDeliveries">The person's deliveries within the quiet period, and any for this event.</param>
    public static IReadOnlyList<PlannedAlert> Evaluate(
        IEnumerable<AlertRule> rules, IEnumerable<EmergencyContact> contacts, IEnumerable<AlertDelivery> recentDeliveries,
        SafetyEvent safetyEvent, DateTimeOffset now)
    {
        var reachable = contacts
            .Where(c => c.UserId == safetyEvent.UserId && c.AlertsOptIn && !string.IsNullOrWhiteSpace(c.Email))
            .ToDictionary(c => c.Id);
        var quiet = recentDeliveries
            .Where(d => d.SentAt > now - QuietPeriod || d.SafetyEventId == safetyEvent.Id)
            .Select(d => (d.RuleId, d.ContactId))
            .ToHashSet();
        var alerted = new HashSet<Guid>();
        var planned = new List<PlannedAlert>();
        foreach (var rule in rules.Where(r => Fires(r, safetyEvent)).OrderBy(r => r.Id))
        {
            foreach (var contactId in rule.ContactIds)
            {
                if (reachable.TryGetValue(contactId, out var contact) && !quiet.Contains((rule.Id, contactId)) && alerted.Add(contactId))
                    planned.Add(new PlannedAlert(rule, contact));
            }
        }

        return planned;
    }

    private static bool Fires(AlertRule rule, SafetyEvent safetyEvent) =>
        rule.Enabled && rule.UserId == safetyEvent.UserId && rule.Trigger == AlertTrigger.CrisisDetected
        && safetyEvent.Risk >= rule.MinimumRisk;
}
