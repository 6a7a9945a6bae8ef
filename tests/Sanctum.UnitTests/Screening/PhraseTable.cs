using Sanctum.Core.Safety.Screening;

namespace Sanctum.UnitTests.Screening;

/// <summary>One labelled row of Screening/phrases.tsv.</summary>
public sealed record LabelledPhrase(string Kind, string Category, string Text)
{
    public ScreeningCategory? ExpectedCategory => Enum.TryParse<ScreeningCategory>(Category, out var c) ? c : null;

    public override string ToString() => $"{Kind}: {Text}";
}

public static class PhraseTable
{
    public static readonly IReadOnlyList<LabelledPhrase> All = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Screening", "phrases.tsv"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Skip(1)
        .Select(line => line.Split('\t'))
        .Select(cells => new LabelledPhrase(cells[0], cells[1], cells[2]))
        .ToList();

    public static TheoryData<LabelledPhrase> Rows(string kind)
    {
        var data = new TheoryData<LabelledPhrase>();
        foreach (var row in All.Where(r => r.Kind == kind)) data.Add(row);
        return data;
    }
}
