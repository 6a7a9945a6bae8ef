extern alias workers;

using System.Diagnostics;
using Sanctum.Core.Reports;
using workers::Sanctum.Workers.Reports;

namespace Sanctum.UnitTests.Reports;

/// <summary>
/// Renders each report kind from a made-up month and reads it back with poppler: pdftotext for the words (period,
/// page numbers, headings, values), pdftoppm for the pages as pictures (every page must render), pdfimages and
/// pdffonts for vector output in the bundled font.
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
        Has("20: Up most of the night with ideas for a new business", text);
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
        // The cycle-day overlay on the month grid.
        Has(MonthGrid.CycleLabel, text);
        Has(MonthGrid.CycleLegend, text);
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

    [Fact]
    public void The_disability_report_arranges_dated_evidence_under_listings_12_04_and_12_08()
    {
        var (text, pages) = RenderAndRead(ReportKind.Disability);

        Has("Disability evidence summary", text);
        Has("Listing 12.04, paragraph A: documented symptoms", text);
        Has("Depressive symptoms", text);
        Has("Manic or hypomanic symptoms", text);
        Has("Listing 12.04, paragraph B: areas of mental functioning", text);
        Has("1. Understand, remember or apply information", text);
        Has("2. Interact with others", text);
        Has("3. Concentrate, persist or maintain pace", text);
        Has("4. Adapt or manage oneself", text);
        Has("Listing 12.04, paragraph C: persistence over time", text);
        Has("Listing 12.08, paragraph A", text);
        // Dated entries: the PHQ-9 of 10 March (17, moderately severe) and the hospital stay of 15 March.
        Has("Tue 10 Mar 2026", text);
        Has("17 (moderately severe)", text);
        Has("Riverside", text);
        Has("does not say whether any listing is met", text);
        // Listing 12.08 A and B from the emotion and relationship trackers, each entry dated.
        Has("Listing 12.08, paragraph A: pattern of instability", text);
        Has("Instability of interpersonal relationships", text);
        Has("Fri 6 Mar 2026 Abandonment fear Fear 8/10: Partner didn't reply for hours; response: Sent many messages", text);
        Has("Jordan (friend): Cancelled our plans last minute; noticed devaluing; repair: Texted to reschedule", text);
        Has("Excessive emotional fluctuation", text);
        Has("Shame 9/10; lasted 90 min; trigger: Criticism at work; coping: Cold water (TIPP) (helped 6/10)", text);
        Has("Impulsive or self-harming behaviour", text);
        Has("Listing 12.08, paragraph B: areas of mental functioning", text);
        Has("Sister: Long phone call", text);
        HasNot("Joy 5/10", text);
        AssertEveryPageFramed(text, pages);
    }

    [Fact]
    public void Listing_12_08_is_left_out_without_bpd_related_records()
    {
        var data = SampleReportData.Create() with
        {
            DiaryCards = [], SkillUses = [], Profile = null, Abandonment = [], EmotionalIntensity = [], Relationships = [],
        };
        var text = Read(ReportPdf.Render(ReportKind.Disability, data, SampleReportData.Context())).Text;

        Has("Listing 12.04, paragraph A", text);
        HasNot("12.08", text);
    }

    [Fact]
    public void One_bpd_tracker_entry_is_enough_for_the_12_08_sections()
    {
        var all = SampleReportData.Create();
        var data = all with { DiaryCards = [], SkillUses = [], Profile = null, Abandonment = [], Relationships = [] };
        var text = Read(ReportPdf.Render(ReportKind.Disability, data, SampleReportData.Context())).Text;

        Has("Listing 12.08, paragraph A", text);
        Has("Shame 9/10", text);
    }

    [Fact]
    public void Without_cycle_records_the_month_grid_has_no_cycle_row()
    {
        var data = SampleReportData.Create() with { Menstrual = [] };
        var text = Read(ReportPdf.Render(ReportKind.Psychiatrist, data, SampleReportData.Context())).Text;

        Has("Month by month", text);
        HasNot(MonthGrid.CycleLabel, text);
    }

    [Fact]
    public void The_personal_report_is_a_plain_summary_with_what_helped_and_crisis_lines()
    {
        var (text, pages) = RenderAndRead(ReportKind.Personal);

        Has("Your summary", text);
        Has("Alex · 1 Mar 2026 to 30 Mar 2026", text);
        Has("You logged something on 27 of 30 days (90%)", text);
        Has("What helped", text);
        Has("Reached an emergency contact (sister) helped 9/10", text);
        Has("Lamotrigine: 51 of 60 doses taken", text);
        Has("Call or text 988", text);
        AssertEveryPageFramed(text, pages);
    }

    [Theory]
    [InlineData(ReportKind.Psychiatrist)]
    [InlineData(ReportKind.Therapist)]
    [InlineData(ReportKind.Disability)]
    [InlineData(ReportKind.Personal)]
    public void A_period_with_nothing_logged_still_renders_framed_pages(ReportKind kind)
    {
        var empty = new ReportData { DisplayName = "New Person", Zone = SampleReportData.Zone };
        var (text, pages) = Read(ReportPdf.Render(kind, empty, SampleReportData.Context()));

        Has(ReportPdf.TitleOf(kind), text);
        AssertEveryPageFramed(text, pages);
    }

    [Fact]
    public void A_very_long_side_effect_note_is_cut_short_rather_than_running_off_the_page()
    {
        var data = SampleReportData.Create();
        data.SideEffects[0].ActionTaken = string.Concat(Enumerable.Repeat("rested and drank water ", 300)) + "END-OF-NOTE";
        var (text, pages) = Read(ReportPdf.Render(ReportKind.Psychiatrist, data, SampleReportData.Context()));

        Has("rested and drank water", text);
        HasNot("END-OF-NOTE", text);
        AssertEveryPageFramed(text, pages);
    }

    [Fact]
    public void Records_outside_the_period_stay_out()
    {
        // The same month, reported for its first week only: the 11 March crisis and later records are not in it.
        var week = SampleReportData.Context() with { To = SampleReportData.From.AddDays(6) };
        var text = Read(ReportPdf.Render(ReportKind.Psychiatrist, SampleReportData.Create(), week)).Text;

        Has("Period: 1 Mar 2026 to 7 Mar 2026", text);
        HasNot("Called or texted 988", text);
        HasNot("Groggy mornings", text);
        HasNot("Riverside", text);
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

    private static (string Text, int Pages) RenderAndRead(ReportKind kind) =>
        Read(ReportPdf.Render(kind, SampleReportData.Create(), SampleReportData.Context()));

    private static (string Text, int Pages) Read(byte[] pdf)
    {
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        var dir = Directory.CreateTempSubdirectory("sanctum-report-");
        try
        {
            var path = Path.Combine(dir.FullName, "report.pdf");
            File.WriteAllBytes(path, pdf);
            var text = Run("pdftotext", "-layout", path, "-");
            // Vector output: no bitmaps anywhere (pdfimages lists only its two header lines), and only the bundled font.
            Assert.Equal(2, Run("pdfimages", "-list", path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            var fonts = Run("pdffonts", path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.NotEmpty(fonts);
            Assert.All(fonts, font => Assert.Contains("DejaVuSans", font));
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
