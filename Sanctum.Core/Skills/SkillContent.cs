using System.Text;

namespace Sanctum.Core.Skills;

public sealed class SkillContentException(string file, string problem) : Exception($"{file}: {problem}");

/// <summary>
/// Reads the skill files in Skills/Content (embedded in this assembly). Each is a short front matter of
/// "field: value" lines between "---" lines, then the sections <see cref="Sections"/> as "## " headings;
/// the steps are a numbered list.
/// </summary>
public static class SkillContent
{
    public const string WhatItIs = "What it is";
    public const string WhenToUseIt = "When to use it";
    public const string StepsHeading = "Steps";
    public const string ExampleHeading = "Example";
    public const string CautionsHeading = "Cautions";

    public static readonly IReadOnlyList<string> Sections = [WhatItIs, WhenToUseIt, StepsHeading, ExampleHeading, CautionsHeading];

    private const string ResourcePrefix = "Sanctum.Core.Skills.Content.";

    private static readonly Lazy<IReadOnlyList<Skill>> Library = new(() => LoadAll().ToList());

    /// <summary>Every skill written for the library, in key order; read once per process.</summary>
    public static IReadOnlyList<Skill> All => Library.Value;

    /// <summary>The embedded files by name, for the seeder and the content tests.</summary>
    public static IEnumerable<(string File, string Text)> Files()
    {
        var assembly = typeof(SkillContent).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
            yield return (name[ResourcePrefix.Length..], reader.ReadToEnd());
        }
    }

    private static IEnumerable<Skill> LoadAll() => Files().Select(file => Parse(file.File, file.Text)).OrderBy(s => s.Key, StringComparer.Ordinal);

    public static Skill Parse(string file, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---") throw new SkillContentException(file, "must start with a '---' front matter line");
        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0) throw new SkillContentException(file, "the front matter has no closing '---'");

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines[1..end].Where(l => l.Trim().Length > 0))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new SkillContentException(file, $"front matter line '{line}' is not 'field: value'");
            fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        // The front matter is checked before the sections, so a file's first problem is reported first.
        var key = Field(file, fields, "key");
        var name = Field(file, fields, "name");
        var framework = Parse<SkillFramework>(file, fields, "framework");
        var category = Field(file, fields, "category");
        var approach = Parse<SkillApproach>(file, fields, "approach");
        var (min, max) = Intensity(file, Field(file, fields, "intensity"));
        var suits = List(Field(file, fields, "suits"));
        var sections = ReadSections(file, lines[(end + 1)..]);
        return new Skill
        {
            Key = key,
            Name = name,
            Framework = framework,
            Category = category,
            Approach = approach,
            Summary = Paragraphs(sections[WhatItIs]),
            WhenToUse = Paragraphs(sections[WhenToUseIt]),
            Steps = NumberedSteps(file, sections[StepsHeading]),
            Example = Paragraphs(sections[ExampleHeading]),
            Cautions = Paragraphs(sections[CautionsHeading]),
            MinIntensity = min,
            MaxIntensity = max,
            Suits = suits,
            Aliases = fields.TryGetValue("aliases", out var aliases) ? List(aliases) : [],
        };
    }

    private static Dictionary<string, List<string>> ReadSections(string file, string[] lines)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var heading = line[3..].Trim();
                if (!Sections.Contains(heading, StringComparer.OrdinalIgnoreCase)) throw new SkillContentException(file, $"unknown section '{heading}'");
                if (sections.ContainsKey(heading)) throw new SkillContentException(file, $"section '{heading}' appears twice");
                sections[heading] = current = [];
            }
            else if (current is not null) current.Add(line);
            else if (line.Trim().Length > 0) throw new SkillContentException(file, "text before the first section");
        }

        foreach (var heading in Sections)
        {
            if (!sections.TryGetValue(heading, out var body) || body.All(l => l.Trim().Length == 0))
                throw new SkillContentException(file, $"section '{heading}' is missing or empty");
        }
        return sections;
    }

    /// <summary>Lines joined into paragraphs; a blank line starts a new one.</summary>
    private static string Paragraphs(List<string> lines) =>
        string.Join("\n\n", string.Join('\n', lines.Select(l => l.Trim()))
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Replace('\n', ' ')));

    private static List<string> NumberedSteps(string file, List<string> lines)
    {
        var steps = new List<string>();
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var dot = line.IndexOf(". ", StringComparison.Ordinal);
            if (dot > 0 && int.TryParse(line[..dot], out var number))
            {
                if (number != steps.Count + 1) throw new SkillContentException(file, $"step {number} is out of order");
                steps.Add(line[(dot + 2)..].Trim());
            }
            else if (steps.Count > 0) steps[^1] += " " + line; // a step wrapped onto the next line
            else throw new SkillContentException(file, "the steps must be a numbered list");
        }
        return steps;
    }

    private static (int Min, int Max) Intensity(string file, string value)
    {
        var parts = value.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && int.TryParse(parts[0], out var min) && int.TryParse(parts[1], out var max) && min is >= 0 and <= 10 && max is >= 0 and <= 10 && min <= max)
            return (min, max);
        throw new SkillContentException(file, $"intensity '{value}' must be a range such as 7-10 within 0-10");
    }

    private static string Field(string file, Dictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.Length > 0 ? value : throw new SkillContentException(file, $"front matter needs '{name}'");

    private static TEnum Parse<TEnum>(string file, Dictionary<string, string> fields, string name) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(Field(file, fields, name), ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new SkillContentException(file, $"'{name}' must be one of {string.Join(", ", Enum.GetNames<TEnum>())}");

    private static List<string> List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
