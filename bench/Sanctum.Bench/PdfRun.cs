extern alias workers;

using System.Diagnostics;
using System.Globalization;
using Sanctum.UnitTests.Reports;
using Sanctum.Core.Reports;
using workers::Sanctum.Workers.Reports;

namespace Sanctum.Bench;

/// <summary>
/// The pdf mode: times rendering a 30-day (or --days N) psychiatrist report from the unit tests' made-up month, in process (no
/// database: the exports job loads the records separately). The first render (fonts loaded, code JIT-compiled) is
/// reported apart from the warm ones. With --samples DIR it also writes every report kind's pages there as PNGs
/// (pdftoppm, 60 dpi), the pictures committed under docs/reports.
/// </summary>
public static class PdfRun
{
    public static readonly TimeSpan Target = TimeSpan.FromSeconds(1);

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var runs = 20;
        var days = 30;
        string? samples = null;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            if (args[i] == "--runs") runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--days") days = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--samples") samples = args[i + 1];
            else throw new ArgumentException($"Unknown option {args[i]}. Options: --runs N, --days N, --samples DIR.");
        }

        var context = SampleReportData.Context(days);
        var data = SampleReportData.Create(days);
        output.WriteLine($"Rendering a {days}-day psychiatrist report ({data.MoodShifts.Count} shifts, {data.DoseLogs.Count} dose logs, " +
                         $"{data.DiaryCards.Count} diary cards): 1 cold render, then {runs} warm...");
        var cold = Stopwatch.StartNew();
        var bytes = ReportPdf.Render(ReportKind.Psychiatrist, data, context).Length;
        cold.Stop();
        var warm = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            ReportPdf.Render(ReportKind.Psychiatrist, data, context);
            warm.Add(Stopwatch.GetElapsedTime(started));
        }

        warm.Sort();
        output.WriteLine("| pdf | bytes | cold ms | warm p50 ms | warm max ms |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        output.WriteLine($"| psychiatrist, {days} days | {bytes:N0} | {cold.Elapsed.TotalMilliseconds:0} | {warm[warm.Count / 2].TotalMilliseconds:0} | {warm[^1].TotalMilliseconds:0} |");
        var met = cold.Elapsed < Target && warm[^1] < Target;
        output.WriteLine($"Target < {Target.TotalSeconds:0} s per report, cold and warm: {(met ? "met" : "NOT MET")}");

        if (samples is not null) WriteSamples(samples, output);
        return met ? 0 : 1;
    }

    private static void WriteSamples(string dir, TextWriter output)
    {
        Directory.CreateDirectory(dir);
        var data = SampleReportData.Create(30);
        foreach (var kind in Enum.GetValues<ReportKind>())
        {
            var name = kind.ToString().ToLowerInvariant();
            foreach (var old in Directory.GetFiles(dir, $"{name}-*.png")) File.Delete(old);
            var pdf = Path.Combine(Path.GetTempPath(), $"sanctum-sample-{name}.pdf");
            File.WriteAllBytes(pdf, ReportPdf.Render(kind, data, SampleReportData.Context(30)));
            using var process = Process.Start("pdftoppm", ["-png", "-r", "60", pdf, Path.Combine(dir, name)]);
            process.WaitForExit();
            if (Environment.GetEnvironmentVariable("SANCTUM_KEEP_SAMPLE_PDF") is null) File.Delete(pdf);
            output.WriteLine($"{name}: {Directory.GetFiles(dir, $"{name}-*.png").Length} pages written to {dir}");
        }
    }
}
