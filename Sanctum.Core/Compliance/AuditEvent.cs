namespace Sanctum.Core.Compliance;

/// <summary>
/// One append-only audit row. The database rejects updates and deletes of this table (a trigger),
/// so not even a bug in the Api can rewrite history.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    /// <summary>Whose data this is about: the person who sees it in their own trail.</summary>
    public Guid SubjectUserId { get; set; }

    /// <summary>Who did it: the person, or null for Sanctum itself (a background worker).</summary>
    public Guid? ActorUserId { get; set; }

    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string? RequestId { get; set; }

    /// <summary>What changed (names of fields, never their values: the trail must not leak the data).</summary>
    public string? Details { get; set; }
}
