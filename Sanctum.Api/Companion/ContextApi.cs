using Microsoft.AspNetCore.Http.HttpResults;
using Sanctum.Api.Http;
using Sanctum.Core.Companion;

namespace Sanctum.Api.Companion;

/// <summary>?budget=1500: the most tokens the context may take (estimated; the safety plan and profile always stay).</summary>
public sealed record ContextQuery(int? Budget) : IValidatedRequest
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
        // Outside a conversation there is no session memory, so that section is absent here.
        companion.MapGet("/context", Context).WithValidation();
        return companion;
    }

    private static async Task<Ok<CompanionContext>> Context(
        [AsParameters] ContextQuery query, HttpContext http, CompanionContextBuilder builder, CancellationToken cancellationToken) =>
        TypedResults.Ok(await builder.BuildAsync(http.User.UserId(), query.TokenBudget, sessionMemory: null, cancellationToken));
}
