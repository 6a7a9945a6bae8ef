namespace Sanctum.Core.Profile;

public enum ProviderType
{
    Psychiatrist,
    Therapist,
    Pcp,
    Other,
}

public sealed class HealthcareProvider : PersonalRecord
{
    public ProviderType Type { get; set; }
    public required string Name { get; set; }
    public string? Practice { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public DateTimeOffset? NextAppointmentAt { get; set; }
}
