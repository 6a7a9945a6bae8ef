using System.Globalization;

namespace Sanctum.Web.Components.Pages.Skills;

/// <summary>How the skills pages word the Api's values.</summary>
public static class SkillWording
{
    public static readonly IReadOnlyList<(string Value, string Label)> Frameworks =
        [("dbt", "DBT"), ("cbt", "CBT"), ("schemaTherapy", "Schema therapy"), ("mbsr", "Mindfulness (MBSR)")];

    public static readonly IReadOnlyList<(string Value, string Label)> Statuses =
        [("learning", "Learning"), ("practising", "Practising"), ("mastered", "Mastered")];

    public static string Framework(string value) => Frameworks.FirstOrDefault(f => f.Value == value).Label ?? value;

    /// <summary>"distress-tolerance" → "Distress tolerance".</summary>
    public static string Category(string slug) => slug.Length == 0 ? slug : char.ToUpperInvariant(slug[0]) + slug[1..].Replace('-', ' ');

    public static string Kind(string framework, string category) => $"{Framework(framework)} · {Category(category)}";

    public static string Intensity(int min, int max) => $"Suits feelings from {min} to {max} out of 10.";

    public static string Status(string? status) =>
        status is null ? "Used on your diary card" : Statuses.FirstOrDefault(s => s.Value == status).Label ?? status;

    /// <summary>"Used 3 times, helped 7.5 out of 10 on average", or "Not logged on your diary card yet".</summary>
    public static string Practice(int practiceCount, double? averageEffectiveness)
    {
        if (practiceCount == 0) return "Not logged on your diary card yet.";
        var times = practiceCount == 1 ? "once" : practiceCount == 2 ? "twice" : $"{practiceCount} times";
        return averageEffectiveness is { } average
            ? $"Used {times} on your diary card; it helped {average.ToString("0.#", CultureInfo.InvariantCulture)} out of 10 on average."
            : $"Used {times} on your diary card.";
    }
}
