using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Core.Persistence;
using Sanctum.Core.Safety;
using Sanctum.Core.Safety.Screening;

namespace Sanctum.Api.Safety;

/// <summary>The whole settings record; a PUT replaces what was there.</summary>
public sealed record ScreeningSettingsRequest(List<string>? OwnPhrases, int? CrisisShiftsPerDay) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        ValidatePhrases(errors, "ownPhrases", OwnPhrases);
        if (CrisisShiftsPerDay is null) errors.Add("crisisShiftsPerDay", "This is required.");
        errors.Range("crisisShiftsPerDay", CrisisShiftsPerDay, ScreeningSettings.MinCrisisShiftsPerDay, ScreeningSettings.MaxCrisisShiftsPerDay);
    }

    /// <summary>The person's own crisis phrases, wherever they are edited (here, or the companion's settings).</summary>
    public static void ValidatePhrases(ValidationErrors errors, string field, List<string>? ownPhrases)
    {
        var phrases = ownPhrases ?? [];
        if (phrases.Count > ScreeningSettings.MaxPhrases) errors.Add(field, $"At most {ScreeningSettings.MaxPhrases} phrases.");
        for (var i = 0; i < phrases.Count; i++)
        {
            errors.Required($"{field}[{i}]", phrases[i], ScreeningSettings.MaxPhraseLength);
            // The screener compares words, so a phrase of only punctuation could never match.
            if (!string.IsNullOrWhiteSpace(phrases[i]) && ScreeningText.Normalise(phrases[i]).Length == 0)
                errors.Add($"{field}[{i}]", "Use at least one letter or number.");
        }
        if (phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Select(ScreeningText.Normalise).Distinct().Count()
            != phrases.Count(p => !string.IsNullOrWhiteSpace(p)))
            errors.Add(field, "Each phrase should appear once.");
    }

    public void ApplyTo(ScreeningSettings settings)
    {
        settings.OwnPhrases = OwnPhrases.Trimmed();
        settings.CrisisShiftsPerDay = CrisisShiftsPerDay!.Value;
    }
}

public sealed record ScreeningSettingsResponse(IReadOnlyList<string> OwnPhrases, int CrisisShiftsPerDay)
{
    public static ScreeningSettingsResponse From(ScreeningSettings s) => new(s.OwnPhrases, s.CrisisShiftsPerDay);
}

/// <summary>GET and PUT /api/v1/safety/settings: the person's own crisis phrases and crisis-shift count.</summary>
public static class ScreeningSettingsApi
{
    public static void MapScreeningSettings(this RouteGroupBuilder safety)
    {
        safety.MapGet("/settings", Get);
        safety.MapPut("/settings", Save).WithValidation();
    }

    /// <summary>The person's settings, or the defaults before their first save (not tracked: read-only).</summary>
    public static async Task<ScreeningSettings> ForAsync(SanctumDbContext db, Guid userId, CancellationToken cancellationToken) =>
        await db.ScreeningSettings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken)
        ?? ScreeningSettings.Defaults(userId);

    /// <summary>The person's settings to change, added (with the defaults) if they have none yet; the caller saves.</summary>
    public static async Task<ScreeningSettings> TrackedAsync(SanctumDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var found = await db.ScreeningSettings.SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if (found is null) db.ScreeningSettings.Add(found = ScreeningSettings.Defaults(userId));
        return found;
    }

    private static async Task<Ok<ScreeningSettingsResponse>> Get(HttpContext http, SanctumDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(ScreeningSettingsResponse.From(await ForAsync(db, http.User.UserId(), cancellationToken)));

    private static async Task<Ok<ScreeningSettingsResponse>> Save(
        ScreeningSettingsRequest request, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var settings = await db.RetryOnceOnConflictAsync(async () =>
        {
            var found = await TrackedAsync(db, userId, cancellationToken);
            request.ApplyTo(found);
            await db.SaveChangesAsync(cancellationToken);
            return found;
        });
        return TypedResults.Ok(ScreeningSettingsResponse.From(settings));
    }
}
