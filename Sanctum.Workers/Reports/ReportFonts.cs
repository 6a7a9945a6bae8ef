using Sanctum.Core.Reports;
using System.Reflection;
using SkiaSharp;

namespace Sanctum.Workers.Reports;

/// <summary>
/// DejaVu Sans, embedded in this assembly, so a report looks the same on every machine whatever fonts it has (and
/// ScottPlot never falls back to a system font). Skia subsets and embeds it into each PDF.
/// </summary>
public static class ReportFonts
{
    public const string Family = "DejaVu Sans";

    public static readonly SKTypeface Regular = Load("DejaVuSans.ttf");
    public static readonly SKTypeface Bold = Load("DejaVuSans-Bold.ttf");

    static ReportFonts() => ScottPlot.Fonts.FontResolvers.Insert(0, new Resolver());

    /// <summary>Runs the static constructor: ScottPlot must know the font before the first chart is drawn.</summary>
    public static void EnsureRegistered() { }

    private static SKTypeface Load(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Sanctum.Reports.{file}")
                           ?? throw new InvalidOperationException($"The report font {file} is not embedded.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The report font {file} could not be read.");
    }

    /// <summary>Answers every font name with DejaVu, so charts cannot pick up whatever the machine has.</summary>
    private sealed class Resolver : ScottPlot.IFontResolver
    {
        public SKTypeface CreateTypeface(string fontName, ScottPlot.FontWeight weight, ScottPlot.FontSlant slant, ScottPlot.FontSpacing spacing) =>
            weight >= ScottPlot.FontWeight.SemiBold ? Bold : Regular;

        public SKTypeface CreateTypeface(string fontName, bool bold, bool italic) => bold ? Bold : Regular;
    }
}
