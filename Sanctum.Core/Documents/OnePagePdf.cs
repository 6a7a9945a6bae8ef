using System.Globalization;
using System.Text;

namespace Sanctum.Core.Documents;

public enum PdfTextStyle
{
    Title,
    Heading,
    Body,
    Bullet,
}

/// <summary>A paragraph of a one-page document; wrapped to the page width when laid out.</summary>
public sealed record PdfParagraph(string Text, PdfTextStyle Style = PdfTextStyle.Body);

/// <summary>
/// A deliberately small PDF writer: one US Letter page of wrapped text in Helvetica, one of the standard fonts
/// every PDF reader has, so nothing is embedded and no PDF library is needed (none with a suitable licence is
/// available here). Text outside Windows-1252 prints as '?'. When the text does not fit at the normal size, the
/// whole page shrinks until it does; only if it cannot fit even at the smallest size is the end cut, and the
/// page says so.
/// </summary>
public static class OnePagePdf
{
    public const double PageWidth = 612;
    public const double PageHeight = 792;
    public const double Margin = 48;
    public const double LargestBodySize = 11;
    public const double SmallestBodySize = 6;

    private const double BulletIndent = 14;
    private const string CutNotice = "(The rest did not fit on one page: open Sanctum to see all of it.)";

    /// <summary>Advance widths of Helvetica in thousandths of the font size, by Windows-1252 code (Adobe's Helvetica AFM).</summary>
    private static readonly short[] HelveticaWidths =
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0,
        556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
        0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,
        278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
        400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
        667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
        556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
    ];

    /// <summary>Unicode characters in Windows-1252's 0x80-0x9F block; everything else there maps one to one with Latin-1.</summary>
    private static readonly Dictionary<char, byte> WinAnsiHigh = new()
    {
        ['€'] = 0x80, ['‚'] = 0x82, ['ƒ'] = 0x83, ['„'] = 0x84, ['…'] = 0x85, ['†'] = 0x86, ['‡'] = 0x87, ['ˆ'] = 0x88,
        ['‰'] = 0x89, ['Š'] = 0x8A, ['‹'] = 0x8B, ['Œ'] = 0x8C, ['Ž'] = 0x8E, ['‘'] = 0x91, ['’'] = 0x92, ['“'] = 0x93,
        ['”'] = 0x94, ['•'] = 0x95, ['–'] = 0x96, ['—'] = 0x97, ['˜'] = 0x98, ['™'] = 0x99, ['š'] = 0x9A, ['›'] = 0x9B,
        ['œ'] = 0x9C, ['ž'] = 0x9E, ['Ÿ'] = 0x9F,
    };

    /// <summary>A line placed on the page: its baseline, indent and font size, in points.</summary>
    public sealed record PlacedLine(string Text, double X, double Y, double Size);

    public static byte[] Render(string title, IReadOnlyList<PdfParagraph> paragraphs) =>
        Write(title, Layout(paragraphs));

    /// <summary>Lines at the largest body size (tried in half-point steps) at which everything fits; at the smallest, cut, otherwise.</summary>
    public static IReadOnlyList<PlacedLine> Layout(IReadOnlyList<PdfParagraph> paragraphs)
    {
        for (var size = LargestBodySize; size >= SmallestBodySize; size -= 0.5)
        {
            var lines = Place(paragraphs, size, out var fits);
            if (fits) return lines;
        }

        return Place(paragraphs, SmallestBodySize, out _);
    }

    public static double TextWidth(string text, double size) =>
        text.Sum(c => HelveticaWidths[ToWinAnsi(c)]) * size / 1000;

    private static List<PlacedLine> Place(IReadOnlyList<PdfParagraph> paragraphs, double bodySize, out bool fits)
    {
        var lines = new List<PlacedLine>();
        var y = PageHeight - Margin;
        foreach (var paragraph in paragraphs)
        {
            var (size, indent, spaceBefore) = paragraph.Style switch
            {
                PdfTextStyle.Title => (bodySize * 1.7, 0.0, 0.0),
                PdfTextStyle.Heading => (bodySize * 1.15, 0.0, bodySize * 0.8),
                PdfTextStyle.Bullet => (bodySize, BulletIndent, 0.0),
                _ => (bodySize, 0.0, bodySize * 0.2),
            };
            var wrapped = Wrap(paragraph.Text, size, PageWidth - 2 * Margin - indent);
            y -= spaceBefore;
            for (var i = 0; i < wrapped.Count; i++)
            {
                y -= size * 1.25;
                if (y < Margin + bodySize * 1.25)
                {
                    fits = false;
                    lines.Add(new PlacedLine(CutNotice, Margin, Margin, bodySize));
                    return lines;
                }

                if (i == 0 && paragraph.Style == PdfTextStyle.Bullet) lines.Add(new PlacedLine("•", Margin + 3, y, size));
                lines.Add(new PlacedLine(wrapped[i], Margin + indent, y, size));
            }
        }

        fits = true;
        return lines;
    }

    public static List<string> Wrap(string text, double size, double width) => TextWrap.Lines(text, width, line => TextWidth(line, size));

    private static byte ToWinAnsi(char c) => c switch
    {
        >= ' ' and <= '~' => (byte)c,
        >= '\u00A0' and <= '\u00FF' => (byte)c,
        '\t' => (byte)' ',
        _ => WinAnsiHigh.TryGetValue(c, out var code) ? code : (byte)'?',
    };

    /// <summary>A PDF string literal, ASCII only: the delimiters escaped and every byte above 126 in octal.</summary>
    private static string Literal(string text)
    {
        var literal = new StringBuilder("(");
        foreach (var code in text.Select(ToWinAnsi))
        {
            if (code is (byte)'(' or (byte)')' or (byte)'\\') literal.Append('\\').Append((char)code);
            else if (code > 126) literal.Append('\\').Append(Convert.ToString(code, 8));
            else literal.Append((char)code);
        }

        return literal.Append(')').ToString();
    }

    private static byte[] Write(string title, IReadOnlyList<PlacedLine> lines)
    {
        var content = new StringBuilder();
        foreach (var line in lines)
        {
            content.Append(CultureInfo.InvariantCulture,
                $"BT /F1 {line.Size:0.##} Tf {line.X:0.##} {line.Y:0.##} Td {Literal(line.Text)} Tj ET\n");
        }

        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Length {content.Length} >>\nstream\n{content}endstream",
            $"<< /Title {Literal(title)} /Producer (Sanctum) >>",
        ];

        // Every character written is ASCII, so string lengths are byte offsets.
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
