using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core.Mood;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Mood;

public sealed record MoodShiftRequest(
    DateTimeOffset? OccurredAt, string? PreviousState, string? CurrentState, int? Intensity, string? Trigger,
    List<string>? PhysicalSymptoms, FunctionalityLevel? Functionality, string? Activity, string? Notes, LoggedBy? LoggedBy,
    bool IsPrivate)
    : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.MaxLength("previousState", PreviousState, MoodTaxonomy.MaxStateLength);
        errors.Required("currentState", CurrentState, MoodTaxonomy.MaxStateLength);
        if (Intensity is null) errors.Add("intensity", "This is required.");
        errors.Range("intensity", Intensity, 0, 10);
        errors.MaxLength("trigger", Trigger, 500);
        errors.MaxLength("activity", Activity, 200);
        errors.MaxLength("notes", Notes, 4000);
        errors.TextList("physicalSymptoms", PhysicalSymptoms, maxLength: 100);
    }

    /// <summary>The state names the request names, for <see cref="MoodTaxonomy.AllowedAsync"/>.</summary>
    public IEnumerable<string?> States => [PreviousState.TrimToNull(), CurrentState];

    /// <summary>The checks that need the person's own states and the clock.</summary>
    public void Validate(ValidationErrors errors, HashSet<string> allowedStates, DateTimeOffset now)
    {
        errors.NotInFuture("occurredAt", OccurredAt, now);
        errors.CheckState("previousState", PreviousState.TrimToNull(), allowedStates);
        errors.CheckState("currentState", CurrentState, allowedStates);
    }

    public void ApplyTo(MoodShift shift, DateTimeOffset now)
    {
        shift.OccurredAt = (OccurredAt ?? (shift.OccurredAt == default ? now : shift.OccurredAt)).ToUniversalTime();
        shift.PreviousState = PreviousState.TrimToNull() is { } previous ? MoodTaxonomy.Normalise(previous) : null;
        shift.CurrentState = MoodTaxonomy.Normalise(CurrentState!);
        shift.Intensity = Intensity!.Value;
        shift.Trigger = Trigger.TrimToNull();
        shift.PhysicalSymptoms = PhysicalSymptoms.Trimmed();
        shift.Functionality = Functionality ?? FunctionalityLevel.Functional;
        shift.Activity = Activity.TrimToNull();
        shift.Notes = Notes.TrimToNull();
        shift.LoggedBy = LoggedBy ?? Core.Mood.LoggedBy.User;
        shift.IsPrivate = IsPrivate;
    }
}

