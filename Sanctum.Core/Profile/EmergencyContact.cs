namespace Sanctum.Core.Profile;

public sealed class EmergencyContact : PersonalRecord
{
    public required string Name { get; set; }
    public string? Relationship { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>The person's own words on when this contact should be called.</summary>
    public string? WhenToCall { get; set; }

    /// <summary>Alerts go only to contacts the person explicitly opted in.</summary>
    public bool AlertsOptIn { get; set; }
}
