using Sanctum.Web.Api.Contracts;
using Sanctum.Web.Components.Shared;

namespace Sanctum.Web.Components.Pages.Me.Medications;

public sealed class MedicationForm : IRecordForm<MedicationRequest>
{
    public string? Name { get; set; }

    public decimal? Dose { get; set; }

    public string? Unit { get; set; }

    /// <summary>Times of day on the person's own clock; never converted between zones.</summary>
    public List<ScheduleTimeInput> ScheduleTimes { get; set; } = [];

    public string? Prescriber { get; set; }

    public DateOnly? StartDate { get; set; }

    public bool Active { get; set; } = true;

    public static MedicationForm From(MedicationResponse medication) => new()
    {
        Name = medication.Name,
        Dose = medication.Dose,
        Unit = medication.Unit,
        ScheduleTimes = medication.ScheduleTimes.Select(time => new ScheduleTimeInput { Time = time }).ToList(),
        Prescriber = medication.Prescriber,
        StartDate = medication.StartDate,
        Active = medication.Active,
    };

    // A time row left empty is just not sent: there is nothing to take then.
    public MedicationRequest ToRequest() => new(Name, Dose, Unit,
        ScheduleTimes.Where(row => row.Time is not null).Select(row => row.Time!.Value).ToList(),
        Prescriber, StartDate, Active);
}

/// <summary>One time-of-day row; a class so each row's input binds to its own item.</summary>
public sealed class ScheduleTimeInput
{
    public TimeOnly? Time { get; set; }
}
