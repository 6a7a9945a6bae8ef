using System.Globalization;
using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Components.Pages.Insights;

/// <summary>How the Insights page words what the Api returns: plain, warm, never a diagnosis.</summary>
public static class InsightsWording
{
    public static string Status(AnalysisInfo analysis) => analysis.Status switch
    {
        "queued" => "Your analysis is waiting its turn…",
        "running" => "Looking through your records…",
        "done" => "Your analysis is ready.",
        _ => analysis.Error ?? "Sanctum couldn't finish this analysis. Please try again later.",
    };

    public static string FlagType(string type) => type switch
    {
        "medicationSideEffect" => "Possible medication side effect",
        "escalationWarning" => "Things may be getting harder",
        _ => "A pattern to talk over",
    };

    public static string Severity(string severity) => severity switch
    {
        "high" => "Worth raising soon",
        "medium" => "Worth raising",
        _ => "Good to know",
    };

    public static string Phase(string phase) => phase switch
    {
        "menstrual" => "Period (days 1-5)",
        "follicular" => "After your period",
        "ovulatory" => "Around ovulation",
        "luteal" => "Second half of the cycle",
        _ => "The week before your period",
    };

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    public static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "–";

    public static string Crises(CrisisFrequencyInfo crises) =>
        crises.Periods == 0 ? "None" : $"{crises.Periods} (on {crises.DaysWithCrisis} {(crises.DaysWithCrisis == 1 ? "day" : "days")})";

    public static string Hours(int minutes) => (minutes / 60.0).ToString("0.#", CultureInfo.InvariantCulture) + " h";
}
