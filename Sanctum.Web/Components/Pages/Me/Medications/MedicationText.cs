using Sanctum.Web.Api.Contracts;
using Sanctum.Web.Time;

namespace Sanctum.Web.Components.Pages.Me.Medications;

/// <summary>How a medication and what is kept about it read on the pages: "100 mg", "8:00 AM and 8:00 PM", "Dose increased from 50 to 100 mg".</summary>
public static class MedicationText
{
    public static readonly IReadOnlyList<(string Value, string Label)> ChangeTypes =
    [
        ("started", "Started"),
        ("stopped", "Stopped"),
        ("doseIncreased", "Dose increased"),
        ("doseDecreased", "Dose decreased"),
    ];

    public static string? Dose(MedicationResponse medication) =>
        medication.Dose is { } dose ? $"{Display.Number(dose)} {medication.Unit}".TrimEnd() : null;

    public static string? Schedule(MedicationResponse medication) => medication.ScheduleTimes.Count switch
    {
        0 => null,
        1 => Display.TimeOfDay(medication.ScheduleTimes[0]),
        var count => string.Join(", ", medication.ScheduleTimes.Take(count - 1).Select(Display.TimeOfDay))
                     + " and " + Display.TimeOfDay(medication.ScheduleTimes[^1]),
    };

    /// <summary>"Started at 50 mg", "Stopped", "Dose increased from 50 to 100 mg"; doses are in the medication's unit.</summary>
    public static string Change(MedicationChangeInfo change, string? unit)
    {
        var label = ChangeTypes.FirstOrDefault(t => t.Value == change.Type).Label ?? change.Type;
        string Amount(decimal dose) => $"{Display.Number(dose)} {unit}".TrimEnd();
        return (change.OldDose, change.NewDose) switch
        {
            ({ } old, { } @new) => $"{label} from {Display.Number(old)} to {Amount(@new)}",
            (null, { } @new) => $"{label} at {Amount(@new)}",
            ({ } old, null) => $"{label} (was {Amount(old)})",
            _ => label,
        };
    }

    /// <summary>"86% taken (6 of 7 doses)"; "No doses were due" when none were.</summary>
    public static string Adherence(AdherenceCountsInfo counts) => counts.Percent is { } percent
        ? $"{Display.Number(percent)}% taken ({counts.Taken} of {counts.Scheduled} {(counts.Scheduled == 1 ? "dose" : "doses")})"
        : "No doses were due";
}
