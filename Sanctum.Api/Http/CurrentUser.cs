using System.Security.Claims;
using Sanctum.Core.Compliance;

namespace Sanctum.Api.Http;

public static class CurrentUser
{
    public const string UserIdClaim = "sub";

    /// <summary>The caller's user id; only called behind RequireAuthorization, where the claim is always present.</summary>
    public static Guid UserId(this ClaimsPrincipal principal) =>
        Guid.Parse(principal.FindFirstValue(UserIdClaim) ?? throw new InvalidOperationException("The caller is not signed in."));

    public static Guid? UserIdOrNull(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(UserIdClaim), out var id) ? id : null;
}

/// <summary>Audit rows name the signed-in caller, or the record's owner while they are not yet signed in (registering).</summary>
public sealed class HttpAuditContext(IHttpContextAccessor accessor) : IAuditContext
{
    public Guid? ActorFor(Guid subjectUserId) => accessor.HttpContext?.User.UserIdOrNull() ?? subjectUserId;

    public string? RequestId => accessor.HttpContext?.TraceIdentifier;
}
