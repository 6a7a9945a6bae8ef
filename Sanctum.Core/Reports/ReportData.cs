using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Dbt;
using Sanctum.Core.Episodes;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Patterns;
using Sanctum.Core.Persistence;
using Sanctum.Core.Profile;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Safety;
using Sanctum.Core.Trackers;

namespace Sanctum.Core.Reports;

public enum ReportKind
{
    Psychiatrist,
    Therapist,
    Disability,
    Personal,
}

/// <summary>Turns a person's records for a period into a PDF.</summary>
public interface IReportRenderer
{
    /// <summary>
    /// The PDF's bytes. Throws <see cref="Exports.ExportFailedException"/> for a report that cannot be made (its reason is
    /// shown to the person); any other exception is retried.
    /// </summary>
    Task<byte[]> RenderAsync(ReportKind kind, ReportData data, ReportContext context, CancellationToken cancellationToken);
}

/// <summary>
/// One person's records for a report's period, as Core entities straight from the database (the caller scopes every
/// list to the person and the period; the renderer still ignores what falls outside the period, and draft episodes).
/// For a clinician's document the caller has already left out what the person keeps private (<see cref="PrivateRecords"/>).
/// </summary>
public sealed record ReportData
{
    public required string DisplayName { get; init; }

    /// <summary>The person's zone: every day and time in the report is shown in it.</summary>
    public required TimeZoneInfo Zone { get; init; }

    /// <summary>Shifts in the period (plus, optionally, the last one before it: the state carried over the first midnight).</summary>
    public IReadOnlyList<MoodShift> MoodShifts { get; init; } = [];

    /// <summary>When the data was read: the FHIR bundle's timestamp.</summary>
    public DateTimeOffset ReadAt { get; init; }

    public IReadOnlyList<DailyBaseline> Baselines { get; init; } = [];

    /// <summary>Every medication the person has (active or not): schedules decide which doses were due in the period.</summary>
    public IReadOnlyList<Medication> Medications { get; init; } = [];

    public IReadOnlyList<DoseLog> DoseLogs { get; init; } = [];
    public IReadOnlyList<MedicationChange> MedicationChanges { get; init; } = [];
    public IReadOnlyList<SideEffect> SideEffects { get; init; } = [];
    public IReadOnlyList<QuestionnaireResponse> Questionnaires { get; init; } = [];
    public IReadOnlyList<DiaryCard> DiaryCards { get; init; } = [];
    public IReadOnlyList<SkillUse> SkillUses { get; init; } = [];

    /// <summary>Episodes overlapping the period; drafts are skipped (they stay out of exports until confirmed).</summary>
    public IReadOnlyList<Episode> Episodes { get; init; } = [];

    public IReadOnlyList<CrisisIntervention> Interventions { get; init; } = [];
    public IReadOnlyList<SafetyEvent> SafetyEvents { get; init; } = [];

    /// <summary>Pattern flags to discuss with a provider, when pattern analysis has raised any.</summary>
    public IReadOnlyList<ReportFlag> Flags { get; init; } = [];

    /// <summary>The person's profile, when they have one: the disability report reads their own words about diagnoses.</summary>
    public Profile.Profile? Profile { get; init; }

    /// <summary>
    /// Cycle-tracker days from <see cref="MenstrualCycle.LookAroundDays"/> before the period to as long after it (cycle
    /// days are counted from starts outside it).
    /// </summary>
    public IReadOnlyList<MenstrualEntry> Menstrual { get; init; } = [];

    public IReadOnlyList<AbandonmentEntry> Abandonment { get; init; } = [];
    public IReadOnlyList<EmotionalIntensityEntry> EmotionalIntensity { get; init; } = [];
    public IReadOnlyList<RelationshipEntry> Relationships { get; init; } = [];
}

/// <summary>A pattern worth discussing with a provider (never a diagnosis), as pattern analysis words it.</summary>
public sealed record ReportFlag(DateOnly Date, string Severity, string Description);

/// <summary>The period (local days, inclusive) and when the report was generated.</summary>
public sealed record ReportContext(DateOnly From, DateOnly To, DateTimeOffset GeneratedAt)
{
    public int Days => To.DayNumber - From.DayNumber + 1;
    public IEnumerable<DateOnly> EachDay() => Enumerable.Range(0, Days).Select(From.AddDays);
    public bool Contains(DateOnly day) => day >= From && day <= To;
}

