using System.Globalization;
using System.Text;
using Sanctum.Core.Mood;

namespace Sanctum.Core.Exports;

/// <summary>One Daylio entry as Sanctum reads it: the local day and time, its Sanctum state, what was done, the note.</summary>
public sealed record DaylioEntry(int Line, DateOnly Date, TimeOnly Time, string DaylioMood, string State, string? Activities, string? Note);

public sealed record DaylioProblem(int Line, string Message);

/// <summary>
/// Reads Daylio's CSV export (columns full_date, time, mood, activities, note_title, note; older files name the day
/// column "date" with the year in "year"). Daylio's five moods become Sanctum states: rad elevated, good stable, meh
/// stable, bad low, awful depressed. Daylio records which face was picked, not how strongly it was felt, so every
/// entry comes in at the middle intensity. A mood renamed in Daylio is not guessed at: its rows are reported back.
/// </summary>
public static class DaylioCsv
{
    public const int Intensity = 5;

    public static readonly IReadOnlyDictionary<string, string> Moods = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["rad"] = "elevated",
        ["good"] = "stable",
        ["meh"] = "stable",
        ["bad"] = "low",
        ["awful"] = "depressed",
    };

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "h:mm tt", "hh:mm tt", "h:mmtt"];

    /// <summary>The entries read, and a problem per line that could not be; null entries when the header is not Daylio's.</summary>
    public static (List<DaylioEntry>? Entries, List<DaylioProblem> Problems) Parse(string text)
    {
        var rows = Rows(text).ToList();
        var problems = new List<DaylioProblem>();
        if (rows.Count == 0) return (null, problems);
        var header = rows[0].Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        var dateColumn = header.IndexOf("full_date") is var full and >= 0 ? full : header.IndexOf("date");
        var (time, mood) = (header.IndexOf("time"), header.IndexOf("mood"));
        if (dateColumn < 0 || time < 0 || mood < 0) return (null, problems);
        var (activities, title, note) = (header.IndexOf("activities"), header.IndexOf("note_title"), header.IndexOf("note"));

        var entries = new List<DaylioEntry>();
        foreach (var (line, fields) in rows.Skip(1))
        {
            string Field(int column) => column >= 0 && column < fields.Count ? fields[column].Trim() : "";
            if (fields.All(string.IsNullOrWhiteSpace)) continue;
            if (!DateOnly.TryParseExact(Field(dateColumn), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems.Add(new DaylioProblem(line, "The date isn't in the form 2026-01-31."));
                continue;
            }

            if (!TimeOnly.TryParseExact(Field(time), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                problems.Add(new DaylioProblem(line, "The time isn't one Sanctum can read."));
                continue;
            }

            if (!Moods.TryGetValue(Field(mood), out var state))
            {
                problems.Add(new DaylioProblem(line, $"Sanctum doesn't know the Daylio mood \"{Field(mood)}\"; it reads rad, good, meh, bad and awful."));
                continue;
            }

            var joined = string.Join(", ", Field(activities).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var noteText = string.Join("\n", new[] { Field(title), Field(note).Replace("<br>", "\n", StringComparison.OrdinalIgnoreCase) }
                .Where(t => t.Length > 0));
            entries.Add(new DaylioEntry(line, date, at, Field(mood).ToLowerInvariant(), state, Limit(joined, 200), Limit(noteText, 4000)));
        }

        return (entries, problems);
    }

    private static string? Limit(string value, int max) => value.Length == 0 ? null : value.Length <= max ? value : value[..max];

    /// <summary>RFC 4180 rows with the line each starts on; quoted fields may hold commas, quotes and line breaks.</summary>
    private static IEnumerable<(int Line, List<string> Fields)> Rows(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, startLine, quoted) = (1, 1, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                field.Clear();
                yield return (startLine, fields);
                fields = [];
                startLine = ++line;
            }
            else field.Append(c);
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (startLine, fields);
        }
    }
}
