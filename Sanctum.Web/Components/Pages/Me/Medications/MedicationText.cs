using Sanctum.Web.Api.Contracts;
using Sanctum.Web.Time;

namespace Sanctum.Web.Components.Pages.Me.Medications;

/// <summary>How a medication reads in lists: "100 mg", "8:00 AM and 8:00 PM".</summary>
public static class MedicationText
{
    public static string? Dose(MedicationResponse medication) =>
        medication.Dose is { } dose ? $"{Display.Number(dose)} {medication.Unit}".TrimEnd() : null;

    public static string? Schedule(MedicationResponse medication) => medication.ScheduleTimes.Count switch
    {
        0 => null,
        1 => Display.TimeOfDay(medication.ScheduleTimes[0]),
        var count => string.Join(", ", medication.ScheduleTimes.Take(count - 1).Select(Display.TimeOfDay))
                     + " and " + Display.TimeOfDay(medication.ScheduleTimes[^1]),
    };
}