/// <summary>Reads what a report may draw on from the database, scoped to the person and the period.</summary>
public static class ReportSources
{
    /// <summary>
    /// The person's records whose time falls in the local days <paramref name="from"/> to <paramref name="to"/>, each
    /// list in time order, with the last mood shift before the period first. Medications are all of them, with every
    /// change (a stop before the period still decides which doses were due); episodes are confirmed ones overlapping
    /// the period. <paramref name="includePrivate"/> is for the person's own report only; without it, private records
    /// are left out entirely (the carried-over shift is then the last one not kept private).
    /// </summary>
    public static async Task<ReportData> LoadAsync(SanctumDbContext db, Guid userId, DateOnly from, DateOnly to, DateTimeOffset now,
        bool includePrivate, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(user.TimeZone);
        var (start, end) = ZonedTime.Span(zone, from, to);

        var shifts = await db.MoodShifts.AsNoTracking().OmitPrivateUnless(includePrivate).Where(s => s.UserId == userId && s.OccurredAt >= start && s.OccurredAt < end)
            .OrderBy(s => s.OccurredAt).ToListAsync(cancellationToken);
        var before = await db.MoodShifts.AsNoTracking().OmitPrivateUnless(includePrivate).Where(s => s.UserId == userId && s.OccurredAt < start)
            .OrderByDescending(s => s.OccurredAt).FirstOrDefaultAsync(cancellationToken);
        var baselines = await db.DailyBaselines.AsNoTracking().Where(b => b.UserId == userId && b.Date >= from && b.Date <= to)
            .OrderBy(b => b.Date).ToListAsync(cancellationToken);
        var medications = await db.Medications.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Name).ToListAsync(cancellationToken);
        var doses = await DoseSchedules.LogsAsync(db, userId, zone, from, to, cancellationToken);
        var changes = await db.MedicationChanges.AsNoTracking().Where(c => c.UserId == userId && c.Date <= to)
            .OrderBy(c => c.Date).ToListAsync(cancellationToken);
        var sideEffects = await db.SideEffects.AsNoTracking().Where(e => e.UserId == userId && e.OccurredAt >= start && e.OccurredAt < end)
            .OrderBy(e => e.OccurredAt).ToListAsync(cancellationToken);
        var questionnaires = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.UserId == userId && r.CompletedAt >= start && r.CompletedAt < end).OrderBy(r => r.CompletedAt).ToListAsync(cancellationToken);
        var cards = await db.DiaryCards.AsNoTracking().OmitPrivateUnless(includePrivate).Where(c => c.UserId == userId && c.Date >= from && c.Date <= to)
            .OrderBy(c => c.Date).ToListAsync(cancellationToken);
        var cardIds = cards.Select(c => c.Id).ToList();
        var skills = await db.SkillUses.AsNoTracking().Where(u => u.UserId == userId && cardIds.Contains(u.DiaryCardId))
            .OrderBy(u => u.CreatedAt).ToListAsync(cancellationToken);
        var episodes = await db.Episodes.AsNoTracking().Confirmed().OmitPrivateUnless(includePrivate)
            .Where(e => e.UserId == userId && e.StartedAt < end && (e.EndedAt == null || e.EndedAt >= start))
            .OrderBy(e => e.StartedAt).ToListAsync(cancellationToken);
        var episodeIds = episodes.Select(e => e.Id).ToList();
        var interventions = await db.CrisisInterventions.AsNoTracking().Where(i => i.UserId == userId && episodeIds.Contains(i.EpisodeId))
            .OrderBy(i => i.OccurredAt).ToListAsync(cancellationToken);
        var safetyEvents = await db.SafetyEvents.AsNoTracking().OmitFromPrivateUnless(db, includePrivate).Where(e => e.UserId == userId && e.OccurredAt >= start && e.OccurredAt < end)
            .OrderBy(e => e.OccurredAt).ToListAsync(cancellationToken);

        var profile = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        // Patterns found up to the period's end that the person has not yet marked discussed with a provider.
        var flags = await db.PatternFlags.AsNoTracking()
            .Where(f => f.UserId == userId && f.State != FlagState.DiscussedWithProvider && f.FirstFoundAt < end)
            .OrderBy(f => f.FirstFoundAt).ToListAsync(cancellationToken);
        if (!includePrivate) flags = await WithoutPrivateEvidenceAsync(db, userId, flags, cancellationToken);
        return new ReportData
        {
            DisplayName = user.DisplayName,
            Zone = zone,
            ReadAt = now,
            MoodShifts = before is null ? shifts : [before, .. shifts],
            Baselines = baselines,
            Medications = medications,
            DoseLogs = doses,
            MedicationChanges = changes,
            SideEffects = sideEffects,
            Questionnaires = questionnaires,
            DiaryCards = cards,
            SkillUses = skills,
            Episodes = episodes,
            Interventions = interventions,
            SafetyEvents = safetyEvents,
            Profile = profile,
            Flags = [.. flags.Select(f => new ReportFlag(ZonedTime.DateOf(zone, f.LastFoundAt), f.Severity.ToString().ToLowerInvariant(), f.Description))],
            Menstrual = await db.MenstrualEntries.AsNoTracking().OmitPrivateUnless(includePrivate)
                .Where(m => m.UserId == userId && m.Date >= from.AddDays(-MenstrualCycle.LookAroundDays) && m.Date <= to.AddDays(MenstrualCycle.LookAroundDays))
                .OrderBy(m => m.Date).ToListAsync(cancellationToken),
            Abandonment = await db.AbandonmentEntries.AsNoTracking().OmitPrivateUnless(includePrivate).Where(a => a.UserId == userId && a.OccurredAt >= start && a.OccurredAt < end)
                .OrderBy(a => a.OccurredAt).ToListAsync(cancellationToken),
            EmotionalIntensity = await db.EmotionalIntensityEntries.AsNoTracking().OmitPrivateUnless(includePrivate).Where(e => e.UserId == userId && e.OccurredAt >= start && e.OccurredAt < end)
                .OrderBy(e => e.OccurredAt).ToListAsync(cancellationToken),
            Relationships = await db.RelationshipEntries.AsNoTracking().OmitPrivateUnless(includePrivate).Where(r => r.UserId == userId && r.OccurredAt >= start && r.OccurredAt < end)
                .OrderBy(r => r.OccurredAt).ToListAsync(cancellationToken),
        };
    }

    /// <summary>
    /// Pattern analysis reads everything, private records too (it is the person's own view), and a flag cannot say
    /// which records it rests on; a premenstrual flag alone would tell a clinician about cycle days kept private. So a
    /// clinician's report prints a flag only when the analysis that last found it read no private record: no private
    /// shift, diary card, episode or cycle day in its period (widened by the cycle look-around, which also covers any
    /// zone's offset). Cautious: one private record keeps that analysis's flags to the person's own report and Insights.
    /// </summary>
    private static async Task<List<StoredFlag>> WithoutPrivateEvidenceAsync(
        SanctumDbContext db, Guid userId, List<StoredFlag> flags, CancellationToken cancellationToken)
    {
        var analysisIds = flags.Select(f => f.AnalysisId).Distinct().ToList();
        var analyses = await db.PatternAnalyses.AsNoTracking().Where(a => a.UserId == userId && analysisIds.Contains(a.Id))
            .Select(a => new { a.Id, a.From, a.To }).ToListAsync(cancellationToken);
        var clean = new HashSet<Guid>();
        foreach (var analysis in analyses)
        {
            var (first, last) = (analysis.From.AddDays(-MenstrualCycle.LookAroundDays), analysis.To.AddDays(MenstrualCycle.LookAroundDays));
            var (start, end) = (new DateTimeOffset(first, TimeOnly.MinValue, TimeSpan.Zero), new DateTimeOffset(last.AddDays(1), TimeOnly.MinValue, TimeSpan.Zero));
            var restsOnPrivate =
                await db.MoodShifts.AnyAsync(s => s.UserId == userId && s.IsPrivate && s.OccurredAt >= start && s.OccurredAt < end, cancellationToken)
                || await db.DiaryCards.AnyAsync(c => c.UserId == userId && c.IsPrivate && c.Date >= first && c.Date <= last, cancellationToken)
                || await db.Episodes.AnyAsync(e => e.UserId == userId && e.IsPrivate && e.StartedAt < end && (e.EndedAt == null || e.EndedAt > start), cancellationToken)
                || await db.MenstrualEntries.AnyAsync(m => m.UserId == userId && m.IsPrivate && m.Date >= first && m.Date <= last, cancellationToken);
            if (!restsOnPrivate) clean.Add(analysis.Id);
        }

        return [.. flags.Where(f => clean.Contains(f.AnalysisId))];
    }
}
