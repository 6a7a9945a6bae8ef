using System.Globalization;

namespace Sanctum.Web.Components.Pages.Mood;

/// <summary>How mood records read on the pages.</summary>
public static class MoodWords
{
    public static readonly IReadOnlyList<(string Value, string Label)> Functionality =
    [
        ("crisis", "In crisis"),
        ("limited", "Getting by, barely"),
        ("functional", "Managing"),
        ("high", "Doing well"),
    ];

    /// <summary>"hypomanic" as "Hypomanic".</summary>
    public static string State(string state) =>
        state.Length == 0 ? state : char.ToUpper(state[0], CultureInfo.InvariantCulture) + state[1..];

    public static string FunctionalityLabel(string value) =>
        Functionality.FirstOrDefault(f => f.Value == value).Label ?? value;

    /// <summary>"45 min", "3 h", "2 h 15 min".</summary>
    public static string Duration(int minutes) => (minutes / 60, minutes % 60) switch
    {
        (0, var m) => $"{m} min",
        (var h, 0) => $"{h} h",
        (var h, var m) => $"{h} h {m} min",
    };
}
