using Sanctum.Api.Http;
using Sanctum.Core.Profile;

namespace Sanctum.Api.Medications;

public sealed record MedicationRequest(
    string? Name, decimal? Dose, string? Unit, List<TimeOnly>? ScheduleTimes, string? Prescriber, DateOnly? StartDate, bool? Active)
    : IRecordRequest<Medication>
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("name", Name, 100);
        if (Dose is <= 0 or > 100_000) errors.Add("dose", "Dose must be a positive amount.");
        errors.MaxLength("unit", Unit, 20);
        if (Dose is not null && string.IsNullOrWhiteSpace(Unit)) errors.Add("unit", "Add a unit such as mg.");
        if (ScheduleTimes is { Count: > 12 }) errors.Add("scheduleTimes", "At most 12 times a day.");
        if (ScheduleTimes is not null && ScheduleTimes.Distinct().Count() != ScheduleTimes.Count)
            errors.Add("scheduleTimes", "Each time should appear once.");
        errors.MaxLength("prescriber", Prescriber, 100);
        if (StartDate is { Year: < 1900 }) errors.Add("startDate", "That start date looks too early.");
    }

    public Medication ToRecord()
    {
        var medication = new Medication { Name = "" };
        ApplyTo(medication);
        return medication;
    }

    public void ApplyTo(Medication medication)
    {
        medication.Name = Name!.Trim();
        medication.Dose = Dose;
        medication.Unit = Unit.TrimToNull();
        medication.ScheduleTimes = (ScheduleTimes ?? []).Order().ToList();
        medication.Prescriber = Prescriber.TrimToNull();
        medication.StartDate = StartDate;
        medication.Active = Active ?? true;
    }
}

public sealed record MedicationResponse(
    Guid Id, string Name, decimal? Dose, string? Unit, IReadOnlyList<TimeOnly> ScheduleTimes, string? Prescriber,
    DateOnly? StartDate, bool Active, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
    : IRecordResponse<Medication, MedicationResponse>
{
    public static MedicationResponse From(Medication m) =>
        new(m.Id, m.Name, m.Dose, m.Unit, m.ScheduleTimes, m.Prescriber, m.StartDate, m.Active, m.CreatedAt, m.UpdatedAt);
}

public static class MedicationsApi
{
    public static RouteGroupBuilder MapMedicationsApi(this RouteGroupBuilder me) =>
        me.MapGroup("/medications").WithTags("Medications")
            .MapPersonalCollection<Medication, MedicationRequest, MedicationResponse>();
}
