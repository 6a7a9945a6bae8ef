using System.Diagnostics;
using System.Net;
using Sanctum.AppHost;

namespace Sanctum.Bench;

/// <summary>
/// The companion's context (GET /api/v1/companion/context) for one person with a full picture: a profile, a safety
/// plan, 40 knowledge entries, 10 mood shifts in the last day, today's check-in and two medications. "Cold" is the
/// first read after one of its inputs changed (a configuration save before each, not timed), so it assembles from
/// PostgreSQL and writes the cache; "from cache" reads it back from Redis. One client, one request at a time, so
/// each figure is the latency of a single call through HTTP, the Api and the servers.
/// </summary>
public static class ContextRun
{
    private const string Context = "/api/v1/companion/context";
    private const int WarmUp = 50;
    private const int ColdRuns = 300;
    private const int CachedRuns = 2000;

    public static async Task<bool> MeasureAsync(SanctumHost host, TextWriter output)
    {
        using var api = new ApiSession(host.GetUrl("api"), connections: 1);
        var user = await api.RegisterAndSignInAsync("bench-context@example.org", "America/Chicago", CancellationToken.None);
        await SeedAsync(api, user);

        var saves = 0;
        var cold = await TimeAsync(api, user, WarmUp, ColdRuns, before: () => api.SendAsync(ApiSession.Request(HttpMethod.Put,
            "/api/v1/companion/configuration", user, Configuration(saves++ % 2 == 0)), HttpStatusCode.OK, CancellationToken.None));
        var cached = await TimeAsync(api, user, WarmUp, CachedRuns, before: null);

        output.WriteLine();
        output.WriteLine("| context read | requests | p50 ms | p95 ms | p99 ms | max ms |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, m) in new[] { ("cold (assembled from PostgreSQL)", cold), ("from cache (Redis)", cached) })
            output.WriteLine($"| {name} | {m.Requests} | {m.Percentile(50):0.00} | {m.Percentile(95):0.00} | {m.Percentile(99):0.00} | {m.SortedLatenciesMs[^1]:0.00} |");
        return cold.Failures == 0 && cached.Failures == 0;
    }

    private static object Configuration(bool supportive) => new
    {
        tone = supportive ? "supportive" : "balanced", pacing = "brief", dailyAffirmation = true, topicsToAvoid = new[] { "my ex" },
        activeProtocols = new[] { "goodMorning", "goodNight", "moodShiftCapture", "skillSuggestion" },
    };

    /// <summary>Times <paramref name="runs"/> reads after <paramref name="warmUp"/> untimed ones; <paramref name="before"/> runs untimed before each.</summary>
    private static async Task<Measurement> TimeAsync(ApiSession api, BenchUser user, int warmUp, int runs, Func<Task>? before)
    {
        var latencies = new List<double>(runs);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < warmUp + runs; i++)
        {
            if (before is not null) await before();
            var started = Stopwatch.GetTimestamp();
            await api.SendAsync(ApiSession.Request(HttpMethod.Get, Context, user), HttpStatusCode.OK, CancellationToken.None);
            if (i >= warmUp) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return Measurement.From(0, null, clock.Elapsed, latencies);
    }

    private static async Task SeedAsync(ApiSession api, BenchUser user)
    {
        var ct = CancellationToken.None;
        await api.SendAsync(ApiSession.Request(HttpMethod.Put, "/api/v1/me/profile", user, new
        {
            displayName = "Bench", timeZone = "America/Chicago", preferredName = "Robin", companionName = "Wren", pronouns = "she/her",
            diagnoses = new[] { new { text = "bipolar II", icd10Code = (string?)"F31.81" }, new { text = "ADHD", icd10Code = (string?)null } },
        }), HttpStatusCode.OK, ct);
        await api.SendAsync(ApiSession.Request(HttpMethod.Put, "/api/v1/safety/plan", user, new
        {
            warningSigns = new[] { "Not sleeping for two nights", "Pulling away from friends" },
            copingStrategies = new[] { "Cold water on my face", "Walk round the block" }, distractions = new[] { "The coffee shop" },
            peopleToAsk = new[] { "My neighbour Pat" }, contactIds = Array.Empty<Guid>(), professionals = new[] { "Harbor Clinic" },
            providerIds = Array.Empty<Guid>(), safeEnvironment = new[] { "Ask Alex to keep my pills" }, mattersMost = "My daughter",
        }), HttpStatusCode.OK, ct);
        string[] categories = ["diagnosis", "triggers", "coping", "patterns", "preferences"];
        string[] confidences = ["confirmed", "inferred", "uncertain", "outdated"];
        for (var i = 0; i < 40; i++)
            await api.CreateAsync("/api/v1/companion/knowledge", user, new
            {
                category = categories[i % categories.Length], key = $"note {i:00}", confidence = confidences[i % confidences.Length],
                value = "Something the companion learned in conversation, in a sentence or two of plain words.",
            }, ct);
        for (var i = 0; i < 10; i++)
            await api.CreateAsync("/api/v1/mood/shifts", user, new
            {
                occurredAt = DateTimeOffset.UtcNow.AddHours(-2 * i - 1), currentState = i % 2 == 0 ? "anxious" : "stable", intensity = 5,
                trigger = "work email", notes = "Breathing helped a bit",
            }, ct);
        await api.SendAsync(ApiSession.Request(HttpMethod.Put, $"/api/v1/mood/baselines/{user.Today:yyyy-MM-dd}/morning", user,
            new { sleepHours = 7.5, morningMood = "stable", morningMedsTaken = true }), HttpStatusCode.OK, ct);
        foreach (var name in new[] { "Lamotrigine", "Lithium" })
            await api.CreateAsync("/api/v1/me/medications", user, new { name, dose = 200, unit = "mg", scheduleTimes = new[] { "08:00", "20:00" }, active = true }, ct);
    }
}
