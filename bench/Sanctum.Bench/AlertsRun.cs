using System.Diagnostics;
using System.Net;
using Sanctum.AppHost;

namespace Sanctum.Bench;

/// <summary>
/// The alerts mode: how long from a crisis committed by the Api to its alert email at the SMTP sink, through the whole
/// path (outbox, relay, crisis.detected job, alert rules, email outbox, relay, email job, SMTP). Each event has its own
/// person with one opted-in contact and one crisis rule, since a contact gets at most one alert per rule per 24 h.
/// </summary>
public static class AlertsRun
{
    public const double P99TargetMs = 2000;
    public const string HighRiskNote = "I want to kill myself tonight";

    /// <summary>A few clients at a steady 10 events a second: crises are rare, so this is a busy hour for many people.</summary>
    public static readonly BenchOptions Defaults = BenchOptions.Default with { Clients = 4 };

    private sealed record Person(BenchUser User, string ContactEmail);

    public static async Task<bool> MeasureAsync(SanctumHost host, BenchOptions options, TextWriter output)
    {
        using var api = new ApiSession(host.GetUrl("api"), Math.Max(options.Clients, Seeder.Parallelism));
        using var inbox = new MailDevInbox(host.GetUrl("mail"));

        output.WriteLine($"Setting up {options.People} people, each with one opted-in contact and a crisis alert rule...");
        var clock = Stopwatch.StartNew();
        var people = await SetUpAsync(api, options.People);
        // Each sign-up queues a welcome email; let them all go out first, so the alerts meet an idle pipeline.
        if (!await inbox.WaitForAsync(options.People, options.Timeout))
        {
            output.WriteLine($"The {options.People} welcome emails did not all arrive within {options.Timeout.TotalSeconds:0} s.");
            return false;
        }

        output.WriteLine($"Set up in {clock.Elapsed.TotalSeconds:0.0} s. Posting one high-risk note per person, " +
                         $"{options.PerSecond}/s from {options.Clients} clients...");
        var (committed, posting) = await PostCrisesAsync(api, people, options);
        // Missing alerts are counted below, once the time is up.
        await inbox.WaitForAsync(2 * options.People, options.Timeout);
        var arrivals = await inbox.ArrivalsAsync();

        var missing = people.Where(p => !arrivals.Contains(p.ContactEmail)).Select(p => p.ContactEmail).ToList();
        var repeated = people.Count(p => arrivals[p.ContactEmail].Count() > 1);
        var latencies = people.Select((p, i) => (p, i)).Where(x => arrivals.Contains(x.p.ContactEmail))
            .Select(x => (arrivals[x.p.ContactEmail].Min() - committed[x.i]).TotalMilliseconds);
        var measured = Measurement.From(missing.Count, missing.FirstOrDefault(), posting, latencies);

        output.WriteLine();
        output.WriteLine($"Sanctum crisis alerts, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: Release build, {Report.Machine}, " +
                         $"{options.People} events at {options.PerSecond}/s from {options.Clients} clients over {posting.TotalSeconds:0.0} s");
        output.WriteLine("| from 201 (crisis committed) to the alert at the SMTP sink | events | arrived | p50 ms | p95 ms | p99 ms | max ms |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        output.WriteLine(Row("POST /api/v1/mood/shifts (high-risk note) -> email at the sink", people.Length, measured));
        var stages = await AlertStages.MeasureAsync(host.GetConnectionString("sanctumdb"), [.. people.Select(p => p.ContactEmail)]);
        foreach (var (stage, times) in stages) output.WriteLine(Row($"  {stage}", people.Length, times));
        var met = missing.Count == 0 && measured.Percentile(99) < P99TargetMs;
        output.WriteLine($"p99 event to email: {measured.Percentile(99):0} ms (target < {P99TargetMs / 1000:0} s: {(met ? "met" : "NOT MET")})");

        if (missing.Count > 0)
            output.WriteLine($"{missing.Count} alerts did not arrive within {options.Timeout.TotalSeconds:0} s of the last post; the first to {missing.FirstOrDefault()}.");
        if (repeated > 0) output.WriteLine($"{repeated} contacts got the alert more than once.");
        return missing.Count == 0 && repeated == 0;
    }

    private static string Row(string name, int events, Measurement m) =>
        $"| {name} | {events} | {m.Requests} | {m.Percentile(50):0} | {m.Percentile(95):0} | {m.Percentile(99):0} | {m.Percentile(100):0} |";

    private static async Task<Person[]> SetUpAsync(ApiSession api, int count)
    {
        var people = new Person[count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Seeder.Parallelism };
        await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (i, ct) =>
        {
            var user = await api.RegisterAndSignInAsync($"bench-alerts-{i:0000}@example.org", "Europe/London", ct);
            var contactEmail = $"bench-contact-{i:0000}@example.org";
            var contact = await api.CreateAsync("/api/v1/me/contacts", user,
                new { name = "Bench contact", email = contactEmail, alertsOptIn = true }, ct);
            await api.SendAsync(ApiSession.Request(HttpMethod.Post, "/api/v1/alerts/rules", user,
                new { minimumRisk = "high", contactIds = new[] { contact } }), HttpStatusCode.Created, ct);
            people[i] = new Person(user, contactEmail);
        });
        return people;
    }

    /// <summary>
    /// Posts person i's note at i / rate seconds from the start (open loop: a slow answer delays no one else's post
    /// unless every client is busy), and records when each one answered 201: the crisis and its outbox row are committed.
    /// </summary>
    private static async Task<(DateTimeOffset[] Committed, TimeSpan Posting)> PostCrisesAsync(ApiSession api, Person[] people, BenchOptions options)
    {
        var committed = new DateTimeOffset[people.Length];
        var started = Stopwatch.GetTimestamp();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < people.Length; i = Interlocked.Increment(ref next))
            {
                var wait = TimeSpan.FromSeconds((double)i / options.PerSecond) - Stopwatch.GetElapsedTime(started);
                if (wait > TimeSpan.Zero) await Task.Delay(wait);
                var note = new ShiftBody(DateTimeOffset.UtcNow, null, "low", 8, null, null, "limited", null, HighRiskNote);
                await api.SendAsync(ApiSession.Request(HttpMethod.Post, "/api/v1/mood/shifts", people[i].User, note),
                    HttpStatusCode.Created, CancellationToken.None);
                committed[i] = DateTimeOffset.UtcNow;
            }
        })));
        return (committed, Stopwatch.GetElapsedTime(started));
    }
}
