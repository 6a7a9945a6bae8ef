using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sanctum.Api.Http;
using Sanctum.Core.Companion;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Companion;

/// <summary>Talking with the companion, and deciding what to do with the records it proposed.</summary>
public static class ConversationApi
{
    public static RouteGroupBuilder MapConversationApi(this IEndpointRouteBuilder app)
    {
        var companion = app.MapGroup("/api/v1/companion").WithTags("Companion").RequireAuthorization();
        companion.MapPost("/messages", Message).WithValidation();
        companion.MapPost("/proposals/{id:guid}/confirm", Confirm);
        companion.MapPost("/proposals/{id:guid}/discard", Discard);
        return companion;
    }

    private static Task<Results<Ok<MessageResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Message(
        MessageRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, ConversationPhrasing phrasing,
        CompanionContextBuilder contextBuilder, CancellationToken cancellationToken) =>
        ConversationTurns.RespondAsync(http.User.UserId(), request, db, time, phrasing, contextBuilder, cancellationToken);

    private static Task<Results<Ok<ProposalResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Confirm(
        Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ProposalEdits? edits, HttpContext http, SanctumDbContext db,
        TimeProvider time, CancellationToken cancellationToken) =>
        ConversationTurns.ConfirmAsync(http.User.UserId(), id, edits, db, time, cancellationToken);

    private static Task<Results<Ok<ProposalResponse>, NotFound, ProblemHttpResult>> Discard(
        Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken) =>
        ConversationTurns.DiscardAsync(http.User.UserId(), id, db, cancellationToken);
}
