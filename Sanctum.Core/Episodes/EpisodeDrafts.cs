using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Persistence;
using Sanctum.Core.Safety;

namespace Sanctum.Core.Episodes;

/// <summary>
/// Episodes Sanctum starts for the person when a crisis is detected, for them to keep, fill in or dismiss. A draft
/// is only a suggestion: until confirmed it is left out of every clinical view (<see cref="Confirmed"/>).
/// </summary>
public static class EpisodeDrafts
{
    /// <summary>
    /// Sanctum's words, never the person's: a draft may come from a note they wrote, and what they wrote stays where
    /// they wrote it.
    /// </summary>
    public const string Note = "Sanctum started this record because something you logged suggested a crisis. "
        + "Change anything that isn't right, and add what you'd like to remember.";

    /// <summary>The SourceEntityType of the safety events episodes raise.</summary>
    public const string EpisodeSource = "episode";

    /// <summary>A crisis episode (logged or drafted) this close before the event is taken to be the same crisis.</summary>
    public static readonly TimeSpan SameCrisisWindow = TimeSpan.FromHours(24);

    /// <summary>The episodes clinical views read: the person's own, and drafts once they have kept them.</summary>
    public static IQueryable<Episode> Confirmed(this IQueryable<Episode> episodes) =>
        episodes.Where(e => e.Status == EpisodeStatus.Confirmed);

    /// <summary>
    /// Adds a suicidal-crisis draft for a detected crisis to the caller's unit of work (the caller saves), or returns
    /// null when none is needed. Deterministic rules, checked in order:
    /// <list type="number">
    /// <item>the event is below moderate risk: not a crisis;</item>
    /// <item>the event was raised by an episode (SourceEntityType "episode"): the person has already recorded it;</item>
    /// <item>a draft already exists for this event: the job ran before (the unique index on the event id also
    /// refuses a second draft saved by a concurrent run);</item>
    /// <item>the person has a suicidal-crisis episode or draft that is still open (no end) or that started or was
    /// still going within <see cref="SameCrisisWindow"/> before the event: this is the same crisis.</item>
    /// </list>
    /// Otherwise the draft starts when the event occurred (never after <paramref name="now"/>), open-ended, with
    /// Sanctum's <see cref="Note"/>, private when the record that raised the event is.
    /// </summary>
    public static async Task<Episode?> DraftForCrisisAsync(
        SanctumDbContext db, SafetyEvent safetyEvent, DateTimeOffset now, CancellationToken ct)
    {
        if (safetyEvent.Risk < RiskLevel.Moderate || safetyEvent.SourceEntityType == EpisodeSource) return null;

        if (await db.Episodes.AnyAsync(e => e.SafetyEventId == safetyEvent.Id, ct)) return null;

        var startedAt = safetyEvent.OccurredAt < now ? safetyEvent.OccurredAt : now;
        var windowStart = startedAt - SameCrisisWindow;
        // Both statuses are named so the (user, status, started) index serves the look-up.
        var sameCrisis = await db.Episodes.AnyAsync(e => e.UserId == safetyEvent.UserId
            && (e.Status == EpisodeStatus.Confirmed || e.Status == EpisodeStatus.Draft)
            && e.Type == EpisodeType.SuicidalCrisis
            && (e.EndedAt == null || e.EndedAt > windowStart), ct);
        if (sameCrisis) return null;

        return db.Episodes.Add(new Episode
        {
            UserId = safetyEvent.UserId,
            Status = EpisodeStatus.Draft,
            SafetyEventId = safetyEvent.Id,
            Type = EpisodeType.SuicidalCrisis,
            StartedAt = startedAt.ToUniversalTime(),
            Notes = Note,
            // A crisis found in something kept private stays private once kept, unless the person unticks it.
            IsPrivate = await safetyEvent.RaisedByPrivateAsync(db, ct),
        }).Entity;
    }
}
