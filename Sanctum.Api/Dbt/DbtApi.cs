using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core.Dbt;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Dbt;

public static class DbtApi
{
    private const string DiaryCardEntity = "diary_card";

    public static RouteGroupBuilder MapDbtApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/dbt").WithTags("DBT diary card").RequireAuthorization();
        group.MapGet("/cards", List).WithValidation();
        group.MapGet("/cards/{date}", Get);
        group.MapPut("/cards/{date}", Save).WithValidation();
        group.MapPost("/cards/{date}/skills", AddSkill).WithValidation();
        group.MapPut("/cards/{date}/skills/{id:guid}", UpdateSkill).WithValidation();
        group.MapDelete("/cards/{date}/skills/{id:guid}", DeleteSkill);
        group.MapGet("/weeks/{date}", Week);
        return group;
    }

    private static async Task<Ok<PagedList<DiaryCardResponse>>> List(
        [AsParameters] DateRangeQuery range, [AsParameters] PageQuery page, HttpContext http, SanctumDbContext db,
        CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var cards = db.DiaryCards.AsNoTracking().Where(c => c.UserId == userId);
        if (range.From is { } from) cards = cards.Where(c => c.Date >= from);
        if (range.To is { } to) cards = cards.Where(c => c.Date <= to);
        var found = await cards.OrderByDescending(c => c.Date).ToPageAsync(page, c => c, cancellationToken);
        var skills = await SkillsOfAsync(db, found.Items.Select(c => c.Id).ToList(), cancellationToken);
        return TypedResults.Ok(new PagedList<DiaryCardResponse>(
            found.Items.Select(c => DiaryCardResponse.From(c, skills)).ToList(), found.Page, found.PageSize, found.TotalCount));
    }

    private static async Task<Results<Ok<DiaryCardResponse>, NotFound>> Get(
        DateOnly date, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var card = await FindCardAsync(db, http.User.UserId(), date, cancellationToken);
        if (card is null) return TypedResults.NotFound();
        return TypedResults.Ok(DiaryCardResponse.From(card, await SkillsOfAsync(db, [card.Id], cancellationToken)));
    }

    /// <summary>Creates or replaces the day's card, and raises its safety events in the same SaveChanges.</summary>
    private static Task<Results<Ok<DiaryCardResponse>, ValidationProblem>> Save(
        DateOnly date, DiaryCardRequest request, HttpContext http, SanctumDbContext db, TimeProvider time,
        CancellationToken cancellationToken) =>
        SaveCardAsync(http.User.UserId(), date, request, db, time, cancellationToken);

    /// <summary>Saves a card the request's own checks already passed; shared with the companion's night check-in.</summary>
    public static async Task<Results<Ok<DiaryCardResponse>, ValidationProblem>> SaveCardAsync(
        Guid userId, DateOnly date, DiaryCardRequest request, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        if (date > zone.Today(time))
            return ValidationErrors.Problem("date", "A card can be filled in for today or an earlier day.");

        var (card, crisis) = await db.RetryOnceOnConflictAsync(async () =>
        {
            var found = await FindCardAsync(db, userId, date, cancellationToken);
            if (found is null) db.DiaryCards.Add(found = new DiaryCard { UserId = userId, Date = date });
            request.ApplyTo(found);

            foreach (var signal in DiaryCardSafety.Signals(found))
            {
                await SafetyEventLog.RaiseOnceAsync(db, userId, time.GetUtcNow(), signal.Source, signal.Risk, signal.Reason,
                    DiaryCardEntity, found.Id, cancellationToken);
            }
            var screened = await CrisisCheck.ScreenOnWriteAsync(db, userId, time.GetUtcNow(), DiaryCardEntity, found.Id,
                [found.Notes, found.WhyNoSkills, found.Substances], cancellationToken);

            await db.SaveChangesAsync(cancellationToken);
            return (found, screened);
        });
        return TypedResults.Ok(DiaryCardResponse.From(card, await SkillsOfAsync(db, [card.Id], cancellationToken)) with { Crisis = crisis });
    }

    /// <summary>A skill is logged on an existing card; the card (even an empty one) is saved first.</summary>
    private static async Task<Results<Created<SkillUseResponse>, NotFound>> AddSkill(
        DateOnly date, SkillUseRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var card = await FindCardAsync(db, userId, date, cancellationToken);
        if (card is null) return TypedResults.NotFound();
        var use = new SkillUse { UserId = userId, DiaryCardId = card.Id, Skill = "" };
        request.ApplyTo(use);
        db.SkillUses.Add(use);
        var crisis = await ScreenAsync(db, use, time, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/dbt/cards/{date:yyyy-MM-dd}/skills/{use.Id}", SkillUseResponse.From(use) with { Crisis = crisis });
    }

    private static async Task<Results<Ok<SkillUseResponse>, NotFound>> UpdateSkill(
        DateOnly date, Guid id, SkillUseRequest request, HttpContext http, SanctumDbContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (await FindSkillAsync(db, http.User.UserId(), date, id, cancellationToken) is not { } use) return TypedResults.NotFound();
        request.ApplyTo(use);
        var crisis = await ScreenAsync(db, use, time, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SkillUseResponse.From(use) with { Crisis = crisis });
    }

    private static Task<CrisisOverride?> ScreenAsync(SanctumDbContext db, SkillUse use, TimeProvider time, CancellationToken cancellationToken) =>
        CrisisCheck.ScreenOnWriteAsync(db, use.UserId, time.GetUtcNow(), "skill_use", use.Id, [use.Situation, use.Notes], cancellationToken);

    private static async Task<Results<NoContent, NotFound>> DeleteSkill(
        DateOnly date, Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        if (await FindSkillAsync(db, http.User.UserId(), date, id, cancellationToken) is not { } use) return TypedResults.NotFound();
        db.SkillUses.Remove(use);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<DiaryWeek>> Week(DateOnly date, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var start = DiaryWeek.WeekStartOf(date);
        var end = start.AddDays(6);
        var cards = await db.DiaryCards.AsNoTracking()
            .Where(c => c.UserId == userId && c.Date >= start && c.Date <= end)
            .ToListAsync(cancellationToken);
        var skills = await SkillsOfAsync(db, cards.Select(c => c.Id).ToList(), cancellationToken);
        return TypedResults.Ok(DiaryWeek.Build(date, cards, skills));
    }

    public static Task<DiaryCard?> FindCardAsync(SanctumDbContext db, Guid userId, DateOnly date, CancellationToken cancellationToken) =>
        db.DiaryCards.SingleOrDefaultAsync(c => c.UserId == userId && c.Date == date, cancellationToken);

    private static Task<SkillUse?> FindSkillAsync(SanctumDbContext db, Guid userId, DateOnly date, Guid id, CancellationToken cancellationToken) =>
        db.SkillUses.SingleOrDefaultAsync(s => s.Id == id && s.UserId == userId
            && db.DiaryCards.Any(c => c.Id == s.DiaryCardId && c.UserId == userId && c.Date == date), cancellationToken);

    private static async Task<List<SkillUse>> SkillsOfAsync(SanctumDbContext db, List<Guid> cardIds, CancellationToken cancellationToken) =>
        await db.SkillUses.AsNoTracking().Where(s => cardIds.Contains(s.DiaryCardId)).ToListAsync(cancellationToken);
}
