namespace Sanctum.Web.Api.Contracts;

/// <summary>Status: taken, missed or skipped.</summary>
public sealed record DoseLogInfo(Guid Id, Guid MedicationId, DateTimeOffset ScheduledAt, DateTimeOffset? TakenAt, string Status, string? Reason);

public sealed record DoseLogRequest(DateTimeOffset ScheduledAt, DateTimeOffset? TakenAt, string Status, string? Reason);

public sealed record TodaysDoseInfo(Guid MedicationId, string Name, decimal? Dose, string? Unit, TimeOnly LocalTime, DateTimeOffset ScheduledAt, DoseLogInfo? Log);

public sealed record TodaysDosesInfo(DateOnly Date, IReadOnlyList<TodaysDoseInfo> Doses);
