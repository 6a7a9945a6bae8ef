using System.Diagnostics;
using System.Net;

namespace Sanctum.Bench;

/// <summary>The successful requests of one measured run with each one's latency, and how many failed.</summary>
public sealed record Measurement(int Requests, int Failures, string? FirstFailure, TimeSpan Elapsed, double[] SortedLatenciesMs)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;

    public string Summary =>
        $"{Requests} requests, {PerSecond:0}/s, p50 {Percentile(50):0.0} ms, p95 {Percentile(95):0.0} ms, p99 {Percentile(99):0.0} ms, {Failures} failed";

    /// <summary>Nearest-rank percentile, in milliseconds.</summary>
    public double Percentile(double percent) =>
        SortedLatenciesMs.Length == 0 ? double.NaN : SortedLatenciesMs[Math.Max(0, (int)Math.Ceiling(percent / 100 * SortedLatenciesMs.Length) - 1)];

    public static Measurement From(int failures, string? firstFailure, TimeSpan elapsed, IEnumerable<double> successLatenciesMs)
    {
        var sorted = successLatenciesMs.ToArray();
        Array.Sort(sorted);
        return new Measurement(sorted.Length, failures, firstFailure, elapsed, sorted);
    }
}

/// <summary>
/// A closed-loop load: a fixed number of clients, each sending its next request as soon as the last one's response
/// has been read in full, for a fixed time. A warm-up run of the same shape goes first and is thrown away.
/// </summary>
public static class LoadRun
{
    /// <param name="newClient">Given a client's number, the maker of that client's requests.</param>
    public static async Task<Measurement> MeasureAsync(
        HttpClient http, int clients, TimeSpan warmup, TimeSpan duration, Func<int, Func<HttpRequestMessage>> newClient,
        HttpStatusCode expected)
    {
        await RunAsync(http, clients, warmup, newClient, expected);
        return await RunAsync(http, clients, duration, newClient, expected);
    }

    private static async Task<Measurement> RunAsync(
        HttpClient http, int clients, TimeSpan duration, Func<int, Func<HttpRequestMessage>> newClient, HttpStatusCode expected)
    {
        var started = Stopwatch.GetTimestamp();
        var until = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var results = await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => ClientAsync(newClient(i)))));
        var elapsed = Stopwatch.GetElapsedTime(started);
        return Measurement.From(
            results.Sum(r => r.Failures), results.Select(r => r.FirstFailure).FirstOrDefault(f => f is not null), elapsed,
            results.SelectMany(r => r.Latencies));

        async Task<(List<double> Latencies, int Failures, string? FirstFailure)> ClientAsync(Func<HttpRequestMessage> next)
        {
            var latencies = new List<double>(capacity: 8192);
            var failures = 0;
            string? firstFailure = null;
            while (Stopwatch.GetTimestamp() < until)
            {
                using var request = next();
                var sent = Stopwatch.GetTimestamp();
                // ResponseContentRead: the time includes reading the whole body, as a real client must.
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                var latency = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                if (response.StatusCode == expected)
                {
                    latencies.Add(latency);
                    continue;
                }
                failures++;
                firstFailure ??= $"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
            }
            return (latencies, failures, firstFailure);
        }
    }
}
