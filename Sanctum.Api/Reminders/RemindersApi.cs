using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Adherence;
using Sanctum.Api.Http;
using Sanctum.Core.Persistence;
using Sanctum.Core.Reminders;

namespace Sanctum.Api.Reminders;

/// <summary>
/// Channel defaults to in-app. hoursBefore goes with recurrence beforeAppointment (an appointment reminder only),
/// whose times are on the day before the provider's next appointment.
/// </summary>
public sealed record ReminderRequest(
    ReminderTarget? Target, Guid? MedicationId, Guid? ProviderId, Recurrence? Recurrence, List<TimeOnly>? Times,
    List<DayOfWeek>? Weekdays, DateOnly? OnDate, string? Cron, bool? Enabled, ReminderChannel? Channel = null,
    int? HoursBefore = null) : IRecordRequest<Reminder>
{
    public void Validate(ValidationErrors errors)
    {
        if (Target is null) errors.Add("target", "Say what the reminder is for.");
        if (Target == ReminderTarget.Medication && MedicationId is null) errors.Add("medicationId", "Pick the medication.");
        if (Target == ReminderTarget.Appointment && ProviderId is null) errors.Add("providerId", "Pick the provider.");
        if (Recurrence is null)
        {
            errors.Add("recurrence", "Say how often: once, daily, weekly or cron.");
            return;
        }

        if (Recurrence == Core.Reminders.Recurrence.BeforeAppointment && Target is not (null or ReminderTarget.Appointment))
            errors.Add("recurrence", "Only an appointment reminder comes before an appointment.");
        if (Times is not null && Times.Distinct().Count() != Times.Count) errors.Add("times", "Each time should appear once.");
        foreach (var (field, message) in ToRecord().Schedule.Problems()) errors.Add(field, message);
    }

    public Reminder ToRecord()
    {
        var reminder = new Reminder();
        ApplyTo(reminder);
        return reminder;
    }

    /// <summary>Only the parts the target and recurrence use are kept, so a record never carries stale leftovers.</summary>
    public void ApplyTo(Reminder reminder)
    {
        reminder.Target = Target ?? default;
        reminder.MedicationId = Target == ReminderTarget.Medication ? MedicationId : null;
        reminder.ProviderId = Target == ReminderTarget.Appointment ? ProviderId : null;
        reminder.Recurrence = Recurrence ?? default;
        var cron = Recurrence == Core.Reminders.Recurrence.Cron;
        reminder.Cron = cron ? Cron?.Trim() : null;
        reminder.Times = cron ? [] : (Times ?? []).Order().ToList();
        reminder.Weekdays = Recurrence == Core.Reminders.Recurrence.Weekly ? (Weekdays ?? []).Distinct().Order().ToList() : [];
        reminder.OnDate = Recurrence == Core.Reminders.Recurrence.Once ? OnDate : null;
        reminder.HoursBefore = Recurrence == Core.Reminders.Recurrence.BeforeAppointment ? HoursBefore : null;
        reminder.Enabled = Enabled ?? true;
        reminder.Channel = Channel ?? ReminderChannel.InApp;
    }
}

public sealed record SnoozeRequest(int? Minutes) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (Minutes is null) errors.Add("minutes", "Say for how many minutes.");
        errors.Range("minutes", Minutes, ReminderDecision.MinSnoozeMinutes, ReminderDecision.MaxSnoozeMinutes);
    }
}

/// <summary>derived: made by Sanctum and following its medication or appointment until customised (see ReminderSources).</summary>
public sealed record ReminderResponse(
    Guid Id, ReminderTarget Target, Guid? MedicationId, Guid? ProviderId, Recurrence Recurrence, IReadOnlyList<TimeOnly> Times,
    IReadOnlyList<DayOfWeek> Weekdays, DateOnly? OnDate, string? Cron, int? HoursBefore, DateTimeOffset? AppointmentAt,
    bool Enabled, ReminderChannel Channel, bool Derived, bool Customised, DateTimeOffset? OccurrenceAt,
    DateTimeOffset? SnoozedUntil, DateTimeOffset? NextDueAt, DateTimeOffset? LastSentAt, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt) : IRecordResponse<Reminder, ReminderResponse>
{
    public static ReminderResponse From(Reminder r) => new(
        r.Id, r.Target, r.MedicationId, r.ProviderId, r.Recurrence, r.Times, r.Weekdays, r.OnDate, r.Cron, r.HoursBefore,
        r.AppointmentAt, r.Enabled, r.Channel, r.Derived, r.Customised, r.OccurrenceAt, r.SnoozedUntil, r.NextDueAt,
        r.LastSentAt, r.CreatedAt, r.UpdatedAt);
}

