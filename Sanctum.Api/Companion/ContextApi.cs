using Microsoft.AspNetCore.Http.HttpResults;
using Sanctum.Api.Http;
using Sanctum.Core.Companion;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Companion;

/// <summary>
/// ?budget=1500: the most tokens the context may take (estimated; the safety plan and profile always stay);
/// ?sessionId=...: adds that conversation's session memory.
/// </summary>
public sealed record ContextQuery(int? Budget, Guid? SessionId) : IValidatedRequest
{
    public int TokenBudget => Budget ?? ContextSections.DefaultBudget;

    public void Validate(ValidationErrors errors) =>
        errors.Range("budget", TokenBudget, ContextSections.MinBudget, ContextSections.MaxBudget);
}

/// <summary>
/// The companion's configuration, its knowledge base and the context it reads, under /api/v1/companion ("what the
/// companion knows"). The conversation maps its own endpoints beside these.
/// </summary>
public static class ContextApi
{
    public static RouteGroupBuilder MapCompanionContextApi(this IEndpointRouteBuilder app)
    {
        var companion = app.MapGroup("/api/v1/companion").WithTags("Companion").RequireAuthorization();
        companion.MapConfigurationApi();
        companion.MapKnowledgeApi();
        // Without a session id there is no session memory, so that section is absent.
        companion.MapGet("/context", Context).WithValidation();
        return companion;
    }

    private static async Task<Results<Ok<CompanionContext>, NotFound>> Context(
        [AsParameters] ContextQuery query, HttpContext http, SanctumDbContext db, CompanionContextBuilder builder,
        CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        IReadOnlyList<string>? session = null;
        if (query.SessionId is { } sessionId)
        {
            if (await SessionsApi.MemoryLinesAsync(db, userId, sessionId, cancellationToken) is not { } lines) return TypedResults.NotFound();
            session = lines;
        }
        return TypedResults.Ok(await builder.BuildAsync(userId, query.TokenBudget, session, cancellationToken));
    }
}
