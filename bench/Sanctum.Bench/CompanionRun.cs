using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Sanctum.AppHost;

namespace Sanctum.Bench;

/// <summary>
/// The companion mode: each client is one person holding conversations with the built-in companion (no model) over
/// HTTP: a whole good-morning check-in (which saves a baseline), a described mood shift (a proposal) and small talk,
/// each in a new session. Every turn is timed from send to the parsed answer; prints turns, p50, p95 and p99.
/// </summary>
public static class CompanionRun
{
    public const double P99TargetMs = 50;

    public static readonly BenchOptions Defaults = BenchOptions.Default with { Clients = 4, Duration = TimeSpan.FromSeconds(20) };

    private static readonly string[] Script =
    [
        "Good morning", "about 7 hours", "6:45", "easy", "pretty stable",
        "I just crashed after the call with my mum an hour ago", "thanks, that helps",
    ];

    public static async Task<bool> MeasureAsync(SanctumHost host, BenchOptions options, TextWriter output)
    {
        using var api = new ApiSession(host.GetUrl("api"), options.Clients);
        var people = new List<BenchUser>();
        for (var i = 0; i < options.Clients; i++)
            people.Add(await api.RegisterAndSignInAsync($"companion-{i}-{Guid.NewGuid():N}@bench.example", "Europe/London", CancellationToken.None));

        output.WriteLine($"{options.Clients} people talking at once: {options.Warmup.TotalSeconds:0} s warm-up, {options.Duration.TotalSeconds:0} s measured...");
        var measureFrom = Stopwatch.GetTimestamp() + (long)(options.Warmup.TotalSeconds * Stopwatch.Frequency);
        var end = measureFrom + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
        var runs = await Task.WhenAll(people.Select(person => ConverseAsync(api, person, measureFrom, end)));

        var measurement = Measurement.From(runs.Sum(r => r.Failures), runs.Select(r => r.FirstFailure).FirstOrDefault(f => f is not null),
            options.Duration, runs.SelectMany(r => r.Latencies));
        output.WriteLine("| companion turn (built-in, no model) | turns | per second | p50 ms | p95 ms | p99 ms | failed |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        output.WriteLine($"| POST /api/v1/companion/messages | {measurement.Requests} | {measurement.PerSecond:0} | {measurement.Percentile(50):0.0} | " +
                         $"{measurement.Percentile(95):0.0} | {measurement.Percentile(99):0.0} | {measurement.Failures} |");
        if (measurement.FirstFailure is { } failure) output.WriteLine($"First failure: {failure}");
        var met = measurement.Failures == 0 && measurement.Percentile(99) < P99TargetMs;
        output.WriteLine($"Target p99 < {P99TargetMs} ms with no failures: {(met ? "met" : "NOT MET")}");
        return met;
    }

    private sealed record Run(List<double> Latencies, int Failures, string? FirstFailure);

    private static async Task<Run> ConverseAsync(ApiSession api, BenchUser person, long measureFrom, long end)
    {
        var latencies = new List<double>();
        var failures = 0;
        string? firstFailure = null;
        Guid? sessionId = null;
        for (var turn = 0; Stopwatch.GetTimestamp() < end; turn++)
        {
            var text = Script[turn % Script.Length];
            if (turn % Script.Length == 0) sessionId = null; // each round of the script is a new session
            var started = Stopwatch.GetTimestamp();
            using var request = ApiSession.Request(HttpMethod.Post, "/api/v1/companion/messages", person, new { text, sessionId });
            using var response = await api.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures++;
                firstFailure ??= $"{(int)response.StatusCode} for \"{text}\": {body}";
                sessionId = null;
                continue;
            }
            sessionId = JsonDocument.Parse(body).RootElement.GetProperty("sessionId").GetGuid();
            if (started >= measureFrom) latencies.Add(elapsed);
        }
        return new(latencies, failures, firstFailure);
    }
}
