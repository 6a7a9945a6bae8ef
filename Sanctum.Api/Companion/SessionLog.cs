using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Core.Companion;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Companion;

/// <summary>Appends snapshots to the session log; nothing ever changes one afterwards.</summary>
public static class SessionLog
{
    public static async Task<SessionLogEntry> AppendAsync(SanctumDbContext db, CompanionSession session, UserZone zone, DateTimeOffset now,
        object snapshot, string content, CancellationToken cancellationToken)
    {
        var medications = await db.Medications.AsNoTracking()
            .Where(m => m.UserId == session.UserId && m.Active && m.StartDate != null)
            .Select(m => new { m.Name, m.StartDate })
            .ToListAsync(cancellationToken);
        var entry = new SessionLogEntry
        {
            UserId = session.UserId,
            SessionId = session.Id,
            LoggedAt = now,
            DayLabel = SessionDayLabel.For(zone.DateOf(now), medications.Select(m => (m.Name, m.StartDate))),
            Content = content.Length <= 8000 ? content : content[..8000],
            Snapshot = JsonSerializer.Serialize(snapshot, JsonSerializerOptions.Web),
        };
        db.SessionLog.Add(entry);
        return entry;
    }
}
