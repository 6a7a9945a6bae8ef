using Sanctum.Core.Reports;
using System.Globalization;
using Sanctum.Core.Documents;
using SkiaSharp;

namespace Sanctum.Workers.Reports;

/// <summary>
/// Lays a report out on US Letter pages and writes it as a vector PDF (SKDocument.CreatePdf). Content is added top
/// to bottom as blocks that know their height; a block that does not fit starts a new page (tables repeat their
/// header, paragraphs break between lines). Pages are drawn only at the end, so every page can say "page i of n".
/// Every page carries the title, the person's name, the period and the generation time.
/// </summary>
public sealed class ReportWriter
{
    public const float PageWidth = 612;
    public const float PageHeight = 792;
    public const float Margin = 40;
    public const float ContentWidth = PageWidth - 2 * Margin;
    private const float Top = Margin + 26;
    private const float Bottom = PageHeight - Margin - 18;

    public static readonly SKColor Ink = new(0x22, 0x22, 0x22);
    public static readonly SKColor Muted = new(0x66, 0x66, 0x66);
    public static readonly SKColor Rule = new(0xCC, 0xCC, 0xCC);

    private readonly List<List<Action<SKCanvas>>> _pages = [[]];
    private readonly string _title;
    private readonly string _name;
    private readonly ReportContext _context;
    private readonly TimeZoneInfo _zone;
    private float _y = Top;

    public ReportWriter(string title, string name, ReportContext context, TimeZoneInfo zone)
    {
        ReportFonts.EnsureRegistered();
        _title = title;
        _name = name;
        _context = context;
        _zone = zone;
    }

    public static SKFont Font(float size, bool bold = false) => new(bold ? ReportFonts.Bold : ReportFonts.Regular, size);

    public static string Period(ReportContext context) =>
        $"{context.From.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} to {context.To.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";

    public float Remaining => Bottom - _y;

    public void NewPage()
    {
        if (_y == Top) return;
        _pages.Add([]);
        _y = Top;
    }

    /// <summary>Reserves a block of the given height (on a new page when it does not fit) and draws it there.</summary>
    public void Block(float height, Action<SKCanvas, SKRect> draw)
    {
        if (height > Remaining) NewPage();
        var rect = new SKRect(Margin, _y, Margin + ContentWidth, _y + height);
        _pages[^1].Add(canvas => draw(canvas, rect));
        _y += height;
    }

    public void Space(float points) => _y = Math.Min(_y + points, Bottom);

    public void Title(string text, string subtitle)
    {
        Text(text, 18, bold: true);
        Text(subtitle, 9.5f, color: Muted);
        Space(6);
    }

    /// <summary>A section heading, kept on the same page as what follows it (at least <paramref name="keep"/> points of it).</summary>
    public void Heading(string text, float keep = 60)
    {
        if (Remaining < keep + 30) NewPage();
        Space(8);
        Text(text, 13, bold: true);
        Block(6, (canvas, rect) =>
        {
            using var paint = new SKPaint { Color = Rule, StrokeWidth = 0.8f, IsAntialias = true };
            canvas.DrawLine(rect.Left, rect.Top + 2, rect.Right, rect.Top + 2, paint);
        });
    }

    public void Subheading(string text)
    {
        if (Remaining < 60) NewPage();
        Space(4);
        Text(text, 10.5f, bold: true);
    }

    /// <summary>Wrapped text; long paragraphs continue on the next page line by line.</summary>
    public void Text(string text, float size = 9.5f, bool bold = false, SKColor? color = null, float indent = 0)
    {
        using var font = Font(size, bold);
        var lineHeight = size * 1.32f;
        foreach (var line in Wrap(text, font, ContentWidth - indent))
        {
            var paint = color ?? Ink;
            Block(lineHeight, (canvas, rect) =>
            {
                using var f = Font(size, bold);
                using var p = new SKPaint { Color = paint, IsAntialias = true };
                canvas.DrawText(line, rect.Left + indent, rect.Top + size, SKTextAlign.Left, f, p);
            });
        }
    }

    public void Bullet(string text, float size = 9.5f)
    {
        var first = true;
        using var font = Font(size);
        foreach (var line in Wrap(text, font, ContentWidth - 12))
        {
            var isFirst = first;
            first = false;
            Block(size * 1.32f, (canvas, rect) =>
            {
                using var f = Font(size);
                using var p = new SKPaint { Color = Ink, IsAntialias = true };
                if (isFirst) canvas.DrawText("•", rect.Left + 2, rect.Top + size, SKTextAlign.Left, f, p);
                canvas.DrawText(line, rect.Left + 12, rect.Top + size, SKTextAlign.Left, f, p);
            });
        }
    }

    /// <summary>Past this many characters a table cell is cut short, so no single row can be taller than a page.</summary>
    public const int MaxCellLength = 400;

