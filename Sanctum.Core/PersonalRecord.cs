namespace Sanctum.Core;

/// <summary>
/// A record that belongs to one person. Every change to one is audited, and every query for one
/// is filtered by its owner.
/// </summary>
public abstract class PersonalRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// Marks bookkeeping columns whose changes alone are not worth an audit row (they are audited as
/// explicit events instead, e.g. sign-in attempts).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;
