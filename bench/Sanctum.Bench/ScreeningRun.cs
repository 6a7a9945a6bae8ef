using System.Diagnostics;
using Sanctum.Core.Safety;
using Sanctum.Core.Safety.Screening;

namespace Sanctum.Bench;

/// <summary>
/// The screening mode: screens the labelled phrase table (tests/Sanctum.UnitTests/Screening/phrases.tsv) over and
/// over on one thread pinned to one core, and prints phrases per second and the per-phrase p50/p99.
/// </summary>
public static class ScreeningRun
{
    public const double TargetPerSecond = 10_000;

    public static int Run(BenchOptions options, TextWriter output)
    {
        // One core, as the target is stated: the process may only run on CPU 0.
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1;
        var phrases = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Screening", "phrases.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t')[2])
            .ToArray();
        output.WriteLine($"Screening {phrases.Length} phrases repeatedly on one thread: {options.Warmup.TotalSeconds:0} s warm-up, " +
                         $"{options.Duration.TotalSeconds:0} s measured...");

        Loop(phrases, options.Warmup, null);
        var ticks = new List<long>(capacity: 1 << 20);
        var elapsed = Loop(phrases, options.Duration, ticks);

        ticks.Sort();
        var perSecond = ticks.Count / elapsed.TotalSeconds;
        output.WriteLine($"| screening | phrases | per second | p50 µs | p99 µs |");
        output.WriteLine($"| --- | ---: | ---: | ---: | ---: |");
        output.WriteLine($"| CrisisScreener.Screen, 1 core | {ticks.Count:N0} | {perSecond:N0} | {Micros(ticks, 50):0.0} | {Micros(ticks, 99):0.0} |");
        var met = perSecond >= TargetPerSecond;
        output.WriteLine($"Target >= {TargetPerSecond:N0} phrases/s on one core: {(met ? "met" : "NOT MET")}");
        return met ? 0 : 1;
    }

    private static TimeSpan Loop(string[] phrases, TimeSpan duration, List<long>? ticks)
    {
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var risky = 0;
        for (var i = 0; Stopwatch.GetTimestamp() < end; i = (i + 1) % phrases.Length)
        {
            var before = Stopwatch.GetTimestamp();
            if (CrisisScreener.Screen(phrases[i]).Risk != RiskLevel.None) risky++;
            ticks?.Add(Stopwatch.GetTimestamp() - before);
        }
        // Read the count so the work cannot be optimised away.
        GC.KeepAlive(risky);
        return Stopwatch.GetElapsedTime(started);
    }

    private static double Micros(List<long> sorted, double percentile) =>
        sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * percentile / 100))] * 1_000_000.0 / Stopwatch.Frequency;
}
