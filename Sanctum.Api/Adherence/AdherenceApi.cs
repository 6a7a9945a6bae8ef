using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Core.Medications;
using Sanctum.Core.Persistence;
using Sanctum.Core.Profile;

namespace Sanctum.Api.Adherence;

/// <summary>A change or a side effect, in one chronological list; exactly one of Change and SideEffect is set.</summary>
public sealed record TimelineEntry(string Kind, DateOnly Date, DateTimeOffset? At, MedicationChangeResponse? Change, SideEffectResponse? SideEffect);

public sealed record TodaysDose(Guid MedicationId, string Name, decimal? Dose, string? Unit, TimeOnly LocalTime, DateTimeOffset ScheduledAt, DoseLogResponse? Log);

public sealed record TodaysDoses(DateOnly Date, IReadOnlyList<TodaysDose> Doses);

public static class AdherenceApi
{
    /// <summary>The longest adherence period, a year and a day; ?from&amp;to both default (the 30 days ending today).</summary>
    private const int MaxDays = 366;

    public static RouteGroupBuilder MapAdherenceApi(this IEndpointRouteBuilder app)
    {
        var medications = app.MapGroup("/api/v1/medications").WithTags("Medication adherence").RequireAuthorization();
        medications.MapGet("/adherence", Adherence).WithValidation();
        medications.MapGet("/doses/today", Today);

        var medication = medications.MapGroup("/{medicationId:guid}");
        medication.MapMedicationRecords<DoseLog, DoseLogRequest, DoseLogResponse>("/doses");
        medication.MapMedicationRecords<SideEffect, SideEffectRequest, SideEffectResponse>("/side-effects");
        medication.MapMedicationRecords<MedicationChange, MedicationChangeRequest, MedicationChangeResponse>("/changes");
        medication.MapGet("/timeline", Timeline);
        return medications;
    }

    /// <summary>Changes and side effects oldest first; a change (dated by day) comes before a side effect on the same day.</summary>
    private static async Task<Results<Ok<IReadOnlyList<TimelineEntry>>, NotFound>> Timeline(
        Guid medicationId, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        if (!await db.OwnsMedicationAsync(userId, medicationId, cancellationToken)) return TypedResults.NotFound();
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        var changes = await db.MedicationChanges.AsNoTracking()
            .Where(c => c.UserId == userId && c.MedicationId == medicationId).ToListAsync(cancellationToken);
        var sideEffects = await db.SideEffects.AsNoTracking()
            .Where(e => e.UserId == userId && e.MedicationId == medicationId).ToListAsync(cancellationToken);

        var entries = changes
            .Select(c => (Order: zone.StartOf(c.Date), Entry: new TimelineEntry("change", c.Date, null, MedicationChangeResponse.From(c), null)))
            .Concat(sideEffects.Select(e =>
                (Order: e.OccurredAt, Entry: new TimelineEntry("sideEffect", zone.DateOf(e.OccurredAt), e.OccurredAt, null, SideEffectResponse.From(e)))))
            .OrderBy(x => x.Order).ThenBy(x => x.Entry.Kind == "change" ? 0 : 1)
            .Select(x => x.Entry)
            .ToList();
        return TypedResults.Ok<IReadOnlyList<TimelineEntry>>(entries);
    }

    private static async Task<Results<Ok<AdherenceReport>, ValidationProblem>> Adherence(
        [AsParameters] DateRangeQuery query, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        var to = query.To ?? zone.Today(time);
        var from = query.From ?? (query.To is null ? to.AddDays(-29) : to);
        // The length is checked once the defaults are in (only from given ends the period today); from is what to move.
        if (ValidationErrors.DaySpanProblem(from, to, MaxDays, "from") is { } problem) return problem;
        var schedules = await DoseSchedules.ForUserAsync(db, userId, zone.Zone, cancellationToken);
        var logs = await DoseSchedules.LogsAsync(db, userId, zone.Zone, from, to, cancellationToken);
        return TypedResults.Ok(AdherenceCalculator.Report(schedules, logs, from, to, zone.Zone, time.GetUtcNow()));
    }

    /// <summary>Today's scheduled doses with their logs, for the check-off; doses later today are included.</summary>
    private static async Task<Ok<TodaysDoses>> Today(HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        var today = zone.Today(time);
        var doses = await DoseSchedules.DueOnAsync(db, userId, zone.Zone, today, cancellationToken);
        return TypedResults.Ok(new TodaysDoses(today, doses
            .Select(d => new TodaysDose(d.Medication.Id, d.Medication.Name, d.Medication.Dose, d.Medication.Unit,
                d.Dose.LocalTime, d.Dose.ScheduledAt, d.Dose.Log is null ? null : DoseLogResponse.From(d.Dose.Log)))
            .ToList()));
    }
}
