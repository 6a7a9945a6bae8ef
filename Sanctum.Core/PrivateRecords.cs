using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Persistence;
using Sanctum.Core.Safety;

namespace Sanctum.Core;

/// <summary>A record the person can keep to themselves ("Keep this to myself").</summary>
public interface IMayBePrivate
{
    bool IsPrivate { get; }
}

/// <summary>
/// What a private record means for documents: the person's own (the personal report, CSV, JSON) keep everything; a
/// clinician's (their reports and the FHIR bundle) leave the record out entirely, with what hangs off it (a card's
/// skills, an episode's interventions, the safety events it raised), so no note, trigger, count or grid cell gives it
/// away. The safety net itself (screening, alerts to contacts) still sees every record, and so does pattern analysis
/// (the person's own Insights); a clinician's report prints only flags from analyses that read no private record.
/// </summary>
public static class PrivateRecords
{
    public static IQueryable<T> OmitPrivateUnless<T>(this IQueryable<T> records, bool includePrivate) where T : IMayBePrivate =>
        includePrivate ? records : records.Where(r => !r.IsPrivate);

    /// <summary>
    /// Safety events, less those raised by a private record: a shift, episode, diary card, tracker entry, a skill logged
    /// on a private card or an intervention on a private episode.
    /// </summary>
    public static IQueryable<SafetyEvent> OmitFromPrivateUnless(this IQueryable<SafetyEvent> events, SanctumDbContext db, bool includePrivate) =>
        includePrivate ? events : events.Where(e => e.SourceEntityId == null
            || !(db.MoodShifts.Any(s => s.Id == e.SourceEntityId && s.IsPrivate)
                || db.Episodes.Any(x => x.Id == e.SourceEntityId && x.IsPrivate)
                || db.DiaryCards.Any(c => c.Id == e.SourceEntityId && c.IsPrivate)
                || db.SkillUses.Any(u => u.Id == e.SourceEntityId && db.DiaryCards.Any(c => c.Id == u.DiaryCardId && c.IsPrivate))
                || db.CrisisInterventions.Any(i => i.Id == e.SourceEntityId && db.Episodes.Any(x => x.Id == i.EpisodeId && x.IsPrivate))
                || db.MenstrualEntries.Any(t => t.Id == e.SourceEntityId && t.IsPrivate)
                || db.AbandonmentEntries.Any(t => t.Id == e.SourceEntityId && t.IsPrivate)
                || db.EmotionalIntensityEntries.Any(t => t.Id == e.SourceEntityId && t.IsPrivate)
                || db.RelationshipEntries.Any(t => t.Id == e.SourceEntityId && t.IsPrivate)
                || db.RoutineEntries.Any(t => t.Id == e.SourceEntityId && t.IsPrivate)));

    /// <summary>Whether a saved safety event was raised by a private record (the same rule as <see cref="OmitFromPrivateUnless"/>).</summary>
    public static async Task<bool> RaisedByPrivateAsync(this SafetyEvent safetyEvent, SanctumDbContext db, CancellationToken ct) =>
        !await db.SafetyEvents.Where(e => e.Id == safetyEvent.Id).OmitFromPrivateUnless(db, includePrivate: false).AnyAsync(ct);
}
