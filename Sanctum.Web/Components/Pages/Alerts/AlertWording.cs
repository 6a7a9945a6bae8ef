using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Components.Pages.Alerts;

/// <summary>Alert rules and sent alerts in plain words.</summary>
public static class AlertWording
{
    /// <summary>The triggers in the order the form offers them, with how each reads as a choice.</summary>
    public static readonly IReadOnlyList<(string Trigger, string Choice)> Triggers =
    [
        ("crisisDetected", "Sanctum notices I may be in crisis"),
        ("missedMedication", "I miss medication for a few days"),
        ("rapidCycling", "My mood shifts a lot on several days in a week"),
        ("noCheckIn", "I haven't checked in for a while"),
    ];

    public static readonly IReadOnlyList<(string Channel, string Choice)> Channels =
    [
        ("email", "Email"),
        ("sms", "Text message"),
        ("both", "Both"),
    ];

    public static string Rule(AlertRuleInfo rule) => rule.Trigger switch
    {
        "crisisDetected" => rule.MinimumRisk == "moderate"
            ? "If Sanctum notices you may be in crisis (moderate or high risk)"
            : "If Sanctum notices you may be in crisis (high risk)",
        "missedMedication" => $"If medication is missed {Days(rule.Days)} in a row",
        "rapidCycling" => $"If your mood shifts a lot on {rule.Days} of the last 7 days",
        "noCheckIn" => $"If you haven't checked in for {Days(rule.Days)}",
        _ => "An alert",
    };

    /// <summary>What made an alert go out, short enough for a list line.</summary>
    public static string Why(string trigger) => trigger switch
    {
        "crisisDetected" => "You may have been in crisis",
        "missedMedication" => "Medication missed",
        "rapidCycling" => "Mood shifting a lot",
        "noCheckIn" => "No check-in for a while",
        _ => "An alert",
    };

    public static string How(string channel) => channel switch
    {
        "sms" => "a text",
        "both" => "email and a text",
        _ => "email",
    };

    /// <summary>"by email to sam@example.org", "by text to 555-0101".</summary>
    public static string Sent(AlertSentInfo alert) => alert.Channel == "sms"
        ? $"By text to {alert.RecipientPhone}"
        : $"By email to {alert.RecipientEmail}";

    private static string Days(int? days) => days == 1 ? "1 day" : $"{days} days";
}
