using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Core.Persistence;
using Sanctum.Core.Profile;
using Sanctum.Core.Safety;
using PlanVersion = Sanctum.Core.Safety.SafetyPlan;

namespace Sanctum.Api.SafetyPlan;

/// <summary>
/// The person's Stanley-Brown safety plan. Saving never edits: it adds the next version, and earlier versions stay
/// readable. Before the first save, GET /plan (and /plan/pdf) answers 404; the Web shows an empty plan to fill in.
/// </summary>
public static class SafetyPlanApi
{
    public static RouteGroupBuilder MapSafetyPlanApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/safety/plan").WithTags("Safety plan").RequireAuthorization();
        group.MapGet("", Latest);
        group.MapPut("", Save).WithValidation();
        group.MapGet("/pdf", Pdf);
        group.MapGet("/versions", Versions).WithValidation();
        group.MapGet("/versions/{version:int}", Version);
        return group;
    }

    private static async Task<Results<Ok<SafetyPlanResponse>, NotFound>> Latest(HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var plan = await LatestResponseAsync(db, http.User.UserId(), cancellationToken);
        return plan is null ? TypedResults.NotFound() : TypedResults.Ok(plan);
    }

    /// <summary>The person's current plan as the API shows it, or null before they make one.</summary>
    public static async Task<SafetyPlanResponse?> LatestResponseAsync(SanctumDbContext db, Guid userId, CancellationToken cancellationToken) =>
        await LatestAsync(db, userId, cancellationToken) is { } plan ? await RespondAsync(db, plan, cancellationToken) : null;

    private static async Task<Results<Ok<SafetyPlanResponse>, NotFound>> Version(
        int version, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var plan = await db.SafetyPlans.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId && p.Version == version, cancellationToken);
        return plan is null ? TypedResults.NotFound() : TypedResults.Ok(await RespondAsync(db, plan, cancellationToken));
    }

    private static async Task<Ok<PagedList<SafetyPlanVersionSummary>>> Versions(
        [AsParameters] PageQuery page, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var versions = db.SafetyPlans.AsNoTracking().Where(p => p.UserId == userId).OrderByDescending(p => p.Version)
            .Select(p => new SafetyPlanVersionSummary(p.Version, p.CreatedAt));
        return TypedResults.Ok(await versions.ToPageAsync(page, summary => summary, cancellationToken));
    }

    /// <summary>
    /// Adds the next version. Two saves at once both aim for the same number; the unique (user, version) index
    /// turns the loser away and its retry takes the number after.
    /// </summary>
    private static async Task<Results<Ok<SafetyPlanResponse>, ValidationProblem>> Save(
        SafetyPlanRequest request, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var errors = new ValidationErrors();
        var contactIds = request.ContactIds ?? [];
        var providerIds = request.ProviderIds ?? [];
        var ownContacts = await db.EmergencyContacts.CountAsync(c => c.UserId == userId && contactIds.Contains(c.Id), cancellationToken);
        if (ownContacts != contactIds.Distinct().Count()) errors.Add("contactIds", "Choose from your own emergency contacts.");
        var ownProviders = await db.HealthcareProviders.CountAsync(p => p.UserId == userId && providerIds.Contains(p.Id), cancellationToken);
        if (ownProviders != providerIds.Distinct().Count()) errors.Add("providerIds", "Choose from your own healthcare providers.");
        if (errors.AsProblem() is { } problem) return problem;

        var plan = await db.RetryOnceOnConflictAsync(async () =>
        {
            var latest = await db.SafetyPlans.Where(p => p.UserId == userId).MaxAsync(p => (int?)p.Version, cancellationToken) ?? 0;
            var version = request.ToVersion(userId, latest + 1);
            db.SafetyPlans.Add(version);
            await db.SaveChangesAsync(cancellationToken);
            return version;
        });
        return TypedResults.Ok(await RespondAsync(db, plan, cancellationToken));
    }

    /// <summary>The latest version as one printable page.</summary>
    private static async Task<Results<FileContentHttpResult, NotFound>> Pdf(HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        if (await LatestAsync(db, userId, cancellationToken) is not { } plan) return TypedResults.NotFound();
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        var response = await RespondAsync(db, plan, cancellationToken);
        var pdf = SafetyPlanDocument.Render(plan, zone.DateOf(plan.CreatedAt),
            response.Contacts.Select(c => new PlanPerson(c.Name, c.Relationship, c.Phone ?? c.Email)).ToList(),
            response.Providers.Select(p => new PlanPerson(p.Name, p.Practice, p.Phone)).ToList());
        return TypedResults.File(pdf, "application/pdf", "safety-plan.pdf");
    }

    private static Task<PlanVersion?> LatestAsync(SanctumDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.SafetyPlans.AsNoTracking().Where(p => p.UserId == userId).OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Linked people are read with the owner's id too, so a stored id can never show someone else's record.</summary>
    private static async Task<SafetyPlanResponse> RespondAsync(SanctumDbContext db, PlanVersion plan, CancellationToken cancellationToken)
    {
        var contacts = await db.EmergencyContacts.AsNoTracking()
            .Where(c => c.UserId == plan.UserId && plan.ContactIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var providers = await db.HealthcareProviders.AsNoTracking()
            .Where(p => p.UserId == plan.UserId && plan.ProviderIds.Contains(p.Id)).ToListAsync(cancellationToken);
        return SafetyPlanResponse.From(plan,
            plan.ContactIds.Select(id => contacts.Find(c => c.Id == id)).OfType<EmergencyContact>().Select(PlanContact.From).ToList(),
            plan.ProviderIds.Select(id => providers.Find(p => p.Id == id)).OfType<HealthcareProvider>().Select(PlanProvider.From).ToList());
    }
}
