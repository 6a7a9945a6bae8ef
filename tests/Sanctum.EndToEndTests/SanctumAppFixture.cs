using Microsoft.Playwright;
using Sanctum.AppHost;

namespace Sanctum.EndToEndTests;

/// <summary>
/// The whole application booted through the AppHost's own code (servers, Workers, Api, Web as real
/// processes) in a throw-away data folder, and a headless Chromium to drive it.
/// </summary>
public sealed class SanctumAppFixture : IAsyncLifetime
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), $"sanctum-e2e-{Guid.NewGuid():N}");

    public StringWriter Log { get; } = new();
    public SanctumHost Host { get; private set; } = null!;
    public IReadOnlyDictionary<string, int> ChildProcesses { get; private set; } = new Dictionary<string, int>();
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Uri Web => Host.GetUrl("web");

    public async Task InitializeAsync()
    {
        Host = await SanctumHost.StartAsync(new SanctumHostOptions { DataDir = _dataDir, WebPort = 0, Log = Log });
        ChildProcesses = Host.Processes;
        // A shared CI machine can be several times slower than a laptop; 5 s waits there fail on load alone.
        Assertions.SetDefaultExpectTimeout(15_000);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await EndToEndTests.Browser.LaunchAsync(Playwright);
    }

    /// <summary>Stops everything; the test that owns the fixture checks nothing was left running.</summary>
    public async Task StopAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A server may still be letting go of a file; the OS temp cleaner gets it.
        }
    }
}
