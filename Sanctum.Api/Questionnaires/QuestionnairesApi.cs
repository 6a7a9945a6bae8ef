using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core.Persistence;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Safety;

namespace Sanctum.Api.Questionnaires;

public sealed record QuestionnaireRequest(List<int?>? Answers, DateTimeOffset? CompletedAt, bool? BehaviourWithinThreeMonths);

public sealed record BandResponse(string Key, int? Min, int? Max, string Wording)
{
    public static BandResponse From(ScoreBand band) => new(band.Key, band.Min, band.Max, band.Wording);
}

public sealed record InstrumentResponse(
    Instrument Instrument, string Title, string Period, IReadOnlyList<string> Items, IReadOnlyList<AnswerOption> Options,
    IReadOnlyList<BandResponse> Bands);

/// <summary>
/// A scored response. FollowUp and CrisisResources go together: the resources are listed only when follow-up is
/// needed (PHQ-9 item 9 above 0, C-SSRS moderate or high), which is exactly when the risk is moderate or higher.
/// </summary>
public sealed record ScoredResponse(
    Guid Id, Instrument Instrument, DateTimeOffset CompletedAt, IReadOnlyList<int?> Answers, bool? BehaviourWithinThreeMonths,
    decimal? Score, BandResponse Band, RiskLevel Risk, bool FollowUp, IReadOnlyList<CrisisResource> CrisisResources,
    bool OfferCssrs, DateTimeOffset CreatedAt)
{
    public static ScoredResponse From(QuestionnaireResponse r)
    {
        var followUp = r.Risk >= RiskLevel.Moderate;
        return new(r.Id, r.Instrument, r.CompletedAt, r.Answers, r.CssrsBehaviourWithinThreeMonths, r.Score,
            BandResponse.From(QuestionnaireScoring.BandByKey(r.Instrument, r.Band)), r.Risk, followUp,
            followUp ? Core.Safety.CrisisResources.All : [], OfferCssrs: r.Instrument == Instrument.Phq9 && followUp, r.CreatedAt);
    }
}

public sealed record TrendPoint(DateOnly Date, DateTimeOffset CompletedAt, decimal? Score, string Band, RiskLevel Risk);

public sealed record HistoryQuery(string? Instrument, DateOnly? From, DateOnly? To) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (Instrument is not null && !Instruments.TryParse(Instrument, out _))
            errors.Add("instrument", "Use phq9, gad7, asrm or cssrs.");
        new DateRangeQuery(From, To).Validate(errors);
    }
}

public static class Instruments
{
    public static bool TryParse(string? value, out Instrument instrument) =>
        Enum.TryParse(value, ignoreCase: true, out instrument) && Enum.IsDefined(instrument) && !int.TryParse(value, out _);
}

public static class QuestionnairesApi
{
    /// <summary>A trend covers at most this many responses; far more than anyone answers.</summary>
    private const int MaxTrendPoints = 1000;

