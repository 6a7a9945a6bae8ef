using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sanctum.EndToEndTests;

/// <summary>
/// A high-risk note in the mood logger brings up the crisis override first, on a phone; the alert the person set up
/// on the alerts page goes to their contact, and the page shows what was sent.
/// </summary>
public sealed class CrisisOverrideTests(ITestOutputHelper output) : AppTest(output)
{
    [Fact]
    public async Task A_high_risk_note_shows_the_crisis_override_above_the_logger_and_alerts_the_chosen_contact()
    {
        var page = await NewPhonePageAsync();
        await RegisterAsync(page);
        const string Rule = "If Sanctum notices you may be in crisis (moderate or high risk)";
        await SetUpAlertAsync(page);
        await GotoLiveAsync(page, "");
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

        // What was sent: to whom, how, when and whether it arrived. The page shows the state it was in when loaded.
        await GotoLiveAsync(page, "alerts");
        var sent = page.GetByRole(AriaRole.List, new() { Name = "Alerts sent, newest first" });
        for (var reload = 0; reload < 20 && !await sent.GetByText("Delivered").IsVisibleAsync(); reload++)
        {
            await Task.Delay(500);
            await GotoLiveAsync(page, "alerts");
        }

        await Assertions.Expect(sent.GetByRole(AriaRole.Heading, new() { Name = "To Sam Friend" })).ToBeVisibleAsync();
        await Assertions.Expect(sent.GetByText("You may have been in crisis. By email to sam@example.org.")).ToBeVisibleAsync();
        await Assertions.Expect(sent.GetByText("Delivered")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The alerts page scrolls sideways at 360 px.");

        // Deleting the rule asks first, and leaves the record of what was sent.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Delete {Rule}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).GetByText($"Deleted {Rule}.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("No alerts yet.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(sent.GetByRole(AriaRole.Heading, new() { Name = "To Sam Friend" })).ToBeVisibleAsync();
    }

    /// <summary>A contact who agreed to alerts, then a crisis alert for them, made on the alerts page with the keyboard's controls.</summary>
    private async Task SetUpAlertAsync(IPage page)
    {
        await GotoLiveAsync(page, "me/contacts/new");
        await page.GetByLabel("Name").FillAsync("Sam Friend");
        await page.GetByLabel("Email").FillAsync("sam@example.org");
        await page.GetByLabel("Send alerts").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved Sam Friend.")).ToBeVisibleAsync();

        await GotoLiveAsync(page, "alerts");
        await Assertions.Expect(page.GetByText("Nothing has been sent.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add an alert" }).ClickAsync();
        await WaitUntilLiveAsync(page);
        await page.GetByLabel("Sanctum notices I may be in crisis").CheckAsync();
        await page.GetByLabel("Moderate or high risk").CheckAsync();
        await page.GetByLabel("Sam Friend").CheckAsync();
        await page.GetByLabel("Email", new() { Exact = true }).CheckAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The alert form scrolls sideways at 360 px.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved If Sanctum notices you may be in crisis (moderate or high risk).")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Your alerts" }).GetByText("Sam Friend")).ToBeVisibleAsync();
    }
}
