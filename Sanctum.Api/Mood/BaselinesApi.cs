using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core.Mood;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Mood;

/// <summary>One half of a day's check-in; each half leaves the other untouched.</summary>
public interface ICheckInRequest : IValidatedRequest
{
    string? Mood { get; }
    string MoodField { get; }
    void ApplyTo(DailyBaseline baseline);

    /// <summary>What this half lets the person write, for screening (the other half was screened when it was saved).</summary>
    IEnumerable<string?> Texts(DailyBaseline baseline);
}

public sealed record MorningCheckInRequest(
    TimeOnly? WakeTime, decimal? SleepHours, TimeOnly? BedtimePreviousNight, WakeQuality? HowWokeUp, string? MorningMood,
    bool? MorningMedsTaken, TimeOnly? MorningMedsAt) : ICheckInRequest
{
    public string? Mood => MorningMood;
    public string MoodField => "morningMood";

    public void Validate(ValidationErrors errors)
    {
        if (SleepHours is < 0 or > 24) errors.Add("sleepHours", "Must be between 0 and 24.");
        errors.MaxLength("morningMood", MorningMood, MoodTaxonomy.MaxStateLength);
        if (MorningMedsAt is not null && MorningMedsTaken is not true)
            errors.Add("morningMedsAt", "A time only goes with meds that were taken.");
    }

    public void ApplyTo(DailyBaseline baseline)
    {
        baseline.WakeTime = WakeTime;
        baseline.SleepHours = SleepHours;
        baseline.BedtimePreviousNight = BedtimePreviousNight;
        baseline.HowWokeUp = HowWokeUp;
        baseline.MorningMood = MorningMood.TrimToNull() is { } mood ? MoodTaxonomy.Normalise(mood) : null;
        baseline.MorningMedsTaken = MorningMedsTaken;
        baseline.MorningMedsAt = MorningMedsAt;
    }

    public IEnumerable<string?> Texts(DailyBaseline baseline) => [baseline.MorningMood];
}

public sealed record EveningCheckInRequest(string? EveningMood, bool? EveningMedsTaken, TimeOnly? EveningMedsAt, string? DaySummary)
    : ICheckInRequest
{
    public string? Mood => EveningMood;
    public string MoodField => "eveningMood";

    public void Validate(ValidationErrors errors)
    {
        errors.MaxLength("eveningMood", EveningMood, MoodTaxonomy.MaxStateLength);
        errors.MaxLength("daySummary", DaySummary, 4000);
        if (EveningMedsAt is not null && EveningMedsTaken is not true)
            errors.Add("eveningMedsAt", "A time only goes with meds that were taken.");
    }

    public void ApplyTo(DailyBaseline baseline)
    {
        baseline.EveningMood = EveningMood.TrimToNull() is { } mood ? MoodTaxonomy.Normalise(mood) : null;
        baseline.EveningMedsTaken = EveningMedsTaken;
        baseline.EveningMedsAt = EveningMedsAt;
        baseline.DaySummary = DaySummary.TrimToNull();
    }

    public IEnumerable<string?> Texts(DailyBaseline baseline) => [baseline.EveningMood, baseline.DaySummary];
}

/// <summary>A day's check-ins, with the number of shifts logged that local day.</summary>
public sealed record BaselineResponse(
    Guid Id, DateOnly Date, TimeOnly? WakeTime, decimal? SleepHours, TimeOnly? BedtimePreviousNight, WakeQuality? HowWokeUp,
    string? MorningMood, bool? MorningMedsTaken, TimeOnly? MorningMedsAt, string? EveningMood, bool? EveningMedsTaken,
    TimeOnly? EveningMedsAt, string? DaySummary, int TotalShifts, DateTimeOffset UpdatedAt) : ScreenedResponse
{
    public static BaselineResponse From(DailyBaseline b, int totalShifts) => new(
        b.Id, b.Date, b.WakeTime, b.SleepHours, b.BedtimePreviousNight, b.HowWokeUp, b.MorningMood, b.MorningMedsTaken,
        b.MorningMedsAt, b.EveningMood, b.EveningMedsTaken, b.EveningMedsAt, b.DaySummary, totalShifts, b.UpdatedAt);
}

public static class BaselinesApi
{
    /// <summary>A year of check-ins is the longest a single list answers.</summary>
    public const int MaxDays = 366;

