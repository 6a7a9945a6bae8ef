using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Episodes;
using Sanctum.Core.Jobs;
using Sanctum.Core.Persistence;
using Sanctum.Core.Safety;
using Sanctum.Core.Safety.Alerts;

namespace Sanctum.Workers.Safety;

/// <summary>
/// Acts on a detected crisis: queues the alerts the person's rules call for and drafts a crisis episode for them to
/// confirm, then marks the event handled. Runs at least once per event, so it is idempotent (a handled event is left
/// alone; alerts already sent for it, or within the quiet period, are not sent again), and runs one at a time per
/// person: two crises saved at the same instant cannot both pass the 24-hour check.
/// </summary>
public sealed class CrisisDetectedHandler(IServiceScopeFactory scopes, TimeProvider time, ILogger<CrisisDetectedHandler> logger) : IJobHandler
{
    public string JobType => CrisisDetectedJob.JobType;

    public async Task HandleAsync(Job job, CancellationToken cancellationToken)
    {
        var id = job.PayloadAs<CrisisDetectedJob>().SafetyEventId;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SanctumDbContext>();
        var userId = await db.SafetyEvents.Where(e => e.Id == id).Select(e => (Guid?)e.UserId).SingleOrDefaultAsync(cancellationToken);
        if (userId is null) return; // the account was deleted since

        // This person's alerts are decided one event at a time.
        await db.OnePerPersonAsync("crisis", userId.Value, async () =>
        {
            var safetyEvent = await db.SafetyEvents.SingleAsync(e => e.Id == id, cancellationToken);
            var now = time.GetUtcNow();
            if (CrisisDetectedJob.CallsForAction(safetyEvent, now))
            {
                await CrisisAlerts.QueueAsync(db, safetyEvent, now, cancellationToken);
                await EpisodeDrafts.DraftForCrisisAsync(db, safetyEvent, now, cancellationToken);
            }
            else
            {
                logger.LogInformation("Safety event {EventId} was handled already, is history or is below crisis level", id);
            }

            safetyEvent.HandledAt ??= now;
            return await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task DeadLetteredAsync(Job job, CancellationToken cancellationToken)
    {
        // The job stays in the dead-letter list; this line is what pages someone.
        logger.LogError("Gave up acting on crisis event {EventId}: {Error}", job.PayloadAs<CrisisDetectedJob>().SafetyEventId, job.LastError);
        return Task.CompletedTask;
    }
}
