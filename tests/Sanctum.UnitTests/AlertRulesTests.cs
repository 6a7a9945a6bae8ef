using Sanctum.Core.Notifications;
using Sanctum.Core.Profile;
using Sanctum.Core.Safety;
using Sanctum.Core.Safety.Alerts;

namespace Sanctum.UnitTests;

public sealed class AlertRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Me = Guid.NewGuid();

    private readonly EmergencyContact _optedIn = Contact("Sam", optIn: true);
    private readonly EmergencyContact _notOptedIn = Contact("Alex", optIn: false);

    [Fact]
    public void A_high_event_alerts_each_opted_in_contact_of_a_matching_rule_and_no_one_else()
    {
        var rule = Rule(RiskLevel.High, _optedIn, _notOptedIn);
        var planned = Evaluate([rule], [], Event(RiskLevel.High));
        var alert = Assert.Single(planned);
        Assert.Same(rule, alert.Rule);
        Assert.Same(_optedIn, alert.Contact);
    }

    [Theory]
    [InlineData(RiskLevel.Moderate, RiskLevel.Low, false)]
    [InlineData(RiskLevel.Moderate, RiskLevel.Moderate, true)]
    [InlineData(RiskLevel.Moderate, RiskLevel.High, true)]
    [InlineData(RiskLevel.High, RiskLevel.Moderate, false)]
    [InlineData(RiskLevel.High, RiskLevel.High, true)]
    public void The_event_must_reach_the_rules_minimum_risk(RiskLevel minimum, RiskLevel risk, bool fires) =>
        Assert.Equal(fires, Evaluate([Rule(minimum, _optedIn)], [], Event(risk)).Count == 1);

    [Fact]
    public void A_disabled_rule_sends_nothing()
    {
        var rule = Rule(RiskLevel.Moderate, _optedIn);
        rule.Enabled = false;
        Assert.Empty(Evaluate([rule], [], Event(RiskLevel.High)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_contact_without_an_email_cannot_be_alerted(string? email)
    {
        _optedIn.Email = email;
        Assert.Empty(Evaluate([Rule(RiskLevel.Moderate, _optedIn)], [], Event(RiskLevel.High)));
    }

    [Fact]
    public void A_contact_the_rule_does_not_name_is_not_alerted() =>
        Assert.Empty(Evaluate([Rule(RiskLevel.Moderate)], [], Event(RiskLevel.High)));

    [Fact]
    public void Another_persons_rule_or_contact_never_fires()
    {
        var theirContact = Contact("Pat", optIn: true);
        theirContact.UserId = Guid.NewGuid();
        var theirRule = Rule(RiskLevel.Moderate, _optedIn);
        theirRule.UserId = Guid.NewGuid();
        Assert.Empty(Evaluate([theirRule, Rule(RiskLevel.Moderate, theirContact)], [], Event(RiskLevel.High)));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(60, false)]
    [InlineData(24 * 60 - 1, false)]
    [InlineData(24 * 60, true)]
    [InlineData(24 * 60 + 1, true)]
    public void A_rule_alerts_a_contact_at_most_once_in_24_hours(int minutesAgo, bool sends)
    {
        var rule = Rule(RiskLevel.Moderate, _optedIn);
        var earlier = Delivery(rule, _optedIn, Now.AddMinutes(-minutesAgo));
        Assert.Equal(sends, Evaluate([rule], [earlier], Event(RiskLevel.High)).Count == 1);
    }

    [Fact]
    public void An_event_whose_risk_rises_days_later_does_not_alert_the_same_contact_again()
    {
        var rule = Rule(RiskLevel.Moderate, _optedIn);
        var safetyEvent = Event(RiskLevel.High);
        var earlier = Delivery(rule, _optedIn, Now.AddDays(-3));
        earlier.SafetyEventId = safetyEvent.Id;
        Assert.Empty(Evaluate([rule], [earlier], safetyEvent));
    }

    [Fact]
    public void The_24_hour_limit_is_per_rule_and_per_contact()
    {
        var other = Contact("Jo", optIn: true);
        var rule = Rule(RiskLevel.Moderate, _optedIn, other);
        var otherRule = Rule(RiskLevel.Moderate, _optedIn);
        var planned = Evaluate([rule], [Delivery(rule, _optedIn, Now.AddHours(-1)), Delivery(otherRule, other, Now.AddHours(-1))],
            Event(RiskLevel.High), other);
        Assert.Same(other, Assert.Single(planned).Contact);
    }

    [Fact]
    public void A_contact_named_by_two_rules_hears_once_per_event()
    {
        var planned = Evaluate([Rule(RiskLevel.Moderate, _optedIn), Rule(RiskLevel.High, _optedIn)], [], Event(RiskLevel.High));
        Assert.Same(_optedIn, Assert.Single(planned).Contact);
    }

    [Theory]
    [InlineData(AlertChannel.Email, "sam@example.test", "555-0101", new[] { NotificationChannel.Email })]
    [InlineData(AlertChannel.Sms, "sam@example.test", "555-0101", new[] { NotificationChannel.Sms })]
    [InlineData(AlertChannel.Both, "sam@example.test", "555-0101", new[] { NotificationChannel.Email, NotificationChannel.Sms })]
    [InlineData(AlertChannel.Both, null, "555-0101", new[] { NotificationChannel.Sms })]
    [InlineData(AlertChannel.Both, "sam@example.test", " ", new[] { NotificationChannel.Email })]
    [InlineData(AlertChannel.Sms, "sam@example.test", null, new NotificationChannel[0])]
    [InlineData(AlertChannel.Both, null, null, new NotificationChannel[0])]
    public void A_contact_hears_by_each_chosen_channel_they_have_details_for(
        AlertChannel choice, string? email, string? phone, NotificationChannel[] expected)
    {
        _optedIn.Email = email;
        _optedIn.Phone = phone;
        var rule = Rule(RiskLevel.Moderate, _optedIn);
        rule.Channel = choice;
        var planned = Evaluate([rule], [], Event(RiskLevel.High));
        Assert.Equal(expected, planned.SelectMany(p => p.Channels));
    }

    [Fact]
    public void Rules_firing_on_the_scan_share_the_24_hour_limit_and_the_one_message_per_contact()
    {
        var other = Contact("Jo", optIn: true);
        var missed = Rule(RiskLevel.High, _optedIn, other, _notOptedIn);
        missed.Trigger = AlertTrigger.MissedMedication;
        var silent = Rule(RiskLevel.High, _optedIn);
        silent.Trigger = AlertTrigger.NoCheckIn;
        var planned = AlertRules.Plan(Me, [missed, silent], [_optedIn, _notOptedIn, other], [Delivery(missed, other, Now.AddHours(-2))]);
        var alert = Assert.Single(planned);
        Assert.Same(_optedIn, alert.Contact);
        Assert.Empty(AlertRules.Plan(Guid.NewGuid(), [missed], [_optedIn], []));
    }

    [Fact]
    public void No_rules_no_alerts() => Assert.Empty(Evaluate([], [], Event(RiskLevel.High)));

    private IReadOnlyList<PlannedAlert> Evaluate(
        AlertRule[] rules, AlertDelivery[] deliveries, SafetyEvent safetyEvent, params EmergencyContact[] more) =>
        AlertRules.Evaluate(rules, [_optedIn, _notOptedIn, .. more], deliveries, safetyEvent, Now);

    private static EmergencyContact Contact(string name, bool optIn) =>
        new() { UserId = Me, Name = name, Email = $"{name.ToLowerInvariant()}@example.test", AlertsOptIn = optIn };

    private static AlertRule Rule(RiskLevel minimum, params EmergencyContact[] contacts) =>
        new() { UserId = Me, MinimumRisk = minimum, ContactIds = contacts.Select(c => c.Id).ToList() };

    private static SafetyEvent Event(RiskLevel risk) =>
        new() { UserId = Me, OccurredAt = Now, Source = "screening", Reason = "test", Risk = risk };

    private static AlertDelivery Delivery(AlertRule rule, EmergencyContact contact, DateTimeOffset sentAt) => new()
    {
        UserId = Me, RuleId = rule.Id, ContactId = contact.Id, ContactName = contact.Name, SafetyEventId = Guid.NewGuid(), SentAt = sentAt,
    };
}
