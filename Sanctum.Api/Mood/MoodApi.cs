using Microsoft.AspNetCore.Http.HttpResults;
using Sanctum.Api.Http;
using Sanctum.Core.Mood;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Mood;

public static class MoodApi
{
    /// <summary>A week or a month view; two months is the most one request computes.</summary>
    public const int MaxSummaryDays = 62;

    public static RouteGroupBuilder MapMoodApi(this IEndpointRouteBuilder app)
    {
        var mood = app.MapGroup("/api/v1/mood").WithTags("Mood").RequireAuthorization();
        mood.MapMoodStates();
        mood.MapMoodShifts();
        mood.MapBaselines();
        mood.MapGet("/days/{date}", Day);
        mood.MapGet("/days", Days).WithValidation();
        return mood;
    }

    private static async Task<Ok<MoodDaySummary>> Day(
        DateOnly date, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        return TypedResults.Ok((await SummariseAsync(db, userId, zone, date, date, time, cancellationToken))[0]);
    }

    /// <summary>One summary per local day from <c>from</c> to <c>to</c> inclusive (default: this week, Monday to Sunday).</summary>
    private static async Task<Results<Ok<List<MoodDaySummary>>, ValidationProblem>> Days(
        [AsParameters] DateRangeQuery range, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        var from = range.From;
        var to = range.To;
        if (from is null || to is null)
        {
            var monday = MoodWeeks.MondayOf(zone.Today(time));
            from ??= to?.AddDays(-6) ?? monday;
            to ??= from.Value.AddDays(6);
        }

        if (ValidationErrors.DaySpanProblem(from.Value, to.Value, MaxSummaryDays) is { } problem) return problem;
        return TypedResults.Ok(await SummariseAsync(db, userId, zone, from.Value, to.Value, time, cancellationToken));
    }

    private static async Task<List<MoodDaySummary>> SummariseAsync(
        SanctumDbContext db, Guid userId, UserZone zone, DateOnly from, DateOnly to, TimeProvider time, CancellationToken cancellationToken)
    {
        var (start, end) = zone.Span(from, to);
        var points = await MoodDayShifts.ReadAsync(db, userId, start, end, cancellationToken);
        var now = time.GetUtcNow();

        var days = new List<MoodDaySummary>();
        for (var date = from; date <= to; date = date.AddDays(1)) days.Add(MoodDay.Summarise(date, zone.Zone, points, now));
        return days;
    }
}
