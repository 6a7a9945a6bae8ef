using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core.Companion;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Companion;

/// <summary>
/// The whole configuration; a PUT replaces it. <c>crisisPhrases</c> is the safety module's own list
/// (<c>/api/v1/safety/settings</c> ownPhrases), read and written here in the same save: there is one list, and the
/// screener reads it. Leaving it out (null) keeps the phrases as they are.
/// </summary>
public sealed record ConfigurationRequest(
    CompanionTone? Tone, CompanionPacing? Pacing, bool? DailyAffirmation, List<string>? TopicsToAvoid,
    List<string>? CrisisPhrases, List<CompanionProtocol>? ActiveProtocols) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (Tone is null) errors.Add("tone", "This is required.");
        if (Pacing is null) errors.Add("pacing", "This is required.");
        if (DailyAffirmation is null) errors.Add("dailyAffirmation", "This is required.");
        errors.TextList("topicsToAvoid", TopicsToAvoid, CompanionConfiguration.MaxTopics, CompanionConfiguration.MaxTopicLength);
        if (TopicsToAvoid is { } topics && topics.Select(t => t?.Trim().ToLowerInvariant()).Distinct().Count() != topics.Count)
            errors.Add("topicsToAvoid", "Each topic should appear once.");
        ScreeningSettingsRequest.ValidatePhrases(errors, "crisisPhrases", CrisisPhrases);
        if (ActiveProtocols is null) errors.Add("activeProtocols", "This is required (an empty list turns them all off).");
        else if (ActiveProtocols.Distinct().Count() != ActiveProtocols.Count) errors.Add("activeProtocols", "Each conversation should appear once.");
    }

    public void ApplyTo(CompanionConfiguration configuration)
    {
        configuration.Tone = Tone!.Value;
        configuration.Pacing = Pacing!.Value;
        configuration.DailyAffirmation = DailyAffirmation!.Value;
        configuration.TopicsToAvoid = TopicsToAvoid.Trimmed();
        configuration.ActiveProtocols = [.. ActiveProtocols!.Order()];
    }
}

/// <param name="CrisisPhrases">The screener's list (also at /api/v1/safety/settings), not a copy.</param>
public sealed record ConfigurationResponse(
    CompanionTone Tone, CompanionPacing Pacing, bool DailyAffirmation, IReadOnlyList<string> TopicsToAvoid,
    IReadOnlyList<string> CrisisPhrases, IReadOnlyList<CompanionProtocol> ActiveProtocols, DateTimeOffset? UpdatedAt)
{
    public static ConfigurationResponse From(CompanionConfiguration c, IReadOnlyList<string> phrases) =>
        new(c.Tone, c.Pacing, c.DailyAffirmation, c.TopicsToAvoid, phrases, c.ActiveProtocols, c.CreatedAt == default ? null : c.UpdatedAt);
}

/// <summary>GET and PUT /api/v1/companion/configuration: how the person wants the companion to talk with them.</summary>
public static class ConfigurationApi
{
    public static void MapConfigurationApi(this RouteGroupBuilder companion)
    {
        companion.MapGet("/configuration", Get);
        companion.MapPut("/configuration", Save).WithValidation();
    }

    private static async Task<Ok<ConfigurationResponse>> Get(HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var configuration = await CompanionConfiguration.ReadAsync(db, userId, cancellationToken);
        var screening = await ScreeningSettingsApi.ForAsync(db, userId, cancellationToken);
        return TypedResults.Ok(ConfigurationResponse.From(configuration, screening.OwnPhrases));
    }

    /// <summary>The configuration and the screener's phrases change in one save, so they are never half-applied.</summary>
    private static async Task<Ok<ConfigurationResponse>> Save(
        ConfigurationRequest request, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        return TypedResults.Ok(await db.RetryOnceOnConflictAsync(async () =>
        {
            var configuration = await db.CompanionConfigurations.SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken);
            if (configuration is null) db.CompanionConfigurations.Add(configuration = CompanionConfiguration.Defaults(userId));
            request.ApplyTo(configuration);
            IReadOnlyList<string> phrases;
            if (request.CrisisPhrases is null) phrases = (await ScreeningSettingsApi.ForAsync(db, userId, cancellationToken)).OwnPhrases;
            else
            {
                var screening = await ScreeningSettingsApi.TrackedAsync(db, userId, cancellationToken);
                screening.OwnPhrases = request.CrisisPhrases.Trimmed();
                phrases = screening.OwnPhrases;
            }

            await db.SaveChangesAsync(cancellationToken);
            return ConfigurationResponse.From(configuration, phrases);
        }));
    }
}
