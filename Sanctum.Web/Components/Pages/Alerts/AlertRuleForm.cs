using Sanctum.Web.Api.Contracts;
using Sanctum.Web.Components.Shared;

namespace Sanctum.Web.Components.Pages.Alerts;

public sealed class AlertRuleForm : IRecordForm<AlertRuleRequest>
{
    public string Trigger { get; set; } = "crisisDetected";

    public string MinimumRisk { get; set; } = "high";

    public int? Days { get; set; }

    public string Channel { get; set; } = "email";

    public List<Guid> ContactIds { get; set; } = [];

    public bool Enabled { get; set; } = true;

    public bool IsCrisis => Trigger == "crisisDetected";

    public static AlertRuleForm From(AlertRuleInfo rule) => new()
    {
        Trigger = rule.Trigger,
        MinimumRisk = rule.MinimumRisk,
        Days = rule.Days,
        Channel = rule.Channel,
        ContactIds = [.. rule.ContactIds],
        Enabled = rule.Enabled,
    };

    /// <summary>A crisis rule sends its risk and no days; the others the reverse, as the Api asks.</summary>
    public AlertRuleRequest ToRequest() =>
        new(Trigger, IsCrisis ? MinimumRisk : null, IsCrisis ? null : Days, Channel, ContactIds, Enabled);

    public void Toggle(Guid contactId)
    {
        if (!ContactIds.Remove(contactId)) ContactIds.Add(contactId);
    }
}
