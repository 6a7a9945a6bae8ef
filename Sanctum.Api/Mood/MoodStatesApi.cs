using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Core.Mood;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Mood;

public sealed record CustomStateRequest(string? Name) : IValidatedRequest
{
    public void Validate(ValidationErrors errors) => errors.Required("name", Name, MoodTaxonomy.MaxStateLength);
}

public sealed record CustomStateResponse(Guid Id, string Name, DateTimeOffset CreatedAt);

public sealed record MoodStatesResponse(IReadOnlyList<string> Standard, IReadOnlyList<CustomStateResponse> Custom);

/// <summary>The state names a person may log: the standard taxonomy plus their own.</summary>
public static class MoodTaxonomy
{
    public const int MaxStateLength = 40;

    /// <summary>States are compared and stored lower-case, so "Anxious" and "anxious" are one state for analysis.</summary>
    public static string Normalise(string state) => state.Trim().ToLowerInvariant();

    /// <summary>
    /// The states the person may log, as far as checking <paramref name="wanted"/> needs: their own are read only when
    /// a wanted name is not standard, which spares nearly every write a query.
    /// </summary>
    public static async Task<HashSet<string>> AllowedAsync(
        SanctumDbContext db, Guid userId, IEnumerable<string?> wanted, CancellationToken cancellationToken)
    {
        HashSet<string> allowed = [.. MoodStates.Standard];
        if (wanted.All(state => state is null || allowed.Contains(Normalise(state)))) return allowed;
        allowed.UnionWith(await db.CustomMoodStates.Where(s => s.UserId == userId).Select(s => s.Name).ToListAsync(cancellationToken));
        return allowed;
    }

    /// <summary>Adds an error when a given state is neither standard nor one of the person's own.</summary>
    public static void CheckState(this ValidationErrors errors, string field, string? state, HashSet<string> allowed)
    {
        if (state is not null && !allowed.Contains(Normalise(state)))
            errors.Add(field, "Pick one of the listed states, or add your own first.");
    }
}

public static class MoodStatesApi
{
    public static void MapMoodStates(this RouteGroupBuilder mood)
    {
        var states = mood.MapGroup("/states");
        states.MapGet("/", List);
        states.MapPost("/", Add).WithValidation();
        states.MapDelete("/{id:guid}", Remove);
    }

    private static async Task<Ok<MoodStatesResponse>> List(HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var custom = await db.CustomMoodStates.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Name)
            .Select(s => new CustomStateResponse(s.Id, s.Name, s.CreatedAt)).ToListAsync(cancellationToken);
        return TypedResults.Ok(new MoodStatesResponse(MoodStates.Standard, custom));
    }

    private static async Task<Results<Created<CustomStateResponse>, ValidationProblem>> Add(
        CustomStateRequest request, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var name = MoodTaxonomy.Normalise(request.Name!);
        // A double-tapped "Add" loses the race on the unique name and answers like any repeat.
        return await db.RetryOnceOnConflictAsync<Results<Created<CustomStateResponse>, ValidationProblem>>(async () =>
        {
            if ((await MoodTaxonomy.AllowedAsync(db, userId, [name], cancellationToken)).Contains(name))
                return ValidationErrors.Problem("name", "That state is already in your list.");

            var state = new CustomMoodState { UserId = userId, Name = name };
            db.CustomMoodStates.Add(state);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Created($"/api/v1/mood/states/{state.Id}", new CustomStateResponse(state.Id, state.Name, state.CreatedAt));
        });
    }

    /// <summary>Shifts already logged keep the name; it just can't be picked for new ones.</summary>
    private static async Task<Results<NoContent, NotFound>> Remove(Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        if (await db.CustomMoodStates.SingleOrDefaultAsync(s => s.Id == id && s.UserId == userId, cancellationToken) is not { } state)
            return TypedResults.NotFound();
        db.CustomMoodStates.Remove(state);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
