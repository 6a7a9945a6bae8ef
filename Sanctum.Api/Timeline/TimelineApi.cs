using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Core.Episodes;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Persistence;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Safety;
using Sanctum.Core.Timeline;

namespace Sanctum.Api.Timeline;

public sealed record TimelineShift(Guid Id, DateTimeOffset OccurredAt, string State, int Intensity, FunctionalityLevel Functionality);

public sealed record TimelineEpisode(Guid Id, EpisodeType Type, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);

/// <summary>A prescribing decision is recorded by local date, so <c>changedAt</c> is a date, not an instant.</summary>
public sealed record TimelineMedicationChange(
    Guid Id, Guid MedicationId, string MedicationName, DateOnly ChangedAt, MedicationChangeType ChangeType,
    decimal? OldDose, decimal? NewDose, string? Unit);

/// <summary>A diary card's headline numbers: urges are 0-5; the highest urge is over the card's target behaviours.</summary>
public sealed record TimelineDiaryCard(
    Guid Id, DateOnly Date, int SkillsUsed, int? HighestUrge, int? SelfHarmUrge, int? SuicidalThoughts);

public sealed record TimelineQuestionnaire(Guid Id, Instrument Instrument, DateTimeOffset TakenAt, decimal? TotalScore, string Band, RiskLevel Risk);

/// <summary>Everything recorded over a stretch of the person's local days, each list oldest first.</summary>
public sealed record TimelineResponse(
    DateOnly From,
    DateOnly To,
    string TimeZone,
    string? CarriedOverState,
    IReadOnlyList<TimelineShift> Shifts,
    IReadOnlyList<CrisisPeriod> CrisisPeriods,
    IReadOnlyList<TimelineEpisode> Episodes,
    IReadOnlyList<TimelineMedicationChange> MedicationChanges,
    IReadOnlyList<TimelineDiaryCard> DiaryCards,
    IReadOnlyList<TimelineQuestionnaire> Questionnaires);

public static class TimelineApi
{
    /// <summary>A year (a leap one included) is the most one request reads; this bounds every list in the answer.</summary>
    public const int MaxDays = 366;

    private static readonly Instrument[] AllInstruments = Enum.GetValues<Instrument>();

    public static RouteGroupBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        var timeline = app.MapGroup("/api/v1/timeline").WithTags("Timeline").RequireAuthorization();
        timeline.MapGet("/", Get).WithValidation();
        return timeline;
    }

    /// <summary>Local dates <c>from</c> to <c>to</c> inclusive; by default the seven days ending today.</summary>
    private static async Task<Results<Ok<TimelineResponse>, ValidationProblem>> Get(
        [AsParameters] DateRangeQuery range, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        var from = range.From ?? range.To?.AddDays(-6) ?? zone.Today(time).AddDays(-6);
        var to = range.To ?? from.AddDays(6);
        if (ValidationErrors.DaySpanProblem(from, to, MaxDays) is { } problem) return problem;

        var (start, end) = zone.Span(from, to);
        var shiftsOfUser = db.MoodShifts.AsNoTracking().Where(s => s.UserId == userId);
        var carried = await shiftsOfUser.Where(s => s.OccurredAt < start).OrderByDescending(s => s.OccurredAt).ThenByDescending(s => s.Id)
            .Select(s => new MoodMark(s.OccurredAt, s.CurrentState, s.Functionality)).FirstOrDefaultAsync(cancellationToken);
        MoodMark? carriedOver = carried.State is null ? null : carried;
        var shifts = await shiftsOfUser.Where(s => s.OccurredAt >= start && s.OccurredAt < end).OrderBy(s => s.OccurredAt).ThenBy(s => s.Id)
            .Select(s => new TimelineShift(s.Id, s.OccurredAt, s.CurrentState, s.Intensity, s.Functionality)).ToListAsync(cancellationToken);

        var episodes = await db.Episodes.AsNoTracking().Confirmed()
            .Where(e => e.UserId == userId && e.StartedAt < end && (e.EndedAt == null || e.EndedAt > start))
            .OrderBy(e => e.StartedAt).ThenBy(e => e.Id)
            .Select(e => new TimelineEpisode(e.Id, e.Type, e.StartedAt, e.EndedAt)).ToListAsync(cancellationToken);

        var changes = await db.MedicationChanges.AsNoTracking()
            .Where(c => c.UserId == userId && c.Date >= from && c.Date <= to)
            .OrderBy(c => c.Date).ThenBy(c => c.Id)
            .Join(db.Medications, c => c.MedicationId, m => m.Id, (c, m) => new TimelineMedicationChange(
                c.Id, c.MedicationId, m.Name, c.Date, c.Type, c.OldDose, c.NewDose, m.Unit))
            .ToListAsync(cancellationToken);

        var cards = await db.DiaryCards.AsNoTracking()
            .Where(c => c.UserId == userId && c.Date >= from && c.Date <= to)
            .OrderBy(c => c.Date)
            .Select(c => new
            {
                c.Id, c.Date, c.TargetBehaviours, c.SelfHarmUrge, c.SuicidalThoughts,
                SkillsUsed = db.SkillUses.Count(s => s.DiaryCardId == c.Id),
            })
            .ToListAsync(cancellationToken);

        // Naming every instrument lets the (user, instrument, completed) index serve a query across all of them.
        var questionnaires = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.UserId == userId && AllInstruments.Contains(r.Instrument) && r.CompletedAt >= start && r.CompletedAt < end)
            .OrderBy(r => r.CompletedAt).ThenBy(r => r.Id)
            .Select(r => new TimelineQuestionnaire(r.Id, r.Instrument, r.CompletedAt, r.Score, r.Band, r.Risk)).ToListAsync(cancellationToken);

        var crisis = CrisisPeriods.Find(start, end, time.GetUtcNow(), carriedOver,
            shifts.Select(s => new MoodMark(s.OccurredAt, s.State, s.Functionality)).ToList(),
            episodes.Select(e => new EpisodeSpan(e.Type, e.StartedAt, e.EndedAt)).ToList());

        return TypedResults.Ok(new TimelineResponse(
            from, to, zone.Zone.Id, carriedOver?.State, shifts, crisis, episodes, changes,
            cards.Select(c => new TimelineDiaryCard(
                c.Id, c.Date, c.SkillsUsed, c.TargetBehaviours.Count == 0 ? null : c.TargetBehaviours.Max(b => b.Urge),
                c.SelfHarmUrge, c.SuicidalThoughts)).ToList(),
            questionnaires));
    }
}
