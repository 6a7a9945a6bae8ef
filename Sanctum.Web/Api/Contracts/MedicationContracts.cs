namespace Sanctum.Web.Api.Contracts;

/// <summary>Schedule times are times of day in the person's own time zone, so they are never converted.</summary>
public sealed record MedicationResponse(
    Guid Id, string Name, decimal? Dose, string? Unit, IReadOnlyList<TimeOnly> ScheduleTimes, string? Prescriber,
    DateOnly? StartDate, bool Active, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : IPersonalRecord;

public sealed record MedicationRequest(
    string? Name, decimal? Dose, string? Unit, IReadOnlyList<TimeOnly> ScheduleTimes, string? Prescriber,
    DateOnly? StartDate, bool Active);
