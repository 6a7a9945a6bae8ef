using System.Globalization;

namespace Sanctum.Bench;

/// <summary>
/// The command line: how long to measure and how hard. The alerts mode also reads how many people, at what pace,
/// and how long to wait for their emails; the other modes ignore those.
/// </summary>
public sealed record BenchOptions(int Clients, TimeSpan Warmup, TimeSpan Duration, int Seed, int People, int PerSecond, TimeSpan Timeout)
{
    public static readonly BenchOptions Default = new(
        Clients: 32, Warmup: TimeSpan.FromSeconds(5), Duration: TimeSpan.FromSeconds(30), Seed: 20260101,
        People: 200, PerSecond: 10, Timeout: TimeSpan.FromSeconds(60));

    public static BenchOptions Parse(IReadOnlyList<string> args, BenchOptions? defaults = null)
    {
        var options = defaults ?? Default;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i++] switch
            {
                "--clients" => options with { Clients = Number(value) },
                "--warmup-seconds" => options with { Warmup = TimeSpan.FromSeconds(Number(value)) },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(Number(value)) },
                "--seed" => options with { Seed = Number(value) },
                "--people" => options with { People = Number(value) },
                "--per-second" => options with { PerSecond = Number(value) },
                "--timeout-seconds" => options with { Timeout = TimeSpan.FromSeconds(Number(value)) },
                var unknown => throw new ArgumentException(
                    $"Unknown option {unknown}. Options: --clients N, --seconds N, --warmup-seconds N, --seed N; " +
                    "for alerts: --people N, --per-second N, --timeout-seconds N."),
            };
        }
        return options;
    }

    private static int Number(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"'{value}' is not a positive whole number.");
}
