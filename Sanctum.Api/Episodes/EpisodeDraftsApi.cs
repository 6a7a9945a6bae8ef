using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Core.Episodes;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Episodes;

/// <summary>
/// Crisis records Sanctum started (<see cref="EpisodeDrafts"/>), for the person to keep, fill in or dismiss. Only
/// drafts are reachable here: a kept episode, or another person's draft, is not found.
/// </summary>
public static class EpisodeDraftsApi
{
    public static void MapDrafts(this RouteGroupBuilder episodes)
    {
        episodes.MapGet("/drafts", List).WithValidation();
        episodes.MapPost("/{id:guid}/confirm", Confirm).WithValidation();
        episodes.MapDelete("/drafts/{id:guid}", Dismiss);
    }

    private static async Task<Ok<PagedList<EpisodeResponse>>> List(
        [AsParameters] PageQuery page, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var ordered = db.Episodes.AsNoTracking().Where(e => e.UserId == userId && e.Status == EpisodeStatus.Draft)
            .OrderByDescending(e => e.StartedAt).ThenByDescending(e => e.Id);
        return TypedResults.Ok(await ordered.ToPageAsync(page, EpisodeResponse.From, cancellationToken));
    }

    /// <summary>
    /// Keeps a draft as the person's own episode, as it is or with the same fields as an edit. It raises no safety
    /// event: the crisis it was drafted from already did.
    /// </summary>
    private static async Task<Results<Ok<EpisodeResponse>, NotFound, ValidationProblem>> Confirm(
        Guid id, EpisodeRequest? request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await FindDraftAsync(db, http.User.UserId(), id, cancellationToken) is not { } draft) return TypedResults.NotFound();
        if (request is not null)
        {
            if (EpisodesApi.CheckAgainstNow(request, time.GetUtcNow()) is { } problem) return problem;
            request.ApplyTo(draft);
        }

        draft.Status = EpisodeStatus.Confirmed;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EpisodeResponse.From(draft));
    }

    private static async Task<Results<NoContent, NotFound>> Dismiss(Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        if (await FindDraftAsync(db, http.User.UserId(), id, cancellationToken) is not { } draft) return TypedResults.NotFound();
        db.Episodes.Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static Task<Episode?> FindDraftAsync(SanctumDbContext db, Guid userId, Guid id, CancellationToken cancellationToken) =>
        db.Episodes.SingleOrDefaultAsync(e => e.Id == id && e.UserId == userId && e.Status == EpisodeStatus.Draft, cancellationToken);
}
