using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sanctum.EndToEndTests;

/// <summary>
/// One test class, one whole app: boots it before the class's test and stops it after, writing the app's
/// log to the test output so a failure can be read alongside what the servers said.
/// </summary>
public abstract class AppTest(ITestOutputHelper output) : IAsyncLifetime
{
    protected const string Password = "a calm and long passphrase";

    protected SanctumAppFixture App { get; } = new();

    public Task InitializeAsync() => App.InitializeAsync();

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        output.WriteLine(App.Log.ToString());
    }

    /// <summary>A phone-sized page: every flow must work at 360 px wide.</summary>
    protected Task<IPage> NewPhonePageAsync(int width = 360, int height = 800) =>
        App.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });

    /// <summary>
    /// Opens a page and waits until its live connection is up: text typed into a page that is still
    /// connecting can be replaced as it goes live.
    /// </summary>
    protected async Task GotoLiveAsync(IPage page, string path)
    {
        await page.GotoAsync(new Uri(App.Web, path).ToString());
        await WaitUntilLiveAsync(page);
    }

    protected static Task WaitUntilLiveAsync(IPage page) => page.Locator("main[data-live=true]").WaitForAsync();

    /// <summary>Three taps after opening the header's logger: a state, an intensity, Save; then closes it.</summary>
    protected static async Task LogMoodInThreeTapsAsync(IPage page, string state, int intensity)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Log mood" }).ClickAsync();
        var logger = page.GetByRole(AriaRole.Dialog, new() { Name = "Log your mood" });
        await logger.GetByRole(AriaRole.Button, new() { Name = state, Exact = true }).ClickAsync();
        await logger.GetByRole(AriaRole.Button, new() { Name = $"{intensity}", Exact = true }).ClickAsync();
        await logger.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(logger.GetByText(new Regex($"^Saved: {state}, {intensity} at"))).ToBeVisibleAsync();
        await logger.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
    }

    /// <summary>An API client signed in as someone registered through the pages, for setting up what a test is not about.</summary>
    protected async Task<HttpClient> SignedInApiAsync(string email)
    {
        var api = new HttpClient { BaseAddress = App.Host.GetUrl("api") };
        var signIn = await api.PostAsJsonAsync("api/v1/auth/login", new { email, password = Password });
        var token = (await signIn.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return api;
    }

    /// <summary>Registers a new person in Chicago and lands, signed in, on their live home page.</summary>
    protected async Task<string> RegisterAsync(IPage page, string displayName = "Robin")
    {
        var email = $"{displayName.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await page.GotoAsync(new Uri(App.Web, "account/register").ToString());
        await page.GetByLabel("Display name").FillAsync(displayName);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByLabel("Time zone").SelectOptionAsync("America/Chicago");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(displayName);
        await WaitUntilLiveAsync(page);
        return email;
    }
}
