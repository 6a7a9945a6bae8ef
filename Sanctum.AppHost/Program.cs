using System.Runtime.InteropServices;
using Sanctum.AppHost;
using Sanctum.AppHost.Publishing;

CommandLine commandLine;
try
{
    commandLine = CommandLine.Parse(args, Environment.GetEnvironmentVariable);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"{e.Message}\n{CommandLine.Usage}");
    return 2;
}

if (commandLine.ManifestPath is { } manifestPath)
{
    ManifestWriter.Write(SanctumApp.BuildModel(), manifestPath);
    Console.WriteLine($"Wrote {Path.GetFullPath(manifestPath)}");
    return 0;
}

// Ctrl+C, SIGTERM or a closed terminal: stop the children cleanly, then exit 0. The children run in sessions of
// their own, so these signals reach only the AppHost.
using var stop = new CancellationTokenSource();
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var onHangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);

try
{
    await using var host = await SanctumHost.StartAsync(commandLine.RunOptions, stop.Token);
    Console.WriteLine($"Sanctum: data in {commandLine.RunOptions.DataDir}. Press Ctrl+C to stop.");
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    // Asked to stop; the host has stopped its children on the way out.
}
catch (SanctumHostException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
return 0;

void Stop(PosixSignalContext signal)
{
    signal.Cancel = true;
    stop.Cancel();
}