public sealed record MoodShiftResponse(
    Guid Id, DateTimeOffset OccurredAt, string? PreviousState, string CurrentState, int Intensity, string? Trigger,
    IReadOnlyList<string> PhysicalSymptoms, FunctionalityLevel Functionality, string? Activity, string? Notes, LoggedBy LoggedBy,
    bool IsPrivate, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : ScreenedResponse
{
    public static MoodShiftResponse From(MoodShift s) => new(
        s.Id, s.OccurredAt, s.PreviousState, s.CurrentState, s.Intensity, s.Trigger, s.PhysicalSymptoms, s.Functionality,
        s.Activity, s.Notes, s.LoggedBy, s.IsPrivate, s.CreatedAt, s.UpdatedAt);
}

/// <summary>The shifts of a stretch of local days, oldest first (the order a timeline is drawn in).</summary>
public sealed record MoodShiftsInDays(DateOnly From, DateOnly To, string TimeZone, IReadOnlyList<MoodShiftResponse> Shifts);

public static class MoodShiftsApi
{
    public static void MapMoodShifts(this RouteGroupBuilder mood)
    {
        var shifts = mood.MapGroup("/shifts");
        shifts.MapGet("/", List).WithValidation();
        shifts.MapGet("/today", Today);
        shifts.MapGet("/week", Week);
        shifts.MapGet("/{id:guid}", Get);
        shifts.MapPost("/", Create).WithValidation();
        shifts.MapPut("/{id:guid}", Update).WithValidation();
        shifts.MapDelete("/{id:guid}", OwnedRecords.DeleteAsync<MoodShift>);
    }

    private static async Task<Ok<PagedList<MoodShiftResponse>>> List(
        [AsParameters] PageQuery page, [AsParameters] InstantRangeQuery range, HttpContext http, SanctumDbContext db,
        CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var query = db.MoodShifts.AsNoTracking().Where(s => s.UserId == userId);
        if (range.From is { } from) query = query.Where(s => s.OccurredAt >= from.ToUniversalTime());
        if (range.To is { } to) query = query.Where(s => s.OccurredAt < to.ToUniversalTime());
        var ordered = query.OrderByDescending(s => s.OccurredAt).ThenByDescending(s => s.Id);
        return TypedResults.Ok(await ordered.ToPageAsync(page, MoodShiftResponse.From, cancellationToken));
    }

    private static async Task<Ok<MoodShiftsInDays>> Today(HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        var today = zone.Today(time);
        return TypedResults.Ok(await InDaysAsync(db, userId, zone, today, today, cancellationToken));
    }

    /// <summary>The week is Monday to Sunday around the person's local today.</summary>
    private static async Task<Ok<MoodShiftsInDays>> Week(HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        var monday = MoodWeeks.MondayOf(zone.Today(time));
        return TypedResults.Ok(await InDaysAsync(db, userId, zone, monday, monday.AddDays(6), cancellationToken));
    }

    private static async Task<MoodShiftsInDays> InDaysAsync(
        SanctumDbContext db, Guid userId, UserZone zone, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (start, end) = zone.Span(from, to);
        var shifts = await db.MoodShifts.AsNoTracking()
            .Where(s => s.UserId == userId && s.OccurredAt >= start && s.OccurredAt < end)
            .OrderBy(s => s.OccurredAt).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        return new MoodShiftsInDays(from, to, zone.Zone.Id, shifts.Select(MoodShiftResponse.From).ToList());
    }

    private static async Task<Results<Ok<MoodShiftResponse>, NotFound>> Get(Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken) =>
        await db.FindOwnedAsync<MoodShift>(http, id, cancellationToken) is { } shift ? TypedResults.Ok(MoodShiftResponse.From(shift)) : TypedResults.NotFound();

    private static Task<Results<Created<MoodShiftResponse>, ValidationProblem>> Create(
        MoodShiftRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        CreateAsync(http.User.UserId(), request, db, time, cancellationToken);

    /// <summary>Logs a shift the request's own checks already passed; shared with the companion's confirmed proposals.</summary>
    public static async Task<Results<Created<MoodShiftResponse>, ValidationProblem>> CreateAsync(
        Guid userId, MoodShiftRequest request, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        request.Validate(errors, await MoodTaxonomy.AllowedAsync(db, userId, request.States, cancellationToken), now);
        if (errors.AsProblem() is { } problem) return problem;

        var shift = new MoodShift { UserId = userId, CurrentState = "" };
        request.ApplyTo(shift, now);
        db.MoodShifts.Add(shift);
        var crisis = await CrisisCheck.ScreenMoodShiftAsync(db, shift, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/mood/shifts/{shift.Id}", MoodShiftResponse.From(shift) with { Crisis = crisis });
    }

    private static async Task<Results<Ok<MoodShiftResponse>, NotFound, ValidationProblem>> Update(
        Guid id, MoodShiftRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.FindOwnedAsync<MoodShift>(http, id, cancellationToken) is not { } shift) return TypedResults.NotFound();
        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        request.Validate(errors, await MoodTaxonomy.AllowedAsync(db, shift.UserId, request.States, cancellationToken), now);
        if (errors.AsProblem() is { } problem) return problem;

        request.ApplyTo(shift, now);
        var crisis = await CrisisCheck.ScreenMoodShiftAsync(db, shift, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(MoodShiftResponse.From(shift) with { Crisis = crisis });
    }

}

public static class MoodWeeks
{
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
