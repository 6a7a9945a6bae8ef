using Microsoft.Playwright;

namespace Sanctum.EndToEndTests;

/// <summary>Debian's Chromium driven by Playwright's bundled driver; no browser download needed.</summary>
public static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ChromiumPath,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
        ],
    });
}
