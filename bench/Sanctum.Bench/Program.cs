using System.Globalization;
using System.Net;
using System.Text.Json;
using Sanctum.AppHost;
using Sanctum.Bench;

// Sanctum's speed benchmark: boots the whole app as run mode does, in a throw-away data folder; seeds it through the
// Api; measures POST a shift and GET a year of shifts over HTTP; runs pgbench against the same PostgreSQL server for a
// raw figure; prints a table; stops everything and checks no process is left.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
// "screening" measures the crisis screener alone, in process (bench/screening.sh); it needs no app.
if (args is ["screening", .. var screeningArgs]) return ScreeningRun.Run(BenchOptions.Parse(screeningArgs), Console.Out);
// "pdf" times a 30-day psychiatrist report in process (bench/pdf.sh); it needs no app.
if (args is ["pdf", .. var pdfArgs]) return PdfRun.Run(pdfArgs, Console.Out);
// "patterns" times the pattern analysis alone, in process (bench/patterns.sh); it needs no app.
if (args is ["patterns", .. var patternsArgs]) return PatternsRun.Run(BenchOptions.Parse(patternsArgs), Console.Out);
// "alerts" measures from a committed crisis to its alert email at the SMTP sink (bench/alerts.sh).
if (args is ["alerts", .. var alertsArgs])
{
    var alertsOptions = BenchOptions.Parse(alertsArgs, AlertsRun.Defaults);
    return await AppRun.RunAsync((host, _) => AlertsRun.MeasureAsync(host, alertsOptions, Console.Out));
}
// "companion" times conversation turns with the built-in companion over HTTP (bench/companion.sh).
if (args is ["companion", .. var companionArgs])
{
    var companionOptions = BenchOptions.Parse(companionArgs, CompanionRun.Defaults);
    return await AppRun.RunAsync((host, _) => CompanionRun.MeasureAsync(host, companionOptions, Console.Out));
}
// "context" times the companion's context read cold and from the Redis cache (bench/context.sh).
if (args is ["context"]) return await AppRun.RunAsync((host, _) => ContextRun.MeasureAsync(host, Console.Out));
var options = BenchOptions.Parse(args);
return await AppRun.RunAsync((host, dataDir) => MeasureMoodAsync(host, dataDir, options));

static async Task<bool> MeasureMoodAsync(SanctumHost host, string dataDir, BenchOptions options)
{
    Console.WriteLine("Seeding through the Api...");
    using var api = new ApiSession(host.GetUrl("api"), Math.Max(options.Clients, Seeder.Parallelism));
    var seeded = await Seeder.SeedAsync(api, options.Seed, CancellationToken.None);

    Console.WriteLine($"Seeded in {seeded.Elapsed.TotalSeconds:0.0} s. Measuring POST a shift...");
    var post = await LoadRun.MeasureAsync(api.Http, options.Clients, options.Warmup, options.Duration, client =>
    {
        var random = new Random(options.Seed + 1000 + client);
        var life = new SyntheticLife(random);
        return () =>
        {
            var user = seeded.Everyone[random.Next(seeded.Everyone.Count)];
            var shift = life.NextShift(DateTimeOffset.UtcNow.AddMinutes(-random.Next(1, 120)));
            return ApiSession.Request(HttpMethod.Post, "/api/v1/mood/shifts", user, shift);
        };
    }, HttpStatusCode.Created);

    Console.WriteLine($"  {post.Summary}. Measuring GET a year...");
    var yearPath = $"/api/v1/timeline?from={seeded.YearFrom:yyyy-MM-dd}&to={seeded.YearTo:yyyy-MM-dd}";
    var year = await LoadRun.MeasureAsync(api.Http, options.Clients, options.Warmup, options.Duration,
        _ => () => ApiSession.Request(HttpMethod.Get, yearPath, seeded.YearUser), HttpStatusCode.OK);
    using var yearRequest = ApiSession.Request(HttpMethod.Get, yearPath, seeded.YearUser);
    using var yearResponse = await api.Http.SendAsync(yearRequest);
    using var yearBody = JsonDocument.Parse(await yearResponse.Content.ReadAsStringAsync());
    var yearShifts = yearBody.RootElement.GetProperty("shifts").GetArrayLength();

    Console.WriteLine($"  {year.Summary}. Measuring raw pgbench inserts on the same PostgreSQL server...");
    var pgbench = await Pgbench.MeasureAsync(
        host.GetConnectionString("postgres"), options.Clients, options.Warmup, options.Duration, dataDir, CancellationToken.None);

    Report.Print(Console.Out, options, seeded, post, year, yearShifts, pgbench);
    var succeeded = true;
    foreach (var (name, measurement) in new[] { ("POST", post), ("GET", year), ("pgbench", pgbench) })
    {
        if (measurement.Failures == 0) continue;
        succeeded = false;
        Console.WriteLine($"{name}: {measurement.Failures} failed requests; the first: {measurement.FirstFailure}");
    }
    return succeeded;
}
