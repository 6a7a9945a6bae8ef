using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Dbt;
using Sanctum.Core.Episodes;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Persistence;
using Sanctum.Core.Profile;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Safety;

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
    Task<byte[]> RenderAsync(ReportKind kind, ReportData data, CancellationToken cancellationToken);
}

/// <summary>
/// What a report may draw on: the person's records whose time falls in the period (local days <see cref="From"/> to
/// <see cref="To"/> inclusive, in <see cref="Zone"/>), each list in time order. Medications are all of them, with the
/// changes and side effects of the period; episodes are confirmed ones that overlap the period.
/// </summary>
public sealed record ReportData(
    string DisplayName,
    TimeZoneInfo Zone,
    DateOnly From,
    DateOnly To,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<MoodShift> MoodShifts,
    IReadOnlyList<DailyBaseline> Baselines,
    IReadOnlyList<Medication> Medications,
    IReadOnlyList<DoseLog> Doses,
    IReadOnlyList<MedicationChange> MedicationChanges,
    IReadOnlyList<SideEffect> SideEffects,
    IReadOnlyList<QuestionnaireResponse> Questionnaires,
    IReadOnlyList<DiaryCard> DiaryCards,
    IReadOnlyList<SkillUse> Skills,
    IReadOnlyList<Episode> Episodes,
    IReadOnlyList<CrisisIntervention> Interventions,
    IReadOnlyList<SafetyEvent> SafetyEvents)
{
    /// <summary>The person's state just before the period began, so a report's first day is not shown empty.</summary>
    public MoodShift? StateBefore { get; init; }

    public static async Task<ReportData> LoadAsync(SanctumDbContext db, Guid userId, DateOnly from, DateOnly to, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(user.TimeZone);
        var (start, end) = (ZonedTime.StartOf(zone, from), ZonedTime.StartOf(zone, to.AddDays(1)));

        var shifts = await db.MoodShifts.AsNoTracking().Where(s => s.UserId == userId && s.OccurredAt >= start && s.OccurredAt < end)
            .OrderBy(s => s.OccurredAt).ToListAsync(cancellationToken);
        var before = await db.MoodShifts.AsNoTracking().Where(s => s.UserId == userId && s.OccurredAt < start)
            .OrderByDescending(s => s.OccurredAt).FirstOrDefaultAsync(cancellationToken);
        var baselines = await db.DailyBaselines.AsNoTracking().Where(b => b.UserId == userId && b.Date >= from && b.Date <= to)
            .OrderBy(b => b.Date).ToListAsync(cancellationToken);
        var medications = await db.Medications.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Name).ToListAsync(cancellationToken);
        var doses = await db.DoseLogs.AsNoTracking().Where(d => d.UserId == userId && d.ScheduledAt >= start && d.ScheduledAt < end)
            .OrderBy(d => d.ScheduledAt).ToListAsync(cancellationToken);
        var changes = await db.MedicationChanges.AsNoTracking().Where(c => c.UserId == userId && c.Date >= from && c.Date <= to)
            .OrderBy(c => c.Date).ToListAsync(cancellationToken);
        var sideEffects = await db.SideEffects.AsNoTracking().Where(e => e.UserId == userId && e.OccurredAt >= start && e.OccurredAt < end)
            .OrderBy(e => e.OccurredAt).ToListAsync(cancellationToken);
        var questionnaires = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.UserId == userId && r.CompletedAt >= start && r.CompletedAt < end).OrderBy(r => r.CompletedAt).ToListAsync(cancellationToken);
        var cards = await db.DiaryCards.AsNoTracking().Where(c => c.UserId == userId && c.Date >= from && c.Date <= to)
            .OrderBy(c => c.Date).ToListAsync(cancellationToken);
        var cardIds = cards.Select(c => c.Id).ToList();
        var skills = await db.SkillUses.AsNoTracking().Where(u => u.UserId == userId && cardIds.Contains(u.DiaryCardId))
            .OrderBy(u => u.CreatedAt).ToListAsync(cancellationToken);
        var episodes = await db.Episodes.AsNoTracking().Confirmed()
            .Where(e => e.UserId == userId && e.StartedAt < end && (e.EndedAt == null || e.EndedAt >= start))
            .OrderBy(e => e.StartedAt).ToListAsync(cancellationToken);
        var episodeIds = episodes.Select(e => e.Id).ToList();
        var interventions = await db.CrisisInterventions.AsNoTracking().Where(i => i.UserId == userId && episodeIds.Contains(i.EpisodeId))
            .OrderBy(i => i.OccurredAt).ToListAsync(cancellationToken);
        var safetyEvents = await db.SafetyEvents.AsNoTracking().Where(e => e.UserId == userId && e.OccurredAt >= start && e.OccurredAt < end)
            .OrderBy(e => e.OccurredAt).ToListAsync(cancellationToken);

        return new ReportData(user.DisplayName, zone, from, to, now, shifts, baselines, medications, doses, changes, sideEffects,
            questionnaires, cards, skills, episodes, interventions, safetyEvents) { StateBefore = before };
    }
}