    public static void MapBaselines(this RouteGroupBuilder mood)
    {
        var baselines = mood.MapGroup("/baselines");
        baselines.MapGet("/", List).WithValidation();
        baselines.MapGet("/{date}", Get);
        baselines.MapPut("/{date}/morning", Upsert<MorningCheckInRequest>).WithValidation();
        baselines.MapPut("/{date}/evening", Upsert<EveningCheckInRequest>).WithValidation();
    }

    private static async Task<Results<Ok<List<BaselineResponse>>, ValidationProblem>> List(
        [AsParameters] DateRangeQuery range, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        var to = range.To ?? zone.Today(time);
        var from = range.From ?? to.AddDays(-30);
        if (ValidationErrors.DaySpanProblem(from, to, MaxDays) is { } problem) return problem;

        var baselines = await db.DailyBaselines.AsNoTracking()
            .Where(b => b.UserId == userId && b.Date >= from && b.Date <= to).OrderBy(b => b.Date)
            .ToListAsync(cancellationToken);
        var (start, end) = zone.Span(from, to);
        var shiftDays = (await db.MoodShifts.AsNoTracking()
                .Where(s => s.UserId == userId && s.OccurredAt >= start && s.OccurredAt < end)
                .Select(s => s.OccurredAt).ToListAsync(cancellationToken))
            .GroupBy(zone.DateOf).ToDictionary(g => g.Key, g => g.Count());
        return TypedResults.Ok(baselines.Select(b => BaselineResponse.From(b, shiftDays.GetValueOrDefault(b.Date))).ToList());
    }

    private static async Task<Results<Ok<BaselineResponse>, NotFound>> Get(
        DateOnly date, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var baseline = await db.DailyBaselines.AsNoTracking().SingleOrDefaultAsync(b => b.UserId == userId && b.Date == date, cancellationToken);
        if (baseline is null) return TypedResults.NotFound();
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        return TypedResults.Ok(BaselineResponse.From(baseline, await ShiftsOnAsync(db, userId, zone, date, cancellationToken)));
    }

    private static Task<Results<Ok<BaselineResponse>, ValidationProblem>> Upsert<TRequest>(
        DateOnly date, TRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
        where TRequest : ICheckInRequest =>
        SaveCheckInAsync(http.User.UserId(), date, request, db, time, cancellationToken);

    /// <summary>Saves one half of a day's check-in the request's own checks already passed; shared with the companion.</summary>
    public static async Task<Results<Ok<BaselineResponse>, ValidationProblem>> SaveCheckInAsync<TRequest>(
        Guid userId, DateOnly date, TRequest request, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
        where TRequest : ICheckInRequest
    {
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        var errors = new ValidationErrors();
        if (date > zone.Today(time)) errors.Add("date", "Check-ins are for today or earlier days.");
        var mood = request.Mood.TrimToNull();
        errors.CheckState(request.MoodField, mood, await MoodTaxonomy.AllowedAsync(db, userId, [mood], cancellationToken));
        if (errors.AsProblem() is { } problem) return problem;

        var (baseline, crisis) = await db.RetryOnceOnConflictAsync(async () =>
        {
            var found = await db.DailyBaselines.SingleOrDefaultAsync(b => b.UserId == userId && b.Date == date, cancellationToken);
            if (found is null) db.DailyBaselines.Add(found = new DailyBaseline { UserId = userId, Date = date });
            request.ApplyTo(found);
            var screened = await CrisisCheck.ScreenOnWriteAsync(db, userId, time.GetUtcNow(), "daily_baseline", found.Id,
                request.Texts(found), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return (found, screened);
        });
        return TypedResults.Ok(BaselineResponse.From(baseline, await ShiftsOnAsync(db, userId, zone, date, cancellationToken)) with { Crisis = crisis });
    }

    private static Task<int> ShiftsOnAsync(SanctumDbContext db, Guid userId, UserZone zone, DateOnly date, CancellationToken cancellationToken)
    {
        var (start, end) = (zone.StartOf(date), zone.StartOf(date.AddDays(1)));
        return db.MoodShifts.CountAsync(s => s.UserId == userId && s.OccurredAt >= start && s.OccurredAt < end, cancellationToken);
    }
}
