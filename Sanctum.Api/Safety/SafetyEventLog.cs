using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Notifications;
using Sanctum.Core.Persistence;
using Sanctum.Core.Safety;

namespace Sanctum.Api.Safety;

/// <summary>
/// Raises safety events in the caller's unit of work, so an event and the record that raised it are saved in the
/// same SaveChanges (both or neither). A new or risen event at moderate or high risk also queues
/// <see cref="CrisisDetectedJob"/> in that SaveChanges: the Workers then alert contacts and draft an episode.
/// </summary>
public static class SafetyEventLog
{
    public static SafetyEvent Raise(SanctumDbContext db, Guid userId, DateTimeOffset occurredAt, string source, RiskLevel risk,
        string reason, string entityType, Guid entityId)
    {
        var raised = db.SafetyEvents.Add(new SafetyEvent
        {
            UserId = userId,
            OccurredAt = occurredAt.ToUniversalTime(),
            Source = source,
            Risk = risk,
            Reason = reason,
            SourceEntityType = entityType,
            SourceEntityId = entityId,
        }).Entity;
        Detected(db, raised);
        return raised;
    }

    /// <summary>
    /// One event per record per source: a re-save that still meets the rule adds nothing. If the risk rose (a plan
    /// added to thoughts), the open event is raised and, if it had been handled, re-opened so the safety net sees it.
    /// Returns the event when it is new or its risk rose (what alerts should look at), else null.
    /// </summary>
    public static async Task<SafetyEvent?> RaiseOnceAsync(SanctumDbContext db, Guid userId, DateTimeOffset occurredAt, string source,
        RiskLevel risk, string reason, string entityType, Guid entityId, CancellationToken cancellationToken)
    {
        var existing = await db.SafetyEvents.SingleOrDefaultAsync(
            e => e.UserId == userId && e.SourceEntityId == entityId && e.Source == source, cancellationToken);
        if (existing is null) return Raise(db, userId, occurredAt, source, risk, reason, entityType, entityId);
        if (risk <= existing.Risk) return null;
        existing.Risk = risk;
        existing.Reason = reason;
        existing.HandledAt = null;
        Detected(db, existing);
        return existing;
    }

    private static void Detected(SanctumDbContext db, SafetyEvent safetyEvent)
    {
        if (safetyEvent.Risk >= CrisisDetectedJob.MinimumRisk)
            db.QueueJob(CrisisDetectedJob.JobType, new CrisisDetectedJob(safetyEvent.Id, safetyEvent.Risk));
    }
}
