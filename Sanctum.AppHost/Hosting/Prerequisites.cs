namespace Sanctum.AppHost.Hosting;

/// <summary>
/// Finds the local servers' programs, installing what can be installed (Redis, the npm packages) and
/// otherwise failing with one line that says what to install.
/// </summary>
internal sealed class Prerequisites(TextWriter log)
{
    private const string PostgresLibDirectory = "/usr/lib/postgresql";

    // Azurite and MailDev both need node_modules; install it once for both.
    private readonly Lazy<Task> nodeModules = new(() => RunAsync("npm", ["npm", "ci", "--no-audit", "--no-fund"], log));
    private readonly Lazy<Task<string?>> redisServer = new(() => FindOrInstallRedisServerAsync(log));
    private readonly Lazy<Task> dotnetTools = new(() => RunAsync("dotnet", ["dotnet", "tool", "restore"], log));

    /// <summary>The directory of postgres and initdb: Debian's newest major version, else whatever PATH has.</summary>
    public static string PostgresBinDirectory()
    {
        var debianBin = Directory.Exists(PostgresLibDirectory)
            ? Directory.GetDirectories(PostgresLibDirectory)
                .Where(version => File.Exists(Path.Combine(version, "bin", "postgres")))
                .OrderByDescending(version => int.TryParse(Path.GetFileName(version), out var major) ? major : 0)
                .Select(version => Path.Combine(version, "bin"))
                .FirstOrDefault()
            : null;

        return debianBin
            ?? Path.GetDirectoryName(FindOnPath("postgres"))
            ?? throw new SanctumHostException("PostgreSQL is not installed: apt-get install postgresql");
    }

    /// <summary>redis-server's path, installed with apt when we are root; null when Garnet must stand in.</summary>
    public Task<string?> RedisServerAsync() => redisServer.Value;

    /// <summary>Restores the repository's tool manifest, which pins garnet-server.</summary>
    public Task RestoreDotnetToolsAsync() => dotnetTools.Value;

    /// <summary>
    /// The command that runs an npm package's executable: node and the script itself rather than the .bin
    /// shim, so that the PID the AppHost holds is node's own.
    /// </summary>
    public async Task<IReadOnlyList<string>> NodeCommandAsync(string executable)
    {
        var node = Node();
        var shim = Path.Combine(BuildInfo.RepoRoot, "node_modules", ".bin", executable);
        if (!File.Exists(shim))
        {
            if (FindOnPath("npm") is null)
                throw new SanctumHostException("npm is not installed: apt-get install npm");
            await nodeModules.Value;
        }
        var script = File.ResolveLinkTarget(shim, returnFinalTarget: true)?.FullName ?? shim;
        return [node, script];
    }

    public static string Node() =>
        FindOnPath("node") ?? throw new SanctumHostException("Node.js is not installed: apt-get install nodejs npm");

    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);

    private static async Task<string?> FindOrInstallRedisServerAsync(TextWriter log)
    {
        if (FindOnPath("redis-server") is { } installed)
            return installed;
        if (!Native.IsRoot)
            return null;

        log.WriteLine("[cache] redis-server is missing; installing it with apt-get");
        try
        {
            await AptInstallRedisAsync(log);
        }
        catch (SanctumHostException)
        {
            // Usually a stale package list on a fresh machine.
            await RunAsync("apt-get", ["apt-get", "update"], log);
            await AptInstallRedisAsync(log);
        }
        return FindOnPath("redis-server") ?? throw new SanctumHostException("redis-server is not installed: apt-get install redis-server");
    }

    private static Task AptInstallRedisAsync(TextWriter log) =>
        RunAsync("apt-get", ["apt-get", "install", "-y", "redis-server"], log,
            new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" });

    // Installs are not cancelled half-way: an interrupted apt-get or npm ci leaves a mess behind.
    private static Task RunAsync(
        string name, IReadOnlyList<string> command, TextWriter log, IReadOnlyDictionary<string, string>? environment = null) =>
        ChildProcess.RunAsync(name, new ProcessSpec(command, BuildInfo.RepoRoot, environment), log, CancellationToken.None);
}
