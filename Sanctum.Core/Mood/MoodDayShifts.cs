using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Persistence;

namespace Sanctum.Core.Mood;

public static class MoodDayShifts
{
    /// <summary>
    /// What <see cref="MoodDay.Summarise"/> needs for the days between two instants: the shifts in that span in order,
    /// after the last one before it (the state in effect at its first midnight, however long ago it was logged).
    /// </summary>
    public static async Task<List<ShiftPoint>> ReadAsync(
        SanctumDbContext db, Guid userId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var shifts = db.MoodShifts.AsNoTracking().Where(s => s.UserId == userId);
        var carried = await shifts.Where(s => s.OccurredAt < start).OrderByDescending(s => s.OccurredAt).Take(1)
            .Select(s => new ShiftPoint(s.OccurredAt, s.CurrentState, s.Functionality)).ToListAsync(cancellationToken);
        var inRange = await shifts.Where(s => s.OccurredAt >= start && s.OccurredAt < end).OrderBy(s => s.OccurredAt).ThenBy(s => s.Id)
            .Select(s => new ShiftPoint(s.OccurredAt, s.CurrentState, s.Functionality)).ToListAsync(cancellationToken);
        return carried.Concat(inRange).ToList();
    }
}
