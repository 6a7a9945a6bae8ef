using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core.Episodes;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Episodes;

public sealed record InterventionRequest(DateTimeOffset? OccurredAt, InterventionType? Type, string? WhoHelped, int? Effectiveness, string? Notes)
    : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (Type is null) errors.Add("type", "This is required.");
        errors.MaxLength("whoHelped", WhoHelped, 200);
        errors.Range("effectiveness", Effectiveness, 1, 10);
        errors.MaxLength("notes", Notes, 4000);
    }

    public void ApplyTo(CrisisIntervention intervention, DateTimeOffset now)
    {
        intervention.OccurredAt = (OccurredAt ?? (intervention.OccurredAt == default ? now : intervention.OccurredAt)).ToUniversalTime();
        intervention.Type = Type!.Value;
        intervention.WhoHelped = WhoHelped.TrimToNull();
        intervention.Effectiveness = Effectiveness;
        intervention.Notes = Notes.TrimToNull();
    }
}

public sealed record InterventionResponse(
    Guid Id, Guid EpisodeId, DateTimeOffset OccurredAt, InterventionType Type, string? WhoHelped, int? Effectiveness, string? Notes,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : ScreenedResponse
{
    public static InterventionResponse From(CrisisIntervention i) =>
        new(i.Id, i.EpisodeId, i.OccurredAt, i.Type, i.WhoHelped, i.Effectiveness, i.Notes, i.CreatedAt, i.UpdatedAt);
}

/// <summary>What was done during one episode. Another person's episode, or an intervention of another episode, is not found.</summary>
public static class InterventionsApi
{
    public static void MapInterventions(this RouteGroupBuilder interventions)
    {
        interventions.MapGet("/", List).WithValidation();
        interventions.MapPost("/", Create).WithValidation();
        interventions.MapPut("/{id:guid}", Update).WithValidation();
        interventions.MapDelete("/{id:guid}", Delete);
    }

    private static async Task<Results<Ok<PagedList<InterventionResponse>>, NotFound>> List(
        Guid episodeId, [AsParameters] PageQuery page, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        if (await EpisodesApi.FindOwnedAsync(db, userId, episodeId, cancellationToken) is null) return TypedResults.NotFound();
        var ordered = db.CrisisInterventions.AsNoTracking().Where(i => i.EpisodeId == episodeId && i.UserId == userId).OrderBy(i => i.OccurredAt).ThenBy(i => i.Id);
        return TypedResults.Ok(await ordered.ToPageAsync(page, InterventionResponse.From, cancellationToken));
    }

    private static async Task<Results<Created<InterventionResponse>, NotFound, ValidationProblem>> Create(
        Guid episodeId, InterventionRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        if (await EpisodesApi.FindOwnedAsync(db, userId, episodeId, cancellationToken) is null) return TypedResults.NotFound();
        var now = time.GetUtcNow();
        if (CheckAgainstNow(request, now) is { } problem) return problem;

        var intervention = new CrisisIntervention { UserId = userId, EpisodeId = episodeId };
        request.ApplyTo(intervention, now);
        db.CrisisInterventions.Add(intervention);
        var crisis = await ScreenAsync(db, intervention, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/episodes/{episodeId}/interventions/{intervention.Id}",
            InterventionResponse.From(intervention) with { Crisis = crisis });
    }

    private static async Task<Results<Ok<InterventionResponse>, NotFound, ValidationProblem>> Update(
        Guid episodeId, Guid id, InterventionRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await FindOwnedAsync(db, http, episodeId, id, cancellationToken) is not { } intervention) return TypedResults.NotFound();
        var now = time.GetUtcNow();
        if (CheckAgainstNow(request, now) is { } problem) return problem;
        request.ApplyTo(intervention, now);
        var crisis = await ScreenAsync(db, intervention, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(InterventionResponse.From(intervention) with { Crisis = crisis });
    }

    private static async Task<Results<NoContent, NotFound>> Delete(
        Guid episodeId, Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        if (await FindOwnedAsync(db, http, episodeId, id, cancellationToken) is not { } intervention) return TypedResults.NotFound();
        db.CrisisInterventions.Remove(intervention);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static Task<CrisisOverride?> ScreenAsync(
        SanctumDbContext db, CrisisIntervention i, DateTimeOffset now, CancellationToken cancellationToken) =>
        CrisisCheck.ScreenOnWriteAsync(db, i.UserId, now, "crisis_intervention", i.Id, [i.Notes, i.WhoHelped], cancellationToken);

    private static ValidationProblem? CheckAgainstNow(InterventionRequest request, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        errors.NotInFuture("occurredAt", request.OccurredAt, now);
        return errors.AsProblem();
    }

    private static Task<CrisisIntervention?> FindOwnedAsync(
        SanctumDbContext db, HttpContext http, Guid episodeId, Guid id, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        return db.CrisisInterventions.SingleOrDefaultAsync(i => i.Id == id && i.EpisodeId == episodeId && i.UserId == userId, cancellationToken);
    }
}
