namespace Sanctum.Core.Safety.Alerts;

/// <summary>What makes a rule fire. Only crisis detection for now; missed doses and the rest come later.</summary>
public enum AlertTrigger
{
    CrisisDetected,
}

/// <summary>"When X happens, email these contacts": the person's own choice of who hears, and when.</summary>
public sealed class AlertRule : PersonalRecord
{
    public AlertTrigger Trigger { get; set; } = AlertTrigger.CrisisDetected;

    /// <summary>The lowest risk that fires a crisis rule: moderate or high.</summary>
    public RiskLevel MinimumRisk { get; set; } = RiskLevel.High;

    public List<Guid> ContactIds { get; set; } = [];
    public bool Enabled { get; set; } = true;
}

/// <summary>
/// One alert sent (queued) to one contact because of one safety event; the record behind the 24 h limit. It outlives
/// its rule and contact (no foreign keys, the name is kept) so the person can always see what was sent, to whom.
/// </summary>
public sealed class AlertDelivery : PersonalRecord
{
    public Guid RuleId { get; set; }
    public Guid ContactId { get; set; }
    public required string ContactName { get; set; }
    public Guid SafetyEventId { get; set; }
    public Guid NotificationId { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
