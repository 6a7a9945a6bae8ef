using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core.Companion;
using Sanctum.Core.Compliance;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Companion;

/// <summary>
/// Adding or correcting an entry. The person adds what they know to be true, so a new entry is confirmed unless
/// they say otherwise; an edit that leaves out the confidence keeps it, except that the person correcting an
/// inferred or uncertain entry confirms it (pass the confidence to keep it as it was). A diagnosis is only ever
/// confirmed (or outdated): Sanctum never states one, so it never keeps a guessed one.
/// </summary>
public sealed record KnowledgeRequest(
    KnowledgeCategory? Category, string? Key, string? Value, KnowledgeConfidence? Confidence, DateTimeOffset? LearnedAt) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (Category is null) errors.Add("category", "This is required.");
        errors.Required("key", Key, KnowledgeEntry.MaxKeyLength);
        errors.Required("value", Value, KnowledgeEntry.MaxValueLength);
        if (Category == KnowledgeCategory.Diagnosis && Confidence is KnowledgeConfidence.Inferred or KnowledgeConfidence.Uncertain)
            errors.Add("confidence", "A diagnosis can only be confirmed or outdated.");
    }

    /// <summary>Checked in the endpoint, where the clock is the injected one.</summary>
    public ValidationProblem? CheckAgainstNow(DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        errors.NotInFuture("learnedAt", LearnedAt, now);
        return errors.AsProblem();
    }

    public KnowledgeEntry ToEntry(Guid userId, DateTimeOffset now) => new()
    {
        UserId = userId,
        Category = Category!.Value,
        Key = Key!.Trim(),
        Value = Value!.Trim(),
        Confidence = Confidence ?? KnowledgeConfidence.Confirmed,
        LearnedAt = LearnedAt ?? now,
    };

    public void ApplyTo(KnowledgeEntry entry)
    {
        entry.Category = Category!.Value;
        entry.Key = Key!.Trim();
        entry.Value = Value!.Trim();
        entry.Confidence = Confidence ?? (entry.Confidence == KnowledgeConfidence.Outdated ? KnowledgeConfidence.Outdated : KnowledgeConfidence.Confirmed);
        if (LearnedAt is { } learned) entry.LearnedAt = learned;
    }
}

public sealed record KnowledgeResponse(
    Guid Id, KnowledgeCategory Category, string Key, string Value, KnowledgeConfidence Confidence, DateTimeOffset LearnedAt, DateTimeOffset UpdatedAt)
    : ScreenedResponse, IRecordResponse<KnowledgeEntry, KnowledgeResponse>
{
    public static KnowledgeResponse From(KnowledgeEntry k) => new(k.Id, k.Category, k.Key, k.Value, k.Confidence, k.LearnedAt, k.UpdatedAt);
}

/// <summary>?category=triggers&amp;page=&amp;pageSize=; the category by its name as the API writes it, in any case.</summary>
public sealed record KnowledgeQuery(string? Category, int? Page, int? PageSize) : IValidatedRequest
{
    public PageQuery Paging => new(Page, PageSize);

    public KnowledgeCategory? CategoryValue =>
        Enum.TryParse<KnowledgeCategory>(Category, ignoreCase: true, out var category) && !int.TryParse(Category, out _) ? category : null;

    public void Validate(ValidationErrors errors)
    {
        if (Category is not null && CategoryValue is null)
            errors.Add("category", $"Use one of: {string.Join(", ", Enum.GetNames<KnowledgeCategory>().Select(n => n.ToLowerInvariant()))}.");
        Paging.Validate(errors);
    }
}

/// <summary>/api/v1/companion/knowledge: everything the companion knows about the person, to see, correct and delete.</summary>
public static class KnowledgeApi
{
    public static void MapKnowledgeApi(this RouteGroupBuilder companion)
    {
        var knowledge = companion.MapGroup("/knowledge");
        knowledge.MapGet("/", List).WithValidation();
        knowledge.MapGet("/{id:guid}", OwnedRecordEndpoints<KnowledgeEntry, KnowledgeResponse>.Get);
        knowledge.MapPost("/", Create).WithValidation();
        knowledge.MapPut("/{id:guid}", Update).WithValidation();
        knowledge.MapDelete("/{id:guid}", OwnedRecords.DeleteAsync<KnowledgeEntry>);
    }

    /// <summary>By category, then key (the unique index's order, so a page is one index range).</summary>
    private static async Task<Ok<PagedList<KnowledgeResponse>>> List(
        [AsParameters] KnowledgeQuery query, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var entries = db.KnowledgeEntries.AsNoTracking().Where(k => k.UserId == userId);
        if (query.CategoryValue is { } category) entries = entries.Where(k => k.Category == category);
        return TypedResults.Ok(await entries.OrderBy(k => k.Category).ThenBy(k => k.Key)
            .ToPageAsync(query.Paging, KnowledgeResponse.From, cancellationToken));
    }

    private static async Task<Results<Created<KnowledgeResponse>, ValidationProblem>> Create(
        KnowledgeRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (request.CheckAgainstNow(now) is { } problem) return problem;
        var entry = request.ToEntry(http.User.UserId(), now);
        db.KnowledgeEntries.Add(entry);
        var crisis = await ScreenAsync(db, entry, now, cancellationToken);
        if (!await SavedUniqueAsync(db, cancellationToken)) return Taken();
        return TypedResults.Created($"/api/v1/companion/knowledge/{entry.Id}", KnowledgeResponse.From(entry) with { Crisis = crisis });
    }

    private static async Task<Results<Ok<KnowledgeResponse>, NotFound, ValidationProblem>> Update(
        Guid id, KnowledgeRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.FindOwnedAsync<KnowledgeEntry>(http, id, cancellationToken) is not { } entry) return TypedResults.NotFound();
        var now = time.GetUtcNow();
        if (request.CheckAgainstNow(now) is { } problem) return problem;
        request.ApplyTo(entry);
        var crisis = await ScreenAsync(db, entry, now, cancellationToken);
        if (!await SavedUniqueAsync(db, cancellationToken)) return Taken();
        return TypedResults.Ok(KnowledgeResponse.From(entry) with { Crisis = crisis });
    }

    /// <summary>What the person wrote here is screened like any other free text (the safety event saves with the entry).</summary>
    private static Task<CrisisOverride?> ScreenAsync(SanctumDbContext db, KnowledgeEntry entry, DateTimeOffset now, CancellationToken cancellationToken) =>
        CrisisCheck.ScreenOnWriteAsync(db, entry.UserId, now, AuditNames.EntityType(typeof(KnowledgeEntry)), entry.Id, [entry.Key, entry.Value], cancellationToken);


    /// <summary>Saves; false when the person already has an entry with this category and key (the unique index decides, so two at once cannot both pass).</summary>
    private static async Task<bool> SavedUniqueAsync(SanctumDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (UniqueRace.IsUniqueViolation(exception))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static ValidationProblem Taken() =>
        ValidationErrors.Problem("key", "There is already an entry with this key in this category; change that one instead.");
}
