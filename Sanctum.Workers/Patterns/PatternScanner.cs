using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sanctum.Core;
using Sanctum.Core.Patterns;
using Sanctum.Core.Persistence;
using Sanctum.Workers.Migrations;

namespace Sanctum.Workers.Patterns;

public sealed class PatternOptions
{
    /// <summary>An analysis is queued once this many shifts have been logged since the person's last one.</summary>
    public int ShiftsPerAnalysis { get; set; } = 50;

    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Every <see cref="PatternOptions.ScanInterval"/> (and once at start), queues the automatic analyses of the last
/// <see cref="PatternRuns.RecentDays"/> days to yesterday: the weekly one, due from Monday 03:00 in each person's own zone
/// (once per week, for accounts that existed then), and one after every <see cref="PatternOptions.ShiftsPerAnalysis"/>
/// shifts dated after the person's latest analysis was requested (or in all, before their first).
/// </summary>
public sealed class PatternScanner(
    IServiceScopeFactory scopes, TimeProvider time, MigrationState migrations, IOptions<PatternOptions> settings, ILogger<PatternScanner> logger)
    : PeriodicService(migrations, time, settings.Value.ScanInterval)
{
    private const int Batch = 200;
    private readonly PatternOptions options = settings.Value;
    private static readonly TimeOnly WeeklyAt = new(3, 0);

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        var (after, queued) = (Guid.Empty, 0);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<SanctumDbContext>();
                var users = await db.Users.AsNoTracking().Where(u => u.Id.CompareTo(after) > 0).OrderBy(u => u.Id).Take(Batch)
                    .Select(u => new { u.Id, u.TimeZone, u.CreatedAt }).ToListAsync(stoppingToken);
                foreach (var user in users)
                {
                    var zone = TimeZoneInfo.FindSystemTimeZoneById(user.TimeZone);
                    if (await QueueIfDueAsync(db, user.Id, zone, user.CreatedAt, stoppingToken)) queued++;
                }

                if (users.Count < Batch) break;
                after = users[^1].Id;
            }
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Pattern scan failed; trying again next scan");
        }

        if (queued > 0) logger.LogInformation("Pattern scan: {Queued} analyses queued", queued);
    }

    /// <summary>
    /// Decides and queues under a per-person lock held until commit, so two Workers replicas scanning at once cannot
    /// both queue: the second sees the first one's analysis.
    /// </summary>
    private async Task<bool> QueueIfDueAsync(SanctumDbContext db, Guid userId, TimeZoneInfo zone, DateTimeOffset createdAt, CancellationToken cancellationToken) =>
        await db.OnePerPersonAsync("patterns", userId, async () =>
        {
            var now = Time.GetUtcNow();
            if (await DueAsync(db, userId, zone, createdAt, now, cancellationToken) is not { } trigger) return false;
            var yesterday = ZonedTime.DateOf(zone, now).AddDays(-1);
            PatternRuns.Queue(db, userId, yesterday.AddDays(1 - PatternRuns.RecentDays), yesterday, trigger, now);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);

    private async Task<AnalysisTrigger?> DueAsync(
        SanctumDbContext db, Guid userId, TimeZoneInfo zone, DateTimeOffset createdAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var analyses = db.PatternAnalyses.AsNoTracking().Where(a => a.UserId == userId);
        var slot = WeeklySlot(zone, now);
        var lastWeekly = await analyses.Where(a => a.Trigger == AnalysisTrigger.Weekly).MaxAsync(a => (DateTimeOffset?)a.RequestedAt, cancellationToken);
        if (createdAt < slot && (lastWeekly is null || lastWeekly < slot)) return AnalysisTrigger.Weekly;

        // Before a first analysis, every shift counts.
        var since = await analyses.MaxAsync(a => (DateTimeOffset?)a.RequestedAt, cancellationToken) ?? DateTimeOffset.MinValue;
        var newShifts = await db.MoodShifts.Where(s => s.UserId == userId && s.OccurredAt >= since).Take(options.ShiftsPerAnalysis).CountAsync(cancellationToken);
        return newShifts >= options.ShiftsPerAnalysis ? AnalysisTrigger.NewShifts : null;
    }

    /// <summary>The latest Monday 03:00 in the person's zone at or before now.</summary>
    public static DateTimeOffset WeeklySlot(TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = ZonedTime.DateOf(zone, now);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var slot = ZonedTime.ToUtc(zone, monday, WeeklyAt);
        return slot <= now ? slot : ZonedTime.ToUtc(zone, monday.AddDays(-7), WeeklyAt);
    }
}