public static class RemindersApi
{
    /// <summary>Check-in reminders made by /defaults; the person can move them afterwards.</summary>
    public static readonly TimeOnly DefaultMorning = new(8, 0);
    public static readonly TimeOnly DefaultEvening = new(21, 0);

    public static RouteGroupBuilder MapRemindersApi(this IEndpointRouteBuilder app)
    {
        var reminders = app.MapGroup("/api/v1/reminders").WithTags("Reminders").RequireAuthorization();
        reminders.MapGet("/", PersonalCollectionEndpoints<Reminder, ReminderRequest, ReminderResponse>.List).WithValidation();
        reminders.MapGet("/{id:guid}", OwnedRecordEndpoints<Reminder, ReminderResponse>.Get);
        reminders.MapDelete("/{id:guid}", OwnedRecords.DeleteAsync<Reminder>);
        reminders.MapPost("/", Create).WithValidation();
        reminders.MapPut("/{id:guid}", Update).WithValidation();
        reminders.MapPost("/{id:guid}/snooze", Snooze).WithValidation();
        reminders.MapPost("/defaults", Defaults);
        return reminders;
    }

    private static async Task<Results<Created<ReminderResponse>, ValidationProblem>> Create(
        ReminderRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        if (await ForeignTargetAsync(db, userId, request, cancellationToken) is { } problem) return problem;
        var reminder = request.ToRecord();
        reminder.UserId = userId;
        await AppointmentOfAsync(db, reminder, cancellationToken);
        await RescheduleAsync(db, reminder, time, cancellationToken);
        db.Add(reminder);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/reminders/{reminder.Id}", ReminderResponse.From(reminder));
    }

    private static async Task<Results<Ok<ReminderResponse>, NotFound, ValidationProblem>> Update(
        Guid id, ReminderRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        if (await FindOwnedAsync(db, userId, id, cancellationToken) is not { } reminder) return TypedResults.NotFound();
        if (await ForeignTargetAsync(db, userId, request, cancellationToken) is { } problem) return problem;
        var thing = (reminder.Target, reminder.MedicationId, reminder.ProviderId);
        request.ApplyTo(reminder);
        // Pointed at something else it is the person's own; changed in rhythm or switched, it keeps their settings.
        if (thing != (reminder.Target, reminder.MedicationId, reminder.ProviderId)) reminder.Derived = false;
        else if (reminder.Derived && ChangesRhythm(db, reminder)) reminder.Customised = true;
        await AppointmentOfAsync(db, reminder, cancellationToken);
        await RescheduleAsync(db, reminder, time, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ReminderResponse.From(reminder));
    }

