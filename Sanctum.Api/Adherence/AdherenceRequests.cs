using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core.Medications;

namespace Sanctum.Api.Adherence;

/// <summary>A dose: takenAt is required when it was taken and refused otherwise; a reason is optional.</summary>
public sealed record DoseLogRequest(DateTimeOffset? ScheduledAt, DateTimeOffset? TakenAt, DoseStatus? Status, string? Reason, string? Notes)
    : IMedicationRecordRequest<DoseLog>
{
    public void Validate(ValidationErrors errors)
    {
        if (ScheduledAt is null) errors.Add("scheduledAt", "This is required.");
        if (Status is null) errors.Add("status", "Choose taken, missed or skipped.");
        if (Status == DoseStatus.Taken && TakenAt is null) errors.Add("takenAt", "Say when it was taken.");
        if (Status is DoseStatus.Missed or DoseStatus.Skipped && TakenAt is not null)
            errors.Add("takenAt", "A missed or skipped dose has no time taken.");
        errors.MaxLength("reason", Reason, 500);
        errors.MaxLength("notes", Notes, 2000);
    }

    public DoseLog ToRecord(Guid medicationId)
    {
        var log = new DoseLog { MedicationId = medicationId };
        ApplyTo(log);
        return log;
    }

    public void ApplyTo(DoseLog log)
    {
        log.ScheduledAt = ScheduledAt!.Value.ToUniversalTime();
        log.TakenAt = TakenAt?.ToUniversalTime();
        log.Status = Status!.Value;
        log.Reason = Reason.TrimToNull();
        log.Notes = Notes.TrimToNull();
    }

    public static IOrderedQueryable<DoseLog> OfMedicationNewestFirst(IQueryable<DoseLog> records, Guid medicationId) =>
        records.Where(d => d.MedicationId == medicationId).OrderByDescending(d => d.ScheduledAt).ThenByDescending(d => d.Id);

    public static string EntityType => "dose_log";

    public static IEnumerable<string?> Texts(DoseLog record) => [record.Reason, record.Notes];
}

public sealed record DoseLogResponse(
    Guid Id, Guid MedicationId, DateTimeOffset ScheduledAt, DateTimeOffset? TakenAt, DoseStatus Status, string? Reason, string? Notes,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : ScreenedResponse, IRecordResponse<DoseLog, DoseLogResponse>
{
    public static DoseLogResponse From(DoseLog d) =>
        new(d.Id, d.MedicationId, d.ScheduledAt, d.TakenAt, d.Status, d.Reason, d.Notes, d.CreatedAt, d.UpdatedAt);
}

public sealed record SideEffectRequest(DateTimeOffset? OccurredAt, string? Effect, int? Severity, decimal? DurationHours, string? ActionTaken)
    : IMedicationRecordRequest<SideEffect>
{
    public void Validate(ValidationErrors errors)
    {
        if (OccurredAt is null) errors.Add("occurredAt", "This is required.");
        errors.Required("effect", Effect, 200);
        if (Severity is null) errors.Add("severity", "Rate it from 1 to 10.");
        errors.Range("severity", Severity, 1, 10);
        if (DurationHours is < 0 or > 24 * 366) errors.Add("durationHours", "Must be between 0 and 8784 hours.");
        errors.MaxLength("actionTaken", ActionTaken, 500);
    }

    public SideEffect ToRecord(Guid medicationId)
    {
        var effect = new SideEffect { MedicationId = medicationId, Effect = "" };
        ApplyTo(effect);
        return effect;
    }

    public void ApplyTo(SideEffect effect)
    {
        effect.OccurredAt = OccurredAt!.Value.ToUniversalTime();
        effect.Effect = Effect!.Trim();
        effect.Severity = Severity!.Value;
        effect.DurationHours = DurationHours;
        effect.ActionTaken = ActionTaken.TrimToNull();
    }

    public static IOrderedQueryable<SideEffect> OfMedicationNewestFirst(IQueryable<SideEffect> records, Guid medicationId) =>
        records.Where(e => e.MedicationId == medicationId).OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id);

    public static string EntityType => "side_effect";

    public static IEnumerable<string?> Texts(SideEffect record) => [record.Effect, record.ActionTaken];
}

public sealed record SideEffectResponse(
    Guid Id, Guid MedicationId, DateTimeOffset OccurredAt, string Effect, int Severity, decimal? DurationHours, string? ActionTaken,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : ScreenedResponse, IRecordResponse<SideEffect, SideEffectResponse>
{
    public static SideEffectResponse From(SideEffect e) =>
        new(e.Id, e.MedicationId, e.OccurredAt, e.Effect, e.Severity, e.DurationHours, e.ActionTaken, e.CreatedAt, e.UpdatedAt);
}

public sealed record MedicationChangeRequest(
    DateOnly? Date, MedicationChangeType? Type, decimal? OldDose, decimal? NewDose, string? Prescriber, string? Reason, string? Notes)
    : IMedicationRecordRequest<MedicationChange>
{
    public void Validate(ValidationErrors errors)
    {
        if (Date is null) errors.Add("date", "This is required.");
        else if (Date.Value.Year < 1900) errors.Add("date", "That date looks too early.");
        if (Type is null) errors.Add("type", "Choose started, stopped, doseIncreased or doseDecreased.");
        if (OldDose is <= 0 or > 100_000) errors.Add("oldDose", "Dose must be a positive amount.");
        if (NewDose is <= 0 or > 100_000) errors.Add("newDose", "Dose must be a positive amount.");
        if (Type == MedicationChangeType.DoseIncreased && OldDose >= NewDose) errors.Add("newDose", "An increase ends above the old dose.");
        if (Type == MedicationChangeType.DoseDecreased && OldDose <= NewDose) errors.Add("newDose", "A decrease ends below the old dose.");
        errors.MaxLength("prescriber", Prescriber, 100);
        errors.MaxLength("reason", Reason, 500);
        errors.MaxLength("notes", Notes, 2000);
    }

    public MedicationChange ToRecord(Guid medicationId)
    {
        var change = new MedicationChange { MedicationId = medicationId };
        ApplyTo(change);
        return change;
    }

    public void ApplyTo(MedicationChange change)
    {
        change.Date = Date!.Value;
        change.Type = Type!.Value;
        change.OldDose = OldDose;
        change.NewDose = NewDose;
        change.Prescriber = Prescriber.TrimToNull();
        change.Reason = Reason.TrimToNull();
        change.Notes = Notes.TrimToNull();
    }

    public static IOrderedQueryable<MedicationChange> OfMedicationNewestFirst(IQueryable<MedicationChange> records, Guid medicationId) =>
        records.Where(c => c.MedicationId == medicationId).OrderByDescending(c => c.Date).ThenByDescending(c => c.Id);

    public static string EntityType => "medication_change";

    public static IEnumerable<string?> Texts(MedicationChange record) => [record.Reason, record.Notes];
}

public sealed record MedicationChangeResponse(
    Guid Id, Guid MedicationId, DateOnly Date, MedicationChangeType Type, decimal? OldDose, decimal? NewDose, string? Prescriber,
    string? Reason, string? Notes, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
    : ScreenedResponse, IRecordResponse<MedicationChange, MedicationChangeResponse>
{
    public static MedicationChangeResponse From(MedicationChange c) =>
        new(c.Id, c.MedicationId, c.Date, c.Type, c.OldDose, c.NewDose, c.Prescriber, c.Reason, c.Notes, c.CreatedAt, c.UpdatedAt);
}
