using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Core.Episodes;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Episodes;

public sealed record EpisodeTypeCount(EpisodeType Type, int Count);

/// <param name="Month">The local month the episodes started in, "2026-11".</param>
public sealed record EpisodeMonth(string Month, int Total, IReadOnlyList<EpisodeTypeCount> ByType);

public sealed record EpisodeSummary(
    DateOnly From, DateOnly To, int TotalEpisodes, double TotalHours, int Hospitalizations, IReadOnlyList<EpisodeMonth> Months);

/// <summary>Episodes that started between two local dates, grouped as a clinician reads them.</summary>
public static class EpisodeSummaryApi
{
    public static async Task<Ok<EpisodeSummary>> Summary(
        [AsParameters] DateRangeQuery range, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        var to = range.To ?? zone.Today(time);
        var from = range.From ?? to.AddYears(-1).AddDays(1);
        var (start, end) = zone.Span(from, to);
        var episodes = await db.Episodes.AsNoTracking().Confirmed()
            .Where(e => e.UserId == userId && e.StartedAt >= start && e.StartedAt < end)
            .Select(e => new { e.Type, e.StartedAt, e.EndedAt, e.Hospitalized })
            .ToListAsync(cancellationToken);

        var now = time.GetUtcNow();
        var months = episodes
            .GroupBy(e => zone.DateOf(e.StartedAt).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new EpisodeMonth(g.Key, g.Count(),
                g.GroupBy(e => e.Type).OrderBy(t => t.Key).Select(t => new EpisodeTypeCount(t.Key, t.Count())).ToList()))
            .ToList();
        // Ongoing episodes count up to now, so a long open crisis is not shown as zero hours.
        var hours = episodes.Sum(e => ((e.EndedAt ?? now) - e.StartedAt).TotalHours);
        var hospitalizations = episodes.Count(e => e.Hospitalized || e.Type == EpisodeType.Hospitalization);
        return TypedResults.Ok(new EpisodeSummary(from, to, episodes.Count, Math.Round(Math.Max(hours, 0), 1), hospitalizations, months));
    }
}
