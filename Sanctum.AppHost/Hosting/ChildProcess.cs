using System.Diagnostics;

namespace Sanctum.AppHost.Hosting;

/// <summary>
/// A process the AppHost launched. Each line it prints goes to the log prefixed with its resource name, and
/// the last lines are kept to explain a failure.
/// </summary>
internal sealed class ChildProcess
{
    private const int RecentLineCount = 30;
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    private readonly Process process;
    private readonly string name;
    private readonly TextWriter log;
    private readonly Queue<string> recentLines = new();
    private readonly Task exited;

    private ChildProcess(string name, ProcessSpec spec, TextWriter log, bool announceExit)
    {
        this.name = name;
        this.log = log;

        // setsid gives the child its own session: a Ctrl+C in the terminal then reaches only the AppHost,
        // which stops the children in reverse dependency order. setsid execs in place, so the PID is the program's.
        var startInfo = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = spec.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in spec.Command)
            startInfo.ArgumentList.Add(argument);
        foreach (var (variable, value) in spec.Environment ?? new Dictionary<string, string>())
            startInfo.Environment[variable] = value;

        process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Start();

        // The terminal's input belongs to the AppHost; a child that reads stdin sees it end at once.
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        exited = WaitForExitAsync(announceExit);
    }

    public int Id => process.Id;
    public bool HasExited => exited.IsCompleted;
    public int ExitCode => process.ExitCode;

    public string RecentOutput
    {
        get
        {
            lock (recentLines)
                return string.Join('\n', recentLines);
        }
    }

    /// <summary>Starts a server; the log says when it exits.</summary>
    public static ChildProcess Start(string name, ProcessSpec spec, TextWriter log) => new(name, spec, log, announceExit: true);

    /// <summary>Runs a setup command (initdb, apt-get, npm ci...) to completion; throws with its output if it fails.</summary>
    public static async Task RunAsync(string name, ProcessSpec spec, TextWriter log, CancellationToken cancellationToken)
    {
        var child = new ChildProcess(name, spec, log, announceExit: false);
        try
        {
            await child.exited.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await child.StopAsync(Native.SIGTERM);
            throw;
        }
        if (child.ExitCode != 0)
        {
            throw new SanctumHostException(
                $"{name}: '{string.Join(' ', spec.Command)}' failed with exit code {child.ExitCode}:\n{child.RecentOutput}");
        }
    }

    /// <summary>Sends <paramref name="signal"/>, waits up to 10 s for the process to exit, then kills its whole tree.</summary>
    public async Task StopAsync(int signal)
    {
        if (HasExited)
            return;

        Native.kill(Id, signal);
        if (await Task.WhenAny(exited, Task.Delay(StopGrace)) != exited)
        {
            log.WriteLine($"[{name}] still running {StopGrace.TotalSeconds:0} s after the stop signal; killing it");
            process.Kill(entireProcessTree: true);
            await exited;
        }
    }

    private async Task WaitForExitAsync(bool announce)
    {
        await process.WaitForExitAsync();
        if (announce)
            log.WriteLine($"[{name}] process {process.Id} exited with code {process.ExitCode}");
    }

    private void OnLine(string? line)
    {
        if (line is null)
            return;

        log.WriteLine($"[{name}] {line}");
        lock (recentLines)
        {
            recentLines.Enqueue(line);
            if (recentLines.Count > RecentLineCount)
                recentLines.Dequeue();
        }
    }
}
