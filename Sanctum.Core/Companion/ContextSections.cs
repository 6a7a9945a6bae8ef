using System.Text;

namespace Sanctum.Core.Companion;

/// <summary>One part of the companion's context, as plain lines a person (or a language model) can read.</summary>
/// <param name="Key">Stable name: see <see cref="ContextSections.Priority"/>.</param>
/// <param name="Pinned">Never trimmed to fit the budget (the safety plan and the profile).</param>
/// <param name="LeftOut">How many of its lines were left out to fit the token budget.</param>
/// <param name="PinnedLines">How many of its first lines are never trimmed, in a section that is not pinned as a whole.</param>
public sealed record ContextSection(string Key, string Title, IReadOnlyList<string> Lines, bool Pinned, int LeftOut = 0, int PinnedLines = 0);

/// <summary>The context as the companion reads it: the sections that fit the budget and the same rendered as text.</summary>
/// <param name="FromCache">Whether the stored part came from Redis (the session memory never does).</param>
/// <param name="EstimatedTokens">See <see cref="ContextSections.EstimateTokens"/>; above the budget only when the pinned sections alone are.</param>
/// <param name="LeftOutSections">Keys of whole sections left out to fit the budget.</param>
public sealed record CompanionContext(
    DateTimeOffset AssembledAt, bool FromCache, string TimeZone, DateOnly Today, int TokenBudget, int EstimatedTokens,
    IReadOnlyList<ContextSection> Sections, IReadOnlyList<string> LeftOutSections, string Text);

/// <summary>The section names, their order of priority, the token estimate and the trimming that uses them.</summary>
public static class ContextSections
{
    public const string SafetyPlan = "safetyPlan";
    public const string Profile = "profile";
    public const string Configuration = "configuration";
    public const string Session = "session";
    public const string Mood = "mood";
    public const string Today = "today";
    public const string Knowledge = "knowledge";
    public const string Flags = "flags";

    public const int DefaultBudget = 1500;
    public const int MinBudget = 200;
    public const int MaxBudget = 8000;

    /// <summary>
    /// Highest first, and the order the text is written in. Trimming takes lines from the end of the lowest section
    /// that still has any, so within a section the least important line goes last (the oldest shift, an uncertain
    /// entry). The safety plan and the profile are pinned: what keeps the person safe and what they are called is
    /// never dropped, nor the topics they asked the companion to avoid (the first line of the configuration). Then
    /// how they want to be spoken to, the conversation in hand, the last day's mood, today, what
    /// the companion knows, and last the pattern flags (the Insights page keeps those anyway).
    /// </summary>
    public static readonly IReadOnlyList<string> Priority = [SafetyPlan, Profile, Configuration, Session, Mood, Today, Knowledge, Flags];

    /// <summary>
    /// Tokens are estimated, not counted with a model's tokenizer (which one would depend on the model): a quarter of
    /// the characters of each line, newline included, rounded up, summed over the lines. English prose runs at about
    /// four characters a token, so this is close for any current model and never needs a download.
    /// </summary>
    public static int EstimateTokens(string line) => (line.Length + 1 + 3) / 4;

    /// <summary>
    /// Drops lines by <see cref="Priority"/> until the estimate fits <paramref name="budget"/> or only pinned sections
    /// are left; a section with no line left that still does not fit goes whole (its key into <paramref name="leftOut"/>).
    /// </summary>
    public static List<ContextSection> Trim(IReadOnlyList<ContextSection> sections, string header, int budget, List<string> leftOut)
    {
        var kept = sections.Select(s => s with { Lines = s.Lines.ToList() }).ToList();
        var total = Estimate(header, kept);
        foreach (var key in Priority.Reverse())
        {
            var index = kept.FindIndex(s => s.Key == key);
            if (index < 0 || kept[index].Pinned) continue;
            while (total > budget && kept[index].Lines.Count > kept[index].PinnedLines)
            {
                var before = SectionTokens(kept[index]);
                var lines = (List<string>)kept[index].Lines;
                lines.RemoveAt(lines.Count - 1);
                kept[index] = kept[index] with { LeftOut = kept[index].LeftOut + 1 };
                total += SectionTokens(kept[index]) - before;
            }

            if (total <= budget) break;
            if (kept[index].PinnedLines > 0) continue;
            total -= SectionTokens(kept[index]);
            kept.RemoveAt(index);
            leftOut.Add(key);
        }

        return kept;
    }

    public static string Render(string header, IEnumerable<ContextSection> sections)
    {
        var text = new StringBuilder(header).Append('\n');
        foreach (var section in sections)
        {
            foreach (var line in SectionLines(section)) text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    public static int Estimate(string header, IEnumerable<ContextSection> sections) =>
        EstimateTokens(header) + sections.Sum(SectionTokens);

    private static int SectionTokens(ContextSection section) => SectionLines(section).Sum(EstimateTokens);

    private static IEnumerable<string> SectionLines(ContextSection section)
    {
        yield return $"## {section.Title}";
        foreach (var line in section.Lines) yield return $"- {line}";
        if (section.LeftOut > 0) yield return $"- ({section.LeftOut} more left out to keep this short)";
    }
}
