using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core.Persistence;
using Sanctum.Core.Safety;
using Sanctum.Core.Safety.Screening;
using Sanctum.Core.Skills;

namespace Sanctum.Api.Skills;

/// <summary>The skills library (shared, read-only), each person's own list of skills, and suggestions for right now.</summary>
public static class SkillsApi
{
    private const string SearchConfig = "english";

    public static RouteGroupBuilder MapSkillsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/skills").WithTags("Skills").RequireAuthorization();
        group.MapGet("", List).WithValidation();
        group.MapGet("/suggest", Suggest).WithValidation();
        group.MapGet("/mine", Mine).WithValidation();
        group.MapPut("/mine/{key}", Save).WithValidation();
        group.MapDelete("/mine/{key}", Remove);
        group.MapGet("/{key}", Get);
        return group;
    }

    /// <summary>Filtered by framework and category; with q, only matches, best first (name above steps).</summary>
    private static async Task<Ok<PagedList<SkillSummaryResponse>>> List(
        [AsParameters] SkillQuery query, [AsParameters] PageQuery page, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var skills = db.Skills.AsNoTracking();
        if (query.FrameworkValue is { } framework) skills = skills.Where(s => s.Framework == framework);
        if (query.Category.TrimToNull() is { } category) skills = skills.Where(s => s.Category == category);

        var ordered = query.Q.TrimToNull() is { } q
            ? skills.Where(s => s.SearchVector.Matches(EF.Functions.WebSearchToTsQuery(SearchConfig, q)))
                .OrderByDescending(s => s.SearchVector.RankCoverDensity(EF.Functions.WebSearchToTsQuery(SearchConfig, q)))
                .ThenBy(s => s.Name)
            : skills.OrderBy(s => s.Framework).ThenBy(s => s.Category).ThenBy(s => s.Name);
        return TypedResults.Ok(await ordered.ToPageAsync(page, SkillSummaryResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<SkillResponse>, NotFound>> Get(
        string key, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var skill = await db.Skills.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (skill is null) return TypedResults.NotFound();
        var userId = http.User.UserId();
        var saved = await db.UserSkills.AsNoTracking().SingleOrDefaultAsync(u => u.UserId == userId && u.SkillKey == key, cancellationToken);
        var history = (await SkillHistories.ForUserAsync(db, userId, [skill], cancellationToken)).GetValueOrDefault(key);
        return TypedResults.Ok(SkillResponse.From(skill, saved is null && history is null ? null : MySkillResponse.From(skill, saved, history)));
    }

    /// <summary>
    /// The caller's skills: saved ones, and library skills they have logged on their diary card. At most the whole
    /// library, so it is put together in memory and then paged; saved ones first, then by name.
    /// </summary>
    private static async Task<Ok<PagedList<MySkillResponse>>> Mine(
        [AsParameters] PageQuery page, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var library = await db.Skills.AsNoTracking().ToListAsync(cancellationToken);
        var saved = await db.UserSkills.AsNoTracking().Where(u => u.UserId == userId).ToDictionaryAsync(u => u.SkillKey, cancellationToken);
        var history = await SkillHistories.ForUserAsync(db, userId, library, cancellationToken);

        var mine = library
            .Where(s => saved.ContainsKey(s.Key) || history.ContainsKey(s.Key))
            .Select(s => MySkillResponse.From(s, saved.GetValueOrDefault(s.Key), history.GetValueOrDefault(s.Key)))
            .OrderByDescending(s => s.Saved).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var items = mine.Skip((page.PageNumber - 1) * page.Size).Take(page.Size).ToList();
        return TypedResults.Ok(new PagedList<MySkillResponse>(items, page.PageNumber, page.Size, mine.Count));
    }

    /// <summary>Adds a library skill to the caller's list, or changes its status.</summary>
    private static async Task<Results<Ok<MySkillResponse>, NotFound>> Save(
        string key, MySkillRequest request, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var skill = await db.Skills.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (skill is null) return TypedResults.NotFound();
        var userId = http.User.UserId();
        var saved = await db.RetryOnceOnConflictAsync(async () =>
        {
            var found = await db.UserSkills.SingleOrDefaultAsync(u => u.UserId == userId && u.SkillKey == key, cancellationToken);
            if (found is null) db.UserSkills.Add(found = new UserSkill { UserId = userId, SkillKey = key });
            found.Status = request.Status!.Value;
            await db.SaveChangesAsync(cancellationToken);
            return found;
        });
        var history = (await SkillHistories.ForUserAsync(db, userId, [skill], cancellationToken)).GetValueOrDefault(key);
        return TypedResults.Ok(MySkillResponse.From(skill, saved, history));
    }

    private static async Task<Results<NoContent, NotFound>> Remove(
        string key, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var saved = await db.UserSkills.SingleOrDefaultAsync(u => u.UserId == userId && u.SkillKey == key, cancellationToken);
        if (saved is null) return TypedResults.NotFound();
        db.UserSkills.Remove(saved);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Ranked by <see cref="SkillSuggestions.ForPersonAsync"/> over the library and the caller's own diary-card history. What was
    /// written is screened and forgotten, as /safety/screen does: at moderate or high risk the crisis lines come back too.
    /// </summary>
    private static async Task<Ok<SuggestionsResponse>> Suggest(
        [AsParameters] SuggestQuery query, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var suggestions = await SkillSuggestions.ForPersonAsync(db, userId, query.ToRequest(), query.Count ?? SkillSuggestions.DefaultCount, cancellationToken);

        ScreenResponse? crisis = null;
        var written = string.Join('\n', new[] { query.Emotion, query.Situation }.Where(t => !string.IsNullOrWhiteSpace(t)));
        if (written.Length > 0)
        {
            var settings = await ScreeningSettingsApi.ForAsync(db, userId, cancellationToken);
            var screened = CrisisScreener.Screen(written, settings.OwnPhrases);
            if (screened.Risk >= RiskLevel.Moderate) crisis = ScreenResponse.From(screened);
        }

        return TypedResults.Ok(new SuggestionsResponse(suggestions.Items.Select(SuggestionResponse.From).ToList(), suggestions.SafetyNote, crisis));
    }
}
