using Sanctum.Core.Notifications;

namespace Sanctum.Core.Safety.Alerts;

/// <summary>What makes a rule fire.</summary>
public enum AlertTrigger
{
    /// <summary>Screening or a structured signal raised a safety event at or above the rule's minimum risk.</summary>
    CrisisDetected,

    /// <summary>On each of the last <see cref="AlertRule.Days"/> whole days, a scheduled dose was not logged as taken.</summary>
    MissedMedication,

    /// <summary>At least <see cref="AlertRule.Days"/> rapid-cycling days in the last seven (today included).</summary>
    RapidCycling,

    /// <summary>No mood shift, morning or evening check-in or diary card for <see cref="AlertRule.Days"/> whole days.</summary>
    NoCheckIn,
}

/// <summary>How a rule's alerts reach its contacts.</summary>
public enum AlertChannel
{
    Email,
    Sms,
    Both,
}

/// <summary>"When X happens, let these contacts know": the person's own choice of who hears, when and how.</summary>
public sealed class AlertRule : PersonalRecord
{
    public AlertTrigger Trigger { get; set; } = AlertTrigger.CrisisDetected;

    /// <summary>The lowest risk that fires a crisis rule: moderate or high.</summary>
    public RiskLevel MinimumRisk { get; set; } = RiskLevel.High;

    /// <summary>The trigger's number of days (see <see cref="AlertTrigger"/>); none for a crisis rule.</summary>
    public int? Days { get; set; }

    public AlertChannel Channel { get; set; } = AlertChannel.Email;
    public List<Guid> ContactIds { get; set; } = [];
    public bool Enabled { get; set; } = true;
}

/// <summary>
/// One alert queued to one contact by one channel because a rule fired; the record behind the 24 h limit. It outlives
/// its rule and contact (no foreign keys, the name is kept) so the person can always see what was sent, to whom.
/// </summary>
public sealed class AlertDelivery : PersonalRecord
{
    public Guid RuleId { get; set; }
    public AlertTrigger Trigger { get; set; }
    public Guid ContactId { get; set; }
    public required string ContactName { get; set; }
    public NotificationChannel Channel { get; set; }

    /// <summary>The crisis that caused it; none for the triggers the periodic scan evaluates.</summary>
    public Guid? SafetyEventId { get; set; }

    public Guid NotificationId { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
