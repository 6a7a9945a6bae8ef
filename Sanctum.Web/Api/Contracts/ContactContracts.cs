namespace Sanctum.Web.Api.Contracts;

public sealed record ContactResponse(
    Guid Id, string Name, string? Relationship, string? Email, string? Phone, string? WhenToCall, bool AlertsOptIn,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : IPersonalRecord;

public sealed record ContactRequest(
    string? Name, string? Relationship, string? Email, string? Phone, string? WhenToCall, bool AlertsOptIn);
