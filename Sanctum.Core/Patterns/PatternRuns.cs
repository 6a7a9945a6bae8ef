using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Episodes;
using Sanctum.Core.Medications;
using Sanctum.Core.Notifications;
using Sanctum.Core.Persistence;
using Sanctum.Core.Trackers;

namespace Sanctum.Core.Patterns;

/// <summary>Queues analyses, reads what one needs, runs it and keeps its flags. The database side of the pure analysis.</summary>
public static class PatternRuns
{
    /// <summary>The longest period one analysis covers (a leap year).</summary>
    public const int MaxDays = 366;

    /// <summary>The period the weekly and after-new-shifts runs look back over, ending yesterday.</summary>
    public const int RecentDays = 90;

    /// <summary>Adds a queued analysis and its job to the caller's unit of work (the caller saves: both or neither).</summary>
    public static StoredAnalysis Queue(SanctumDbContext db, Guid userId, DateOnly from, DateOnly to, AnalysisTrigger trigger, DateTimeOffset now)
    {
        var analysis = new StoredAnalysis { UserId = userId, From = from, To = to, Trigger = trigger, Status = AnalysisStatus.Queued, RequestedAt = now };
        db.PatternAnalyses.Add(analysis);
        db.QueueJob(PatternAnalysisJob.JobType, new PatternAnalysisJob(analysis.Id));
        return analysis;
    }

    /// <summary>
    /// Runs one analysis. At-least-once delivery: an analysis already done (or gone with its account) is left alone;
    /// a rerun after a crash starts again from the records.
    /// </summary>
    public static async Task RunAsync(SanctumDbContext db, Guid analysisId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var analysis = await db.PatternAnalyses.SingleOrDefaultAsync(a => a.Id == analysisId, cancellationToken);
        if (analysis is null || analysis.Status == AnalysisStatus.Done) return;
        analysis.Status = AnalysisStatus.Running;
        await db.SaveChangesAsync(cancellationToken);

        var zoneId = await db.Users.Where(u => u.Id == analysis.UserId).Select(u => u.TimeZone).SingleAsync(cancellationToken);
        var input = await ReadAsync(db, analysis.UserId, TimeZoneInfo.FindSystemTimeZoneById(zoneId), analysis.From, analysis.To, now, cancellationToken);
        var report = PatternAnalysis.Analyse(input);
        analysis.Report = ReportJson.Write(report);
        analysis.Status = AnalysisStatus.Done;
        analysis.CompletedAt = now;
        await KeepFlagsAsync(db, analysis, report.Flags, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task FailAsync(SanctumDbContext db, Guid analysisId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var analysis = await db.PatternAnalyses.SingleOrDefaultAsync(a => a.Id == analysisId, cancellationToken);
        if (analysis is null || analysis.Status == AnalysisStatus.Done) return;
        analysis.Status = AnalysisStatus.Failed;
        analysis.Error = "Sanctum couldn't finish this analysis. Please try again later.";
        analysis.CompletedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Everything the analysis reads for one person's period; episodes only once confirmed; cycle-tracker days around it.</summary>
    public static async Task<PatternInput> ReadAsync(
        SanctumDbContext db, Guid userId, TimeZoneInfo zone, DateOnly from, DateOnly to, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (start, end) = ZonedTime.Span(zone, from, to);
        var shifts = db.MoodShifts.AsNoTracking().Where(s => s.UserId == userId);
        var carried = await shifts.Where(s => s.OccurredAt < start).OrderByDescending(s => s.OccurredAt).Take(1).ToListAsync(cancellationToken);
        var inPeriod = await shifts.Where(s => s.OccurredAt >= start && s.OccurredAt < end).ToListAsync(cancellationToken);
        var cards = await db.DiaryCards.AsNoTracking().Where(c => c.UserId == userId && c.Date >= from && c.Date <= to).ToListAsync(cancellationToken);
        var cardIds = cards.Select(c => c.Id).ToList();
        return new PatternInput(
            from, to, zone, now,
            carried.Concat(inPeriod).ToList(),
            await db.DailyBaselines.AsNoTracking().Where(b => b.UserId == userId && b.Date >= from && b.Date <= to).ToListAsync(cancellationToken),
            await DoseSchedules.ForUserAsync(db, userId, zone, cancellationToken),
            await DoseSchedules.LogsAsync(db, userId, zone, from, to, cancellationToken),
            // Changes up to the window before the period: a side effect early in it may follow one made just before.
            await db.MedicationChanges.AsNoTracking()
                .Where(c => c.UserId == userId && c.Date >= from.AddDays(-PatternAnalysis.SideEffectWindowDays) && c.Date <= to).ToListAsync(cancellationToken),
            await db.SideEffects.AsNoTracking().Where(e => e.UserId == userId && e.OccurredAt >= start && e.OccurredAt < end).ToListAsync(cancellationToken),
            await db.QuestionnaireResponses.AsNoTracking().Where(q => q.UserId == userId && q.CompletedAt >= start && q.CompletedAt < end).ToListAsync(cancellationToken),
            cards,
            await db.SkillUses.AsNoTracking().Where(u => u.UserId == userId && cardIds.Contains(u.DiaryCardId)).ToListAsync(cancellationToken),
            await db.Episodes.AsNoTracking().Where(e => e.UserId == userId).Confirmed()
                .Where(e => e.StartedAt < end && (e.EndedAt == null || e.EndedAt > start)).ToListAsync(cancellationToken))
        {
            // Private days too: this is the person's own view. A clinician's report prints no flag from an analysis that
            // read a private record (ReportSources.WithoutPrivateEvidenceAsync).
            Menstrual = await db.MenstrualEntries.AsNoTracking()
                .Where(m => m.UserId == userId && m.Date >= from.AddDays(-MenstrualCycle.LookAroundDays) && m.Date <= to.AddDays(MenstrualCycle.LookAroundDays))
                .ToListAsync(cancellationToken),
        };
    }

    /// <summary>New findings become new flags; ones found before are refreshed and keep the person's state.</summary>
    private static async Task KeepFlagsAsync(
        SanctumDbContext db, StoredAnalysis analysis, IReadOnlyList<PatternFinding> findings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keys = findings.Select(f => f.Key).ToList();
        var existing = await db.PatternFlags.Where(f => f.UserId == analysis.UserId && keys.Contains(f.Key)).ToDictionaryAsync(f => f.Key, cancellationToken);
        foreach (var finding in findings)
        {
            if (!existing.TryGetValue(finding.Key, out var flag))
            {
                flag = new StoredFlag { UserId = analysis.UserId, Key = finding.Key, Description = finding.Description, FirstFoundAt = now };
                db.PatternFlags.Add(flag);
            }

            flag.Type = finding.Type;
            flag.Severity = finding.Severity;
            flag.Description = finding.Description;
            flag.SupportingData = finding.SupportingData.ToList();
            flag.AnalysisId = analysis.Id;
            flag.LastFoundAt = now;
        }
    }
}
