using Sanctum.Core.Notifications;
using Sanctum.Core.Profile;

namespace Sanctum.Core.Safety.Alerts;

/// <summary>An alert the rules say to send: which rule, to whom, and by which channels that contact can be reached.</summary>
public sealed record PlannedAlert(AlertRule Rule, EmergencyContact Contact, IReadOnlyList<NotificationChannel> Channels);

public static class AlertRules
{
    /// <summary>At most one alert per contact per rule in this window, however often its trigger holds.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromHours(24);

    /// <summary>
    /// Which alerts a crisis event sends: for each enabled crisis rule the event's risk reaches, each of its contacts
    /// who can be reached (see <see cref="Plan"/>), unless that rule already alerted that contact within the quiet
    /// period or for this same event (its risk can rise on a later edit).
    /// </summary>
    /// <param name="recentDeliveries">The person's deliveries within the quiet period, and any for this event.</param>
    public static IReadOnlyList<PlannedAlert> Evaluate(
        IEnumerable<AlertRule> rules, IEnumerable<EmergencyContact> contacts, IEnumerable<AlertDelivery> recentDeliveries,
        SafetyEvent safetyEvent, DateTimeOffset now)
    {
        var firing = rules.Where(r => r.Enabled && r.UserId == safetyEvent.UserId && r.Trigger == AlertTrigger.CrisisDetected
            && safetyEvent.Risk >= r.MinimumRisk);
        var quiet = recentDeliveries.Where(d => d.SentAt > now - QuietPeriod || d.SafetyEventId == safetyEvent.Id);
        return Plan(safetyEvent.UserId, firing, contacts, quiet);
    }

    /// <summary>
    /// Who hears from rules that fire at once: each contact a rule names who belongs to the person, opted in and can
    /// be reached by the rule's channel (an email address, a phone), unless that rule alerted them in one of the
    /// <paramref name="quietDeliveries"/>. A contact named by two firing rules hears once.
    /// </summary>
    public static IReadOnlyList<PlannedAlert> Plan(
        Guid userId, IEnumerable<AlertRule> firing, IEnumerable<EmergencyContact> contacts, IEnumerable<AlertDelivery> quietDeliveries)
    {
        var optedIn = contacts.Where(c => c.UserId == userId && c.AlertsOptIn).ToDictionary(c => c.Id);
        var quiet = quietDeliveries.Select(d => (d.RuleId, d.ContactId)).ToHashSet();
        var alerted = new HashSet<Guid>();
        var planned = new List<PlannedAlert>();
        foreach (var rule in firing.Where(r => r.UserId == userId).OrderBy(r => r.Id))
        {
            foreach (var contactId in rule.ContactIds)
            {
                if (!optedIn.TryGetValue(contactId, out var contact) || quiet.Contains((rule.Id, contactId))) continue;
                var channels = ChannelsFor(rule.Channel, contact);
                if (channels.Count > 0 && alerted.Add(contactId)) planned.Add(new PlannedAlert(rule, contact, channels));
            }
        }

        return planned;
    }

    /// <summary>The channels of <paramref name="choice"/> this contact has the details for.</summary>
    public static IReadOnlyList<NotificationChannel> ChannelsFor(AlertChannel choice, EmergencyContact contact)
    {
        var channels = new List<NotificationChannel>(2);
        if (choice is (AlertChannel.Email or AlertChannel.Both) && !string.IsNullOrWhiteSpace(contact.Email)) channels.Add(NotificationChannel.Email);
        if (choice is (AlertChannel.Sms or AlertChannel.Both) && !string.IsNullOrWhiteSpace(contact.Phone)) channels.Add(NotificationChannel.Sms);
        return channels;
    }
}
