namespace Sanctum.Core.Compliance;

/// <summary>Who is acting, for audit rows. The Api answers from the request; Workers act as Sanctum itself.</summary>
public interface IAuditContext
{
    /// <summary>The acting user for a change to <paramref name="subjectUserId"/>'s data; null when Sanctum itself acts.</summary>
    Guid? ActorFor(Guid subjectUserId);

    string? RequestId { get; }
}

public sealed class SystemAuditContext : IAuditContext
{
    public Guid? ActorFor(Guid subjectUserId) => null;
    public string? RequestId => null;
}
