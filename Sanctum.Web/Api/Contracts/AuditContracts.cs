namespace Sanctum.Web.Api.Contracts;

/// <summary>
/// One row of the person's audit trail. Action and entity type are snake_case words ("signed_in",
/// "emergency_contact"); details lists the changed fields' names, never their values.
/// </summary>
public sealed record AuditEventResponse(
    long Id, string Action, string EntityType, string? EntityId, DateTimeOffset OccurredAt, Guid? ActorUserId,
    string? RequestId, string? Details);