    private static async Task<Results<Ok<ReminderResponse>, NotFound, ValidationProblem>> Snooze(
        Guid id, SnoozeRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await FindOwnedAsync(db, http.User.UserId(), id, cancellationToken) is not { } reminder) return TypedResults.NotFound();
        if (!reminder.Enabled) return ValidationErrors.Problem("enabled", "Turn the reminder on before snoozing it.");
        reminder.Snooze(time.GetUtcNow(), request.Minutes!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ReminderResponse.From(reminder));
    }

    /// <summary>
    /// A daily reminder for each active medication's dose times, one before each provider's next appointment, and
    /// morning and evening check-in reminders, made only where the person has none for that thing yet, so calling
    /// this again changes nothing. Two calls at once: the unique index on derived reminders refuses the second
    /// call's rows, which then runs again, finds the first call's, and makes none.
    /// </summary>
    private static async Task<Ok<IReadOnlyList<ReminderResponse>>> Defaults(
        HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        var created = await db.RetryOnceOnConflictAsync(async () =>
        {
            var now = time.GetUtcNow();
            var existing = await db.Reminders.AsNoTracking().Where(r => r.UserId == userId)
                .Select(r => new { r.Target, r.MedicationId, r.ProviderId }).ToListAsync(cancellationToken);
            var medications = await db.Medications.AsNoTracking()
                .Where(m => m.UserId == userId && m.Active).OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
            var providers = await db.HealthcareProviders.AsNoTracking()
                .Where(p => p.UserId == userId && p.NextAppointmentAt > now).OrderBy(p => p.NextAppointmentAt).ToListAsync(cancellationToken);

            var wanted = medications.Where(m => m.ScheduleTimes.Count > 0).Select(ReminderSources.ForMedication)
                .Concat(providers.Select(ReminderSources.ForAppointment))
                .Append(ReminderSources.ForCheckIn(ReminderTarget.MorningCheckIn, DefaultMorning))
                .Append(ReminderSources.ForCheckIn(ReminderTarget.EveningCheckIn, DefaultEvening));
            var made = wanted.Where(r => !existing.Any(e =>
                e.Target == r.Target && e.MedicationId == r.MedicationId && e.ProviderId == r.ProviderId)).ToList();
            foreach (var reminder in made)
            {
                reminder.UserId = userId;
                reminder.Reschedule(zone.Zone, now);
                db.Add(reminder);
            }
            await db.SaveChangesAsync(cancellationToken);
            return made;
        });
        return TypedResults.Ok<IReadOnlyList<ReminderResponse>>(created.Select(ReminderResponse.From).ToList());
    }

    /// <summary>Whether an edit touches what a derived reminder would otherwise follow: its rhythm, or on and off.</summary>
    private static bool ChangesRhythm(SanctumDbContext db, Reminder reminder)
    {
        var entry = db.Entry(reminder);
        entry.DetectChanges();
        return entry.Properties.Any(p => p.IsModified && p.Metadata.Name is nameof(Reminder.Recurrence) or nameof(Reminder.Times)
            or nameof(Reminder.Weekdays) or nameof(Reminder.OnDate) or nameof(Reminder.Cron) or nameof(Reminder.HoursBefore)
            or nameof(Reminder.Enabled));
    }

    /// <summary>A before-appointment reminder keeps time from its provider's next appointment.</summary>
    private static async Task AppointmentOfAsync(SanctumDbContext db, Reminder reminder, CancellationToken cancellationToken) =>
        reminder.AppointmentAt = reminder.Recurrence == Recurrence.BeforeAppointment
            ? await db.HealthcareProviders.Where(p => p.Id == reminder.ProviderId).Select(p => p.NextAppointmentAt).SingleOrDefaultAsync(cancellationToken)
            : null;

    private static async Task RescheduleAsync(SanctumDbContext db, Reminder reminder, TimeProvider time, CancellationToken cancellationToken)
    {
        var zone = await UserZone.ForAsync(db, reminder.UserId, cancellationToken);
        reminder.Reschedule(zone.Zone, time.GetUtcNow());
    }

    /// <summary>A medication or provider that is not the caller's is named as a bad field, never confirmed to exist.</summary>
    private static async Task<ValidationProblem?> ForeignTargetAsync(
        SanctumDbContext db, Guid userId, ReminderRequest request, CancellationToken cancellationToken)
    {
        if (request.Target == ReminderTarget.Medication
            && !await db.OwnsMedicationAsync(userId, request.MedicationId!.Value, cancellationToken))
            return ValidationErrors.Problem("medicationId", "That medication isn't on your list.");
        if (request.Target == ReminderTarget.Appointment
            && !await db.HealthcareProviders.AnyAsync(p => p.Id == request.ProviderId && p.UserId == userId, cancellationToken))
            return ValidationErrors.Problem("providerId", "That provider isn't on your list.");
        return null;
    }

    private static Task<Reminder?> FindOwnedAsync(SanctumDbContext db, Guid userId, Guid id, CancellationToken cancellationToken) =>
        db.Reminders.SingleOrDefaultAsync(r => r.Id == id && r.UserId == userId, cancellationToken);
}
