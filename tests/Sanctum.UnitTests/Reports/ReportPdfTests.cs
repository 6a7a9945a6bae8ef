extern alias workers;

using System.Diagnostics;
using workers::Sanctum.Workers.Reports;

namespace Sanctum.UnitTests.Reports;

/// <summary>
/// Renders each report kind from a made-up month and reads it back with poppler: pdftotext for the words (period,
/// page numbers, headings, values) and pdftoppm for the pages as pictures (every page must render).
/// </summary>
public sealed class ReportPdfTests
{
    [Fact]
    public void The_psychiatrist_report_shows_the_grid_chart_crises_and_medications()
    {
        var (text, pages) = RenderAndRead(ReportKind.Psychiatrist);

        Has("Mood and treatment summary", text);
        Has("Month by month", text);
        Has("March 2026", text);
        Has("Depressed (peak)", text);
        Has("Elevated (peak)", text);
        Has("Irritable (peak)", text);
        Has("Anxious (peak)", text);
        Has("Sleep (hours)", text);
        Has("Life chart", text);
        Has("Questionnaire trends", text);
        Has("PHQ-9", text);
        Has("Episodes, crises and what helped", text);
        Has("Called or texted 988", text);
        Has("Riverside", text);
        Has("Lamotrigine", text);
        Has("Dose increased", text);
        Has("100 → 150", text);
        Has("Groggy mornings", text);
        Has("Patterns to discuss", text);
        // 30 days, one unlogged every ninth: 27 logged.
        Has("27 of 30 (90%)", text);
        // Drafts stay out of exports until the person confirms them.
        HasNot(SampleReportData.DraftTrigger, text);
        // The crisis happened at 23:10 New York time on 11 March (after the clocks changed), shown in the person's zone.
        Has("Wed 11 Mar 2026 23:10", text);
        AssertEveryPageFramed(text, pages);
    }

    [Fact]
    public void The_therapist_report_shows_weekly_cards_skills_by_module_and_urge_against_act()
    {
        var (text, pages) = RenderAndRead(ReportKind.Therapist);

        Has("DBT diary card summary", text);
        Has("27 of 30 days", text);
        Has("Emotion trends", text);
        Has("Target behaviours: urge and act", text);
        Has("Lashing out", text);
        Has("Self-harm", text);
        Has("Skills by module", text);
        Has("Distress tolerance", text);
        Has("Interpersonal", text);
        Has("DEAR MAN", text);
        Has("Week of Mon 2 Mar 2026", text);
        Has("Too tired to think of one", text);
        AssertEveryPageFramed(text, pages);
    }

    // pdftotext may split small text into words where glyphs sit close ("New _York"): compare without whitespace.
    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static void Has(string expected, string text) => Assert.Contains(Squash(expected), Squash(text));

    private static void HasNot(string unexpected, string text) => Assert.DoesNotContain(Squash(unexpected), Squash(text));

    /// <summary>Each page has the period, the generation time in the person's zone, and "Page i of n".</summary>
    private static void AssertEveryPageFramed(string text, int pages)
    {
        var pageTexts = text.Split('\f').Where(p => p.Trim().Length > 0).ToList();
        Assert.Equal(pages, pageTexts.Count);
        for (var i = 0; i < pages; i++)
        {
            Has("Period: 1 Mar 2026 to 30 Mar 2026", pageTexts[i]);
            Has("Generated 31 Mar 2026 09:15 (America/New_York)", pageTexts[i]);
            Has($"Page {i + 1} of {pages}", pageTexts[i]);
        }
    }

    private static (string Text, int Pages) RenderAndRead(ReportKind kind)
    {
        var pdf = ReportPdf.Render(kind, SampleReportData.Create(), SampleReportData.Context());
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        var dir = Directory.CreateTempSubdirectory("sanctum-report-");
        try
        {
            var path = Path.Combine(dir.FullName, "report.pdf");
            File.WriteAllBytes(path, pdf);
            var text = Run("pdftotext", "-layout", path, "-");
            Run("pdftoppm", "-png", "-r", "60", path, Path.Combine(dir.FullName, "page"));
            var pngs = dir.GetFiles("page*.png");
            Assert.NotEmpty(pngs);
            Assert.All(pngs, png => Assert.True(png.Length > 2_000, $"{png.Name} looks blank"));
            return (text, pngs.Length);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error.Result}");
        return output.Result;
    }
}
