using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Core.Patterns;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Patterns;

/// <summary>Local dates, inclusive: the period to analyse.</summary>
public sealed record AnalysisRequest(DateOnly? From, DateOnly? To) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (From is null) errors.Add("from", "This is required.");
        if (To is null) errors.Add("to", "This is required.");
        errors.DaySpan(From, To, PatternRuns.MaxDays);
    }
}

public sealed record FlagResponse(
    Guid Id, string Key, FlagType Type, FlagSeverity Severity, string Description, IReadOnlyList<string> SupportingData, FlagState State,
    DateTimeOffset FirstFoundAt, DateTimeOffset LastFoundAt, DateTimeOffset? AcknowledgedAt, DateTimeOffset? DiscussedAt)
{
    public static FlagResponse From(StoredFlag f) => new(
        f.Id, f.Key, f.Type, f.Severity, f.Description, f.SupportingData, f.State, f.FirstFoundAt, f.LastFoundAt, f.AcknowledgedAt, f.DiscussedAt);
}

/// <param name="Report">Null until the analysis is done.</param>
/// <param name="Flags">The flags this analysis found, as the person keeps them (with their state); empty until done.</param>
public sealed record AnalysisResponse(
    Guid Id, DateOnly From, DateOnly To, AnalysisTrigger Trigger, AnalysisStatus Status, DateTimeOffset RequestedAt, DateTimeOffset? CompletedAt,
    string? Error, PatternReport? Report, IReadOnlyList<FlagResponse> Flags)
{
    public static AnalysisResponse Of(StoredAnalysis a, PatternReport? report = null, IReadOnlyList<FlagResponse>? flags = null) =>
        new(a.Id, a.From, a.To, a.Trigger, a.Status, a.RequestedAt, a.CompletedAt, a.Error, report, flags ?? []);
}

public static class PatternsApi
{
    public static RouteGroupBuilder MapPatternsApi(this IEndpointRouteBuilder app)
    {
        var patterns = app.MapGroup("/api/v1/patterns").WithTags("Patterns").RequireAuthorization();
        patterns.MapGet("/analyses", List).WithValidation();
        patterns.MapGet("/analyses/{id:guid}", Get);
        patterns.MapPost("/analyses", Request).WithValidation();
        patterns.MapPost("/flags/{id:guid}/acknowledge", (Guid id, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken ct) =>
            SetFlagAsync(id, FlagState.Acknowledged, http, db, time, ct));
        patterns.MapPost("/flags/{id:guid}/discussed", (Guid id, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken ct) =>
            SetFlagAsync(id, FlagState.DiscussedWithProvider, http, db, time, ct));
        return patterns;
    }

    /// <summary>Newest first, without the reports (open one for its figures).</summary>
    private static async Task<Ok<PagedList<AnalysisResponse>>> List(
        [AsParameters] PageQuery page, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var ordered = db.PatternAnalyses.AsNoTracking().Where(a => a.UserId == userId).OrderByDescending(a => a.RequestedAt).ThenByDescending(a => a.Id);
        return TypedResults.Ok(await ordered.ToPageAsync(page, a => AnalysisResponse.Of(a), cancellationToken));
    }

    private static async Task<Results<Ok<AnalysisResponse>, NotFound>> Get(Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var analysis = await db.PatternAnalyses.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.UserId == userId, cancellationToken);
        if (analysis is null) return TypedResults.NotFound();
        if (analysis.Report is null) return TypedResults.Ok(AnalysisResponse.Of(analysis));

        var report = ReportJson.Read(analysis.Report);
        var keys = report.Flags.Select(f => f.Key).ToList();
        var flags = await db.PatternFlags.AsNoTracking().Where(f => f.UserId == userId && keys.Contains(f.Key)).ToListAsync(cancellationToken);
        var ordered = report.Flags.Join(flags, f => f.Key, f => f.Key, (_, stored) => FlagResponse.From(stored)).ToList();
        return TypedResults.Ok(AnalysisResponse.Of(analysis, report, ordered));
    }

    private static async Task<Results<Accepted<AnalysisResponse>, ValidationProblem>> Request(
        AnalysisRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var today = (await UserZone.ForAsync(db, userId, cancellationToken)).Today(time);
        if (request.To > today) return ValidationErrors.Problem("to", "The period can't end after today.");

        var analysis = PatternRuns.Queue(db, userId, request.From!.Value, request.To!.Value, AnalysisTrigger.OnDemand, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/v1/patterns/analyses/{analysis.Id}", AnalysisResponse.Of(analysis));
    }

    /// <summary>"Discussed with my provider" implies acknowledged; acknowledging again never undoes "discussed".</summary>
    private static async Task<Results<Ok<FlagResponse>, NotFound>> SetFlagAsync(
        Guid id, FlagState state, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var flag = await db.PatternFlags.SingleOrDefaultAsync(f => f.Id == id && f.UserId == userId, cancellationToken);
        if (flag is null) return TypedResults.NotFound();
        var now = time.GetUtcNow();
        flag.AcknowledgedAt ??= now;
        if (state == FlagState.DiscussedWithProvider)
        {
            flag.State = state;
            flag.DiscussedAt ??= now;
        }
        else if (flag.State == FlagState.New) flag.State = state;

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(FlagResponse.From(flag));
    }
}
