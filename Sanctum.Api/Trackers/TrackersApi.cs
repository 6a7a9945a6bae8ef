using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Core.Persistence;
using Sanctum.Core.Trackers;

namespace Sanctum.Api.Trackers;

/// <summary>The trackers the person turned on, in a stable order.</summary>
public sealed record TrackerSettings(IReadOnlyList<TrackerKind> Trackers);

public sealed record TrackerSettingsRequest(List<TrackerKind>? Trackers) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (Trackers is null) errors.Add("trackers", "Say which trackers are on (an empty list turns them all off).");
    }
}

/// <summary>
/// The opt-in trackers: which ones the person turned on (/settings), and for each its entries. Day-based trackers keep
/// one entry a day (routines one of each type a day): a second entry for a kept day answers 409 with the kept entry's id
/// (existingId), so the person edits it rather than having it quietly replaced.
/// </summary>
public static class TrackersApi
{
    public static RouteGroupBuilder MapTrackersApi(this IEndpointRouteBuilder app)
    {
        var trackers = app.MapGroup("/api/v1/trackers").WithTags("Trackers").RequireAuthorization();
        trackers.MapGet("/settings", GetSettings);
        trackers.MapPut("/settings", SaveSettings).WithValidation();
        trackers.MapGet("/menstrual/drsp-items", () => TypedResults.Ok(Drsp.Items));
        trackers.MapTrackerEntries<MenstrualEntry, MenstrualRequest, MenstrualResponse>("/menstrual");
        trackers.MapTrackerEntries<AbandonmentEntry, AbandonmentRequest, AbandonmentResponse>("/abandonment");
        trackers.MapTrackerEntries<EmotionalIntensityEntry, EmotionalIntensityRequest, EmotionalIntensityResponse>("/emotional-intensity");
        trackers.MapTrackerEntries<RelationshipEntry, RelationshipRequest, RelationshipResponse>("/relationships");
        trackers.MapTrackerEntries<RoutineEntry, RoutineRequest, RoutineResponse>("/routines");
        return trackers;
    }

    private static async Task<Ok<TrackerSettings>> GetSettings(HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var on = await db.Profiles.AsNoTracking().Where(p => p.UserId == userId).Select(p => p.Trackers).SingleOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(Settings(on ?? []));
    }

    /// <summary>Registration makes the profile; accounts from before it get one here (a race for it runs again).</summary>
    private static async Task<Ok<TrackerSettings>> SaveSettings(
        TrackerSettingsRequest request, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var saved = await db.RetryOnceOnConflictAsync(async () =>
        {
            var profile = await db.Profiles.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
            if (profile is null) db.Profiles.Add(profile = new Core.Profile.Profile { UserId = userId });
            profile.Trackers = Settings(request.Trackers!).Trackers.ToList();
            await db.SaveChangesAsync(cancellationToken);
            return profile.Trackers;
        });
        return TypedResults.Ok(Settings(saved));
    }

    private static TrackerSettings Settings(IEnumerable<TrackerKind> on) => new(on.Distinct().Order().ToList());
}
