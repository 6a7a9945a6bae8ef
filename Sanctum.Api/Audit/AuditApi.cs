using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Core.Compliance;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Audit;

public sealed record AuditEventResponse(
    long Id, string Action, string EntityType, string? EntityId, DateTimeOffset OccurredAt, Guid? ActorUserId,
    string? RequestId, string? Details)
{
    public static AuditEventResponse From(AuditEvent e) =>
        new(e.Id, e.Action, e.EntityType, e.EntityId, e.OccurredAt, e.ActorUserId, e.RequestId, e.Details);
}

public static class AuditApi
{
    /// <summary>A person's own audit trail: everything done with their data, newest first. Read-only by design.</summary>
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder me)
    {
        var group = me.MapGroup("/audit").WithTags("Audit");
        group.MapGet("/", async Task<Ok<PagedList<AuditEventResponse>>> ([AsParameters] PageQuery page, HttpContext http,
            SanctumDbContext db, CancellationToken cancellationToken) =>
        {
            var userId = http.User.UserId();
            var ordered = db.AuditEvents.AsNoTracking()
                .Where(e => e.SubjectUserId == userId)
                .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id);
            return TypedResults.Ok(await ordered.ToPageAsync(page, AuditEventResponse.From, cancellationToken));
        }).WithValidation();
        return group;
    }
}
