using System.Text;
using System.Text.RegularExpressions;
using Sanctum.Core.Documents;

namespace Sanctum.UnitTests;

public sealed class OnePagePdfTests
{
    [Fact]
    public void Widths_are_Helveticas_own()
    {
        // From Adobe's AFM: "Hi" = H 722 + i 222; the WinAnsi apostrophe is quotesingle (191), not quoteright.
        Assert.Equal(9.44, OnePagePdf.TextWidth("Hi", 10), 3);
        Assert.Equal(1.91, OnePagePdf.TextWidth("'", 10), 3);
        Assert.Equal(10.0, OnePagePdf.TextWidth("—", 10), 3);
    }

    [Fact]
    public void Text_wraps_at_spaces_and_keeps_line_breaks()
    {
        var lines = OnePagePdf.Wrap("call my sister and go for a walk\nthen rest", 10, OnePagePdf.TextWidth("call my sister and", 10));

        Assert.Equal(["call my sister and", "go for a walk", "then rest"], lines);
        Assert.All(OnePagePdf.Wrap(new string('w', 200), 10, 100), line => Assert.True(OnePagePdf.TextWidth(line, 10) <= 100));
    }

    [Fact]
    public void A_short_plan_keeps_the_largest_size_and_a_long_one_shrinks_to_stay_on_one_page()
    {
        var few = Paragraphs(5);
        var many = Paragraphs(70);

        Assert.All(OnePagePdf.Layout(few).Where(l => l.X > OnePagePdf.Margin), l => Assert.Equal(OnePagePdf.LargestBodySize, l.Size));
        var shrunk = OnePagePdf.Layout(many);
        var size = shrunk.Last().Size;
        Assert.InRange(size, OnePagePdf.SmallestBodySize, OnePagePdf.LargestBodySize - 0.5);
        Assert.Contains(shrunk, l => l.Text == "item 69");
        Assert.All(shrunk, l => Assert.InRange(l.Y, OnePagePdf.Margin, OnePagePdf.PageHeight - OnePagePdf.Margin));
    }

    [Fact]
    public void Text_that_cannot_fit_even_when_small_is_cut_and_the_page_says_so()
    {
        var lines = OnePagePdf.Layout(Paragraphs(400));

        Assert.StartsWith("(The rest did not fit", lines[^1].Text);
        Assert.Equal(OnePagePdf.SmallestBodySize, lines[^1].Size);
    }

    [Fact]
    public void The_file_is_one_page_with_escaped_text_and_a_correct_cross_reference_table()
    {
        var bytes = OnePagePdf.Render("Plan", [new("Mum (Jane) \\ café — “hi” ☺")]);
        var pdf = Encoding.ASCII.GetString(bytes);

        Assert.StartsWith("%PDF-1.4", pdf);
        Assert.All(bytes, b => Assert.InRange(b, (byte)9, (byte)126));
        Assert.Contains(@"(Mum \(Jane\) \\ caf\351 \227 \223hi\224 ?) Tj", pdf);
        Assert.Single(Regex.Matches(pdf, "/Type /Page "));
        var startXref = int.Parse(Regex.Match(pdf, @"startxref\n(\d+)").Groups[1].Value);
        Assert.StartsWith("xref", pdf[startXref..]);
        foreach (Match entry in Regex.Matches(pdf, @"(\d{10}) 00000 n"))
        {
            var offset = int.Parse(entry.Groups[1].Value);
            Assert.Matches(@"^\d+ 0 obj", pdf[offset..]);
        }
    }

    private static List<PdfParagraph> Paragraphs(int items) =>
    [
        new("My safety plan", PdfTextStyle.Title),
        new("Warning signs", PdfTextStyle.Heading),
        .. Enumerable.Range(0, items).Select(i => new PdfParagraph($"item {i}", PdfTextStyle.Bullet)),
    ];
}