    public static RouteGroupBuilder MapQuestionnairesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/questionnaires").WithTags("Questionnaires").RequireAuthorization();
        group.MapGet("/instruments", ListInstruments);
        group.MapGet("/", History).WithValidation();
        group.MapGet("/{id:guid}", Get);
        group.MapGet("/{instrument}/trend", Trend).WithValidation();
        group.MapPost("/{instrument}", Submit);
        return group;
    }

    private static Ok<IReadOnlyList<InstrumentResponse>> ListInstruments() =>
        TypedResults.Ok<IReadOnlyList<InstrumentResponse>>(InstrumentCatalog.All
            .Select(d => new InstrumentResponse(d.Instrument, d.Title, d.Period, d.Items, d.Options, d.Bands.Select(BandResponse.From).ToList()))
            .ToList());

    private static async Task<Results<Created<ScoredResponse>, NotFound, ValidationProblem>> Submit(
        string instrument, QuestionnaireRequest request, HttpContext http, SanctumDbContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!Instruments.TryParse(instrument, out var kind)) return TypedResults.NotFound();

        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        foreach (var problem in QuestionnaireScoring.Check(kind, request.Answers, request.BehaviourWithinThreeMonths))
            errors.Add(problem.Field, problem.Message);
        if (request.CompletedAt > now.AddMinutes(5)) errors.Add("completedAt", "This can't be in the future.");
        if (request.CompletedAt is { Year: < 2000 }) errors.Add("completedAt", "That date looks too early.");
        if (errors.AsProblem() is { } invalid) return invalid;

        var userId = http.User.UserId();
        var score = QuestionnaireScoring.Score(kind, request.Answers!, request.BehaviourWithinThreeMonths);
        var response = new QuestionnaireResponse
        {
            UserId = userId,
            Instrument = kind,
            CompletedAt = (request.CompletedAt ?? now).ToUniversalTime(),
            Answers = request.Answers!,
            CssrsBehaviourWithinThreeMonths = request.BehaviourWithinThreeMonths,
            Score = score.Score,
            Band = score.Band.Key,
            Risk = score.Risk,
        };
        db.QuestionnaireResponses.Add(response);
        if (score.FollowUp) RaiseSafetyEvent(db, response);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/questionnaires/{response.Id}", ScoredResponse.From(response));
    }

    private static void RaiseSafetyEvent(SanctumDbContext db, QuestionnaireResponse response)
    {
        var (source, reason) = response.Instrument == Instrument.Phq9
            ? ("phq9.item9", $"PHQ-9 question 9 (thoughts of being better off dead or of self-harm) was answered " +
                $"\"{InstrumentCatalog.Phq9.Options[response.Answers[InstrumentCatalog.Phq9SelfHarmItem]!.Value].Label}\".")
            : ("cssrs", $"The C-SSRS screener showed {response.Risk.ToString().ToLowerInvariant()} risk.");
        SafetyEventLog.Raise(db, response.UserId, response.CompletedAt, source, response.Risk, reason, "questionnaire_response", response.Id);
    }

    private static async Task<Ok<PagedList<ScoredResponse>>> History(
        [AsParameters] HistoryQuery query, [AsParameters] PageQuery page, HttpContext http, SanctumDbContext db,
        CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var responses = await InRangeAsync(db, userId, query.Instrument, query.From, query.To, null, cancellationToken);
        var ordered = responses.OrderByDescending(r => r.CompletedAt).ThenByDescending(r => r.Id);
        return TypedResults.Ok(await ordered.ToPageAsync(page, ScoredResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<ScoredResponse>, NotFound>> Get(
        Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var response = await db.QuestionnaireResponses.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == id && r.UserId == userId, cancellationToken);
        return response is null ? TypedResults.NotFound() : TypedResults.Ok(ScoredResponse.From(response));
    }

    private static async Task<Results<Ok<IReadOnlyList<TrendPoint>>, NotFound>> Trend(
        string instrument, [AsParameters] DateRangeQuery range, HttpContext http, SanctumDbContext db,
        CancellationToken cancellationToken)
    {
        if (!Instruments.TryParse(instrument, out _)) return TypedResults.NotFound();
        var userId = http.User.UserId();
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        var responses = await InRangeAsync(db, userId, instrument, range.From, range.To, zone, cancellationToken);
        var points = await responses.OrderBy(r => r.CompletedAt).ThenBy(r => r.Id).Take(MaxTrendPoints)
            .Select(r => new { r.CompletedAt, r.Score, r.Band, r.Risk })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<TrendPoint>>(points
            .Select(p => new TrendPoint(zone.DateOf(p.CompletedAt), p.CompletedAt, p.Score, p.Band, p.Risk))
            .ToList());
    }

    /// <summary>
    /// The caller's responses, optionally of one instrument, completed within local dates from..to inclusive. The
    /// person's zone is read only when dates are given, unless the caller already has it.
    /// </summary>
    private static async Task<IQueryable<QuestionnaireResponse>> InRangeAsync(
        SanctumDbContext db, Guid userId, string? instrument, DateOnly? from, DateOnly? to, UserZone? knownZone,
        CancellationToken cancellationToken)
    {
        var responses = db.QuestionnaireResponses.AsNoTracking().Where(r => r.UserId == userId);
        if (Instruments.TryParse(instrument, out var kind)) responses = responses.Where(r => r.Instrument == kind);
        if (from is null && to is null) return responses;

        var zone = knownZone ?? await UserZone.ForAsync(db, userId, cancellationToken);
        if (from is { } start)
        {
            var startsAt = zone.StartOf(start);
            responses = responses.Where(r => r.CompletedAt >= startsAt);
        }

        if (to is { } end)
        {
            var endsAt = zone.StartOf(end.AddDays(1));
            responses = responses.Where(r => r.CompletedAt < endsAt);
        }

        return responses;
    }
}
