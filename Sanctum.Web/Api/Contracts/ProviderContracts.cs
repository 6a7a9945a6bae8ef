namespace Sanctum.Web.Api.Contracts;

/// <summary>Sent and received as camelCase strings: "psychiatrist", "pcp"...</summary>
public enum ProviderType
{
    Psychiatrist,
    Therapist,
    Pcp,
    Other,
}

public sealed record ProviderResponse(
    Guid Id, ProviderType Type, string Name, string? Practice, string? Phone, string? Email, DateTimeOffset? NextAppointmentAt,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : IPersonalRecord;

public sealed record ProviderRequest(
    ProviderType? Type, string? Name, string? Practice, string? Phone, string? Email, DateTimeOffset? NextAppointmentAt);