    /// <summary>A table whose columns share the width by the given weights; rows wrap, and the header repeats on each page.</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<float> weights, IEnumerable<IReadOnlyList<string>> rows, float size = 8)
    {
        rows = rows.Select(row => (IReadOnlyList<string>)row.Select(cell => cell.Length > MaxCellLength ? cell[..MaxCellLength] + "…" : cell).ToList());
        var total = weights.Sum();
        var widths = weights.Select(w => ContentWidth * w / total).ToArray();
        using var font = Font(size);
        using var boldFont = Font(size, bold: true);
        var lineHeight = size * 1.3f;

        // Wrapping measures text, the costly part of a table: each row is wrapped once, for its height and its drawing.
        List<List<string>> WrapRow(IReadOnlyList<string> cells, bool header) =>
            cells.Select((cell, i) => Wrap(cell, header ? boldFont : font, widths[i] - 6)).ToList();
        float HeightOf(List<List<string>> wrapped) => wrapped.Max(w => w.Count) * lineHeight + 4;

        void Row(List<List<string>> wrapped, bool header)
        {
            var height = HeightOf(wrapped);
            Block(height, (canvas, rect) =>
            {
                using var f = Font(size, header);
                using var p = new SKPaint { Color = Ink, IsAntialias = true };
                using var rule = new SKPaint { Color = Rule, StrokeWidth = 0.5f };
                if (header)
                {
                    using var fill = new SKPaint { Color = new SKColor(0xEE, 0xEE, 0xEE) };
                    canvas.DrawRect(rect, fill);
                }

                var x = rect.Left;
                for (var i = 0; i < wrapped.Count; i++)
                {
                    for (var l = 0; l < wrapped[i].Count; l++)
                        canvas.DrawText(wrapped[i][l], x + 3, rect.Top + 2 + size + l * lineHeight, SKTextAlign.Left, f, p);
                    x += widths[i];
                }

                canvas.DrawLine(rect.Left, rect.Bottom, rect.Right, rect.Bottom, rule);
            });
        }

        var headerHeight = lineHeight + 4;
        if (Remaining < headerHeight + 2 * lineHeight + 8) NewPage();
        var headerRow = WrapRow(headers, header: true);
        Row(headerRow, header: true);
        foreach (var row in rows)
        {
            var page = _pages.Count;
            var wrapped = WrapRow(row, header: false);
            if (HeightOf(wrapped) > Remaining) NewPage();
            if (_pages.Count != page) Row(headerRow, header: true);
            Row(wrapped, header: false);
        }

        Space(6);
    }

    /// <summary>A ScottPlot chart drawn as vectors onto the page (not a bitmap).</summary>
    public void Chart(float height, ScottPlot.Plot plot)
    {
        plot.Font.Set(ReportFonts.Family);
        Block(height, (canvas, rect) =>
        {
            canvas.Save();
            canvas.ClipRect(rect);
            plot.Render(canvas, new ScottPlot.PixelRect(rect.Left, rect.Right, rect.Bottom, rect.Top));
            canvas.Restore();
        });
        Space(4);
    }

    public static List<string> Wrap(string text, SKFont font, float width) => TextWrap.Lines(text, width, line => font.MeasureText(line));

    public byte[] ToPdf()
    {
        var generated = TimeZoneInfo.ConvertTime(_context.GeneratedAt, _zone);
        var generatedText = $"Generated {generated.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} ({_zone.Id})";
        var period = $"Period: {Period(_context)}";
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"{_title}: {_name}",
            Producer = "Sanctum",
            Creation = _context.GeneratedAt.UtcDateTime,
            Modified = _context.GeneratedAt.UtcDateTime,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            for (var i = 0; i < _pages.Count; i++)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                DrawFrame(canvas, $"{_title} · {_name}", period, generatedText, $"Page {i + 1} of {_pages.Count}");
                foreach (var draw in _pages[i]) draw(canvas);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    private static void DrawFrame(SKCanvas canvas, string header, string period, string generated, string pageNumber)
    {
        using var font = Font(7.5f);
        using var paint = new SKPaint { Color = Muted, IsAntialias = true };
        using var rule = new SKPaint { Color = Rule, StrokeWidth = 0.5f };
        canvas.DrawText(header, Margin, Margin, SKTextAlign.Left, font, paint);
        canvas.DrawText(period, PageWidth - Margin, Margin, SKTextAlign.Right, font, paint);
        canvas.DrawLine(Margin, Margin + 5, PageWidth - Margin, Margin + 5, rule);
        var footer = PageHeight - Margin + 4;
        canvas.DrawLine(Margin, footer - 11, PageWidth - Margin, footer - 11, rule);
        canvas.DrawText($"{generated} · from the person's own records; not a diagnosis", Margin, footer, SKTextAlign.Left, font, paint);
        canvas.DrawText(pageNumber, PageWidth - Margin, footer, SKTextAlign.Right, font, paint);
    }
}
