using System.Globalization;

namespace Sanctum.Bench;

/// <summary>The printed result: what was seeded, one row per measured operation, and the targets.</summary>
public static class Report
{
    public const double P99TargetMs = 25;
    public const double RatioTarget = 0.5;

    /// <summary>This machine's cores and processor, for the line that says where a figure was measured.</summary>
    public static string Machine =>
        $"{Environment.ProcessorCount} cores ({File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()})";

    public static void Print(TextWriter output, BenchOptions options, SeededData seeded, Measurement post, Measurement year, int yearShifts, Measurement pgbench)
    {
        output.WriteLine();
        output.WriteLine($"Sanctum speed, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: Release build, {Machine}, " +
                         $"{options.Clients} concurrent clients, {options.Duration.TotalSeconds:0} s per row after a {options.Warmup.TotalSeconds:0} s warm-up");
        output.WriteLine($"Seeded through the Api: {seeded.Everyone.Count} people, {seeded.Shifts:N0} mood shifts, {seeded.CheckIns:N0} check-ins " +
                         $"({seeded.Requests:N0} requests with sign-ups) in {seeded.Elapsed.TotalSeconds:0.0} s, {seeded.Requests / seeded.Elapsed.TotalSeconds:0} requests/s");
        output.WriteLine();

        string[] header = ["operation", "requests", "per second", "p50 ms", "p95 ms", "p99 ms"];
        var rows = new List<string[]>
        {
            Row($"POST /api/v1/mood/shifts, spread over {seeded.Everyone.Count} people", post),
            Row($"GET /api/v1/timeline, {seeded.YearFrom:yyyy-MM-dd}..{seeded.YearTo:yyyy-MM-dd} ({yearShifts:N0} shifts)", year),
            Row($"pgbench -c {options.Clients} -j {Pgbench.ThreadsFor(options.Clients)}: INSERT one row per transaction, same server", pgbench),
        };
        var widths = header.Select((h, i) => rows.Max(r => r[i].Length) is var w && w > h.Length ? w : h.Length).ToArray();
        output.WriteLine(Line(header));
        output.WriteLine(Line(widths.Select(w => new string('-', w)).ToArray()));
        foreach (var row in rows) output.WriteLine(Line(row));
        output.WriteLine();

        var ratio = post.PerSecond / pgbench.PerSecond;
        output.WriteLine($"API writes / raw pgbench inserts: {ratio:0.00} (target >= {RatioTarget:0.00}: {Verdict(ratio >= RatioTarget)})");
        output.WriteLine($"p99 POST a shift: {post.Percentile(99):0.0} ms (target < {P99TargetMs:0} ms: {Verdict(post.Percentile(99) < P99TargetMs)})");
        output.WriteLine($"p99 GET a year:   {year.Percentile(99):0.0} ms (target < {P99TargetMs:0} ms: {Verdict(year.Percentile(99) < P99TargetMs)})");

        string Line(string[] cells) =>
            "| " + string.Join(" | ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))) + " |";
    }

    private static string[] Row(string name, Measurement m) =>
    [
        name, m.Requests.ToString("N0", CultureInfo.InvariantCulture), m.PerSecond.ToString("0", CultureInfo.InvariantCulture),
        Ms(m.Percentile(50)), Ms(m.Percentile(95)), Ms(m.Percentile(99)),
    ];

    private static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Verdict(bool met) => met ? "met" : "NOT MET";
}
