namespace Sanctum.AppHost;

/// <summary>
/// The AppHost's arguments. <c>--publisher manifest --output-path FILE</c> publishes, as Aspire's AppHost does;
/// otherwise it runs, with <c>--data-dir</c> and <c>--web-port</c> (or SANCTUM_DATA_DIR and SANCTUM_WEB_PORT).
/// </summary>
internal sealed record CommandLine(string? ManifestPath, SanctumHostOptions RunOptions)
{
    public const string Usage =
        "usage: Sanctum.AppHost [--data-dir DIR] [--web-port N] | --publisher manifest --output-path FILE";

    /// <exception cref="ArgumentException">The arguments make no sense; the message says which.</exception>
    public static CommandLine Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Count; i += 2)
        {
            if (args[i] is not ("--publisher" or "--output-path" or "--data-dir" or "--web-port") || i + 1 >= args.Count)
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            values[args[i]] = args[i + 1];
        }

        var publisher = values.GetValueOrDefault("--publisher");
        if (publisher is not (null or "manifest"))
            throw new ArgumentException($"unknown publisher '{publisher}': only 'manifest' is supported");
        var manifestPath = values.GetValueOrDefault("--output-path");
        if ((publisher is null) != (manifestPath is null))
            throw new ArgumentException("--publisher manifest and --output-path go together");

        var dataDir = values.GetValueOrDefault("--data-dir") ?? environment("SANCTUM_DATA_DIR");
        var webPort = values.GetValueOrDefault("--web-port") ?? environment("SANCTUM_WEB_PORT");
        return new CommandLine(manifestPath, new SanctumHostOptions
        {
            DataDir = Path.GetFullPath(dataDir ?? SanctumHostOptions.DefaultDataDir),
            WebPort = webPort is null ? SanctumHostOptions.DefaultWebPort : ParsePort(webPort),
        });
    }

    private static int ParsePort(string value) =>
        int.TryParse(value, out var port) && port is >= 0 and <= 65535
            ? port
            : throw new ArgumentException($"'{value}' is not a port number (0 takes any free port)");
}
