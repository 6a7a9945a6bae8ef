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
var options = BenchOptions.Parse(args);
var dataDir = Path.Combine(Path.GetTempPath(), $"sanctum-bench-{Guid.NewGuid():N}");
var logPath = $"{dataDir}.log";

// The services inherit these from this process. They change only how the seeding signs in, never the measured paths:
// 101 people sign in from one address (the per-address limit would stop that), bcrypt's real cost would spend a
// minute of both cores on 202 hashes, and a run may outlast a 15-minute access token.
Environment.SetEnvironmentVariable("Auth__SignInAttemptsPerIpPerMinute", "1000000");
Environment.SetEnvironmentVariable("Auth__PasswordWorkFactor", "4");
Environment.SetEnvironmentVariable("Auth__AccessTokenLifetime", "02:00:00");

var failed = false;
IReadOnlyDictionary<string, int> children = new Dictionary<string, int>();
await using (var log = TextWriter.Synchronized(new StreamWriter(logPath)))
{
    Console.WriteLine($"Starting Sanctum in {dataDir} (its log: {logPath})...");
    var host = await SanctumHost.StartAsync(new SanctumHostOptions { DataDir = dataDir, WebPort = 0, Log = log });
    children = host.Processes;
    try
    {
        Console.WriteLine($"All healthy in {host.StartupTime.TotalSeconds:0.0} s. Seeding through the Api...");
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
        foreach (var (name, measurement) in new[] { ("POST", post), ("GET", year), ("pgbench", pgbench) })
        {
            if (measurement.Failures == 0) continue;
            failed = true;
            Console.WriteLine($"{name}: {measurement.Failures} failed requests; the first: {measurement.FirstFailure}");
        }
    }
    catch (Exception exception)
    {
        failed = true;
        Console.WriteLine($"The benchmark failed: {exception}");
    }
    finally
    {
        await host.DisposeAsync();
    }
}

var left = children.Where(c => IsRunning(c.Value)).ToList();
if (left.Count > 0)
{
    failed = true;
    Console.WriteLine($"Still running after stop: {string.Join(", ", left.Select(c => $"{c.Key} ({c.Value})"))}");
}
else
{
    Console.WriteLine($"Stopped cleanly: {children.Count} child processes, none left.");
}

if (failed)
{
    Console.WriteLine($"The app's log is kept at {logPath}; data at {dataDir}.");
    return 1;
}
Directory.Delete(dataDir, recursive: true);
File.Delete(logPath);
return 0;

// PID 1 here does not reap orphans, so a dead child may linger as a zombie (state Z): only live ones count.
static bool IsRunning(int pid)
{
    try
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // "pid (command name) state ...": the name may hold spaces or brackets, so read after its last ')'.
        return stat[stat.LastIndexOf(')') + 2] != 'Z';
    }
    catch (IOException)
    {
        return false; // no such process
    }
}
