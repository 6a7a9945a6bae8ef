using Sanctum.AppHost;

namespace Sanctum.Bench;

/// <summary>
/// The whole app as run mode starts it (Api, Web and Workers as real processes), in a throw-away data folder, for one
/// measurement; stopped after it, with a check that no process is left. The folder and log are kept when anything failed.
/// </summary>
public static class AppRun
{
    /// <param name="measure">Given the running app and its data folder (for scratch files), measures and prints; returns
    /// whether everything went as it should.</param>
    public static async Task<int> RunAsync(Func<SanctumHost, string, Task<bool>> measure)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), $"sanctum-bench-{Guid.NewGuid():N}");
        var logPath = $"{dataDir}.log";

        // The services inherit these from this process. They change only how the setup signs in, never the measured
        // paths: hundreds of people sign in from one address (the per-address limit would stop that), bcrypt's real
        // cost would spend minutes of both cores on their hashes, and a run may outlast a 15-minute access token.
        Environment.SetEnvironmentVariable("Auth__SignInAttemptsPerIpPerMinute", "1000000");
        Environment.SetEnvironmentVariable("Auth__PasswordWorkFactor", "4");
        Environment.SetEnvironmentVariable("Auth__AccessTokenLifetime", "02:00:00");

        var succeeded = false;
        IReadOnlyDictionary<string, int> children = new Dictionary<string, int>();
        await using (var log = TextWriter.Synchronized(new StreamWriter(logPath)))
        {
            Console.WriteLine($"Starting Sanctum in {dataDir} (its log: {logPath})...");
            var host = await SanctumHost.StartAsync(new SanctumHostOptions { DataDir = dataDir, WebPort = 0, Log = log });
            children = host.Processes;
            try
            {
                Console.WriteLine($"All healthy in {host.StartupTime.TotalSeconds:0.0} s.");
                succeeded = await measure(host, dataDir);
            }
            catch (Exception exception)
            {
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
            succeeded = false;
            Console.WriteLine($"Still running after stop: {string.Join(", ", left.Select(c => $"{c.Key} ({c.Value})"))}");
        }
        else
        {
            Console.WriteLine($"Stopped cleanly: {children.Count} child processes, none left.");
        }

        if (!succeeded)
        {
            Console.WriteLine($"The app's log is kept at {logPath}; data at {dataDir}.");
            return 1;
        }
        Directory.Delete(dataDir, recursive: true);
        File.Delete(logPath);
        return 0;
    }

    // PID 1 here does not reap orphans, so a dead child may linger as a zombie (state Z): only live ones count.
    private static bool IsRunning(int pid)
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
}
