using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Sanctum.Bench;

/// <summary>
/// PostgreSQL's own load tool against the same server the Api uses: single-row inserts, one per transaction,
/// into a table in a scratch database that is created for the run and dropped after it. The Api's databases are
/// never touched.
/// </summary>
public static partial class Pgbench
{
    public const string Executable = "/usr/bin/pgbench";

    /// <summary>pgbench's own threads (-j): two, one per core here, but never more than its clients.</summary>
    public static int ThreadsFor(int clients) => Math.Min(2, clients);
    private const string ScratchDatabase = "sanctum_bench_scratch";

    // A row shaped like a mood shift's core, with a uuid primary key, as the Api's insert has.
    private const string Script = """
        \set intensity random(0, 10)
        INSERT INTO scratch_shifts (user_id, occurred_at, current_state, intensity) VALUES (gen_random_uuid(), now(), 'stable', :intensity);
        """;

    /// <param name="serverConnectionString">The PostgreSQL server's connection string (no database).</param>
    public static async Task<Measurement> MeasureAsync(
        string serverConnectionString, int clients, TimeSpan warmup, TimeSpan duration, string workDir, CancellationToken cancellationToken)
    {
        var server = new NpgsqlConnectionStringBuilder(serverConnectionString) { Pooling = false };
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {ScratchDatabase}", cancellationToken);
        await ExecuteAsync(server, $"CREATE DATABASE {ScratchDatabase}", cancellationToken);
        try
        {
            var scratch = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = ScratchDatabase };
            await ExecuteAsync(scratch, """
                CREATE TABLE scratch_shifts (
                    id uuid PRIMARY KEY DEFAULT gen_random_uuid(), user_id uuid NOT NULL, occurred_at timestamptz NOT NULL,
                    current_state text NOT NULL, intensity int NOT NULL)
                """, cancellationToken);
            var script = Path.Combine(workDir, "pgbench-insert.sql");
            await File.WriteAllTextAsync(script, Script, cancellationToken);

            await RunAsync(scratch, clients, warmup, script, logPrefix: null, cancellationToken);
            var logPrefix = Path.Combine(workDir, "pgbench-log");
            var (elapsed, output) = await RunAsync(scratch, clients, duration, script, logPrefix, cancellationToken);
            var failed = FailedLine().Match(output) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            return Measurement.From(failed, failed > 0 ? output : null, elapsed, TransactionLatencies(workDir, logPrefix));
        }
        finally
        {
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {ScratchDatabase} WITH (FORCE)", CancellationToken.None);
        }
    }

    /// <summary>
    /// The per-transaction logs (-l) hold each transaction's latency in microseconds as the third field; a failed one
    /// has a word there instead, and is counted from pgbench's summary.
    /// </summary>
    private static IEnumerable<double> TransactionLatencies(string workDir, string logPrefix) =>
        Directory.EnumerateFiles(workDir, $"{Path.GetFileName(logPrefix)}.*")
            .SelectMany(File.ReadLines)
            .Select(line => double.TryParse(line.Split(' ')[2], CultureInfo.InvariantCulture, out var microseconds) ? microseconds / 1000 : -1)
            .Where(milliseconds => milliseconds >= 0);

    private static async Task<(TimeSpan Elapsed, string Output)> RunAsync(
        NpgsqlConnectionStringBuilder database, int clients, TimeSpan duration, string script, string? logPrefix, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PGPASSWORD"] = database.Password },
        };
        // -n: no vacuum of pgbench's own tables, which this run does not create. -M prepared: its fastest protocol.
        string[] arguments =
        [
            "-n", "-M", "prepared", "-c", $"{clients}", "-j", $"{ThreadsFor(clients)}", "-T", $"{(int)duration.TotalSeconds}", "-f", script,
            "-h", database.Host!, "-p", $"{database.Port}", "-U", database.Username!,
            .. logPrefix is null ? Array.Empty<string>() : ["-l", $"--log-prefix={logPrefix}"],
            database.Database!,
        ];
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Executable} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var elapsed = clock.Elapsed;
        var text = await output + await errors;
        if (process.ExitCode != 0) throw new InvalidOperationException($"pgbench exited with {process.ExitCode}:\n{text}");

        // pgbench's own figure excludes connecting; the wall time above includes it, so report pgbench's.
        var tps = TpsLine().Match(text);
        var processed = ProcessedLine().Match(text);
        if (!tps.Success || !processed.Success) throw new InvalidOperationException($"Could not read pgbench's figures:\n{text}");
        var transactions = double.Parse(processed.Groups[1].Value, CultureInfo.InvariantCulture);
        var seconds = transactions / double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture);
        return (seconds > 0 ? TimeSpan.FromSeconds(seconds) : elapsed, text);
    }

    private static async Task ExecuteAsync(NpgsqlConnectionStringBuilder database, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex(@"^tps = ([0-9.]+) \(without initial connection time\)", RegexOptions.Multiline)]
    private static partial Regex TpsLine();

    [GeneratedRegex(@"^number of transactions actually processed: ([0-9]+)", RegexOptions.Multiline)]
    private static partial Regex ProcessedLine();

    [GeneratedRegex(@"^number of failed transactions: ([0-9]+)", RegexOptions.Multiline)]
    private static partial Regex FailedLine();
}
