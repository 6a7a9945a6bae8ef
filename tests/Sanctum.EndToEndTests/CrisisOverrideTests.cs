using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sanctum.Core.Episodes;
using Sanctum.Core.Identity;
using Sanctum.Core.Persistence;
using Xunit.Abstractions;

namespace Sanctum.EndToEndTests;

/// <summary>
/// A high-risk note in the mood logger brings up the crisis override first, on a phone; the crisis record Sanctum
/// then starts is offered on the home page, to keep with details.
/// </summary>
public sealed class CrisisOverrideTests(ITestOutputHelper output) : AppTest(output)
{
    [Fact]
    public async Task A_high_risk_note_shows_the_crisis_override_above_the_logger()
    {
        var page = await NewPhonePageAsync();
        var email = await RegisterAsync(page);
        await Assertions.Expect(page.GetByText("Nothing logged yet today.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Log mood" }).ClickAsync();
        var logger = page.GetByRole(AriaRole.Dialog, new() { Name = "Log your mood" });
        await logger.GetByRole(AriaRole.Button, new() { Name = "Anxious", Exact = true }).ClickAsync();
        await logger.GetByRole(AriaRole.Button, new() { Name = "8", Exact = true }).ClickAsync();
        await logger.GetByText("Add details (optional)").ClickAsync();
        await logger.GetByLabel("Notes").FillAsync("I want to kill myself tonight");
        await logger.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        var crisis = logger.GetByRole(AriaRole.Alert).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "You don't have to go through this alone" }) });
        await Assertions.Expect(crisis).ToBeVisibleAsync();
        await Assertions.Expect(crisis.GetByRole(AriaRole.Link, new() { Name = "Call or text 988" })).ToHaveAttributeAsync("href", "tel:988");
        await Assertions.Expect(crisis.GetByRole(AriaRole.Link, new() { Name = "Text HOME to 741741" })).ToBeVisibleAsync();
        await Assertions.Expect(crisis.GetByRole(AriaRole.Link, new() { Name = "Make a safety plan" })).ToHaveAttributeAsync("href", "safety-plan");

        // Above everything else in the logger, and nothing scrolls sideways at 360 px.
        var crisisTop = (await crisis.BoundingBoxAsync())!.Y;
        var questionTop = (await logger.GetByText("How are you feeling?").BoundingBoxAsync())!.Y;
        Assert.True(crisisTop < questionTop, "The crisis override is not above the logger.");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The page scrolls sideways at 360 px.");

        // The crisis record Sanctum starts is offered on the home page: add details, then keep it.
        await DraftForTheCrisisAsync(email);
        await GotoLiveAsync(page, "");
        var banner = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Sanctum started a crisis record" });
        await Assertions.Expect(banner).ToContainTextAsync("(your time). Keep it, add details, or dismiss.");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The banner scrolls sideways at 360 px.");
        // Dismiss asks first, with the keyboard on the answer; "Not now" leaves the record offered.
        await banner.GetByRole(AriaRole.Button, new() { NameRegex = new("^Dismiss the crisis record") }).ClickAsync();
        await Assertions.Expect(banner.GetByRole(AriaRole.Button, new() { Name = "Yes, dismiss" })).ToBeFocusedAsync();
        await banner.GetByRole(AriaRole.Button, new() { Name = "Not now" }).ClickAsync();
        await Assertions.Expect(banner.GetByRole(AriaRole.Button, new() { Name = "Yes, dismiss" })).ToHaveCountAsync(0);
        await banner.GetByRole(AriaRole.Link, new() { NameRegex = new("^Add details to the crisis record") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Keep this crisis record" })).ToBeVisibleAsync();
        await WaitUntilLiveAsync(page);
        await Assertions.Expect(page.GetByLabel("What kind of episode?")).ToHaveValueAsync("suicidalCrisis");
        await page.GetByLabel("What you did to get through it").FillAsync("Called 988");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Kept Suicidal crisis" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Your episodes" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByText("Sanctum started a crisis record")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// What the Workers' crisis job does with the safety event the note raised. Once the job runs in this app it has
    /// already made the draft, and this adds nothing (drafting is idempotent per event).
    /// </summary>
    private async Task DraftForTheCrisisAsync(string email)
    {
        await using var db = new SanctumDbContext(new DbContextOptionsBuilder<SanctumDbContext>()
            .UseNpgsql(App.Host.GetConnectionString("sanctumdb")).UseSnakeCaseNamingConvention().Options);
        var normalized = User.Normalize(email);
        var userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync();
        var safetyEvent = await db.SafetyEvents.SingleAsync(e => e.UserId == userId);
        await EpisodeDrafts.DraftForCrisisAsync(db, safetyEvent, DateTimeOffset.UtcNow, CancellationToken.None);
        await db.SaveChangesAsync();
    }
}
