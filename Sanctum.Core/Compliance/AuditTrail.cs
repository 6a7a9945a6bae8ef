using Sanctum.Core.Persistence;

namespace Sanctum.Core.Compliance;

/// <summary>Explicit audit events for things that are not a record change, such as signing in.</summary>
public static class AuditTrail
{
    public static void Record(this SanctumDbContext db, IAuditContext context, TimeProvider time,
        Guid subjectUserId, string action, string entityType, string? entityId = null, string? details = null)
    {
        db.AuditEvents.Add(new AuditEvent
        {
            SubjectUserId = subjectUserId,
            ActorUserId = context.ActorFor(subjectUserId),
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            OccurredAt = time.GetUtcNow(),
            RequestId = context.RequestId,
            Details = details,
        });
    }
}
