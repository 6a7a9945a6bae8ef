namespace Sanctum.Web.Components.Shared;

/// <summary>Short lists (symptoms, steps) as a textarea shows them: one item per line.</summary>
public static class TextLines
{
    public static string Join(IReadOnlyList<string> items) => string.Join('\n', items);

    public static List<string> Split(string? lines) =>
        (lines ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
