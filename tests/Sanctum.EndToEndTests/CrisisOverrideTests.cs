using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sanctum.EndToEndTests;

/// <summary>
/// A high-risk note in the mood logger brings up the crisis override first, on a phone, with the person's safety
/// plan; the alert they set up on the alerts page goes to their contact and shows in the notification history and
/// under "What was sent"; the crisis record Sanctum starts is offered on the home page, to keep with details. A diary
/// card note is screened the same way.
/// </summary>
public sealed class CrisisOverrideTests(ITestOutputHelper output) : AppTest(output)
{
    [Fact]
    public async Task A_high_risk_note_shows_the_override_with_the_plan_alerts_the_contact_and_drafts_a_crisis_record()
    {
        var page = await NewPhonePageAsync();
        var email = await RegisterAsync(page);
        const string Rule = "If Sanctum notices you may be in crisis (moderate or high risk)";
        await SetUpAlertAsync(page);
        // The plan is set up through the API: its pages have their own test.
        using (var api = await SignedInApiAsync(email))
            (await api.PutAsJsonAsync("api/v1/safety/plan", new { copingStrategies = new[] { "Cold water on my face" } })).EnsureSuccessStatusCode();
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
        await Assertions.Expect(crisis.GetByRole(AriaRole.Link, new() { Name = "Open your safety plan" })).ToHaveAttributeAsync("href", "safety-plan");
        var plan = crisis.GetByRole(AriaRole.List, new() { Name = "Your safety plan" });
        await Assertions.Expect(plan).ToContainTextAsync("Things I can do on my own");
        await Assertions.Expect(plan).ToContainTextAsync("Cold water on my face");
        await Assertions.Expect(crisis.GetByRole(AriaRole.Link, new() { Name = "Call Sam Friend" })).ToHaveAttributeAsync("href", "tel:5550101");

        // Above everything else in the logger, and nothing scrolls sideways at 360 px.
        var crisisTop = (await crisis.BoundingBoxAsync())!.Y;
        var questionTop = (await logger.GetByText("How are you feeling?").BoundingBoxAsync())!.Y;
        Assert.True(crisisTop < questionTop, "The crisis override is not above the logger.");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The page scrolls sideways at 360 px.");

        // The Workers send the alert; the history says what went, to whom, and (once it has) that it arrived.
        // The page shows the history as it was when opened, so it is opened again until the alert has gone.
        var alert = page.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Robin may need support right now" }) });
        for (var tries = 0; tries < 60; tries++)
        {
            await GotoLiveAsync(page, "notifications");
            if (await alert.CountAsync() == 1 && (await alert.InnerTextAsync()).Contains("Delivered")) break;
            await Task.Delay(500);
        }
        await Assertions.Expect(alert).ToContainTextAsync("Emailed to sam@example.org");
        await Assertions.Expect(alert).ToContainTextAsync("Delivered");

        // The alerts page says the same under "What was sent". Deleting the rule asks first, and keeps that record.
        await GotoLiveAsync(page, "alerts");
        var sent = page.GetByRole(AriaRole.List, new() { Name = "Alerts sent, newest first" });
        await Assertions.Expect(sent.GetByRole(AriaRole.Heading, new() { Name = "To Sam Friend" })).ToBeVisibleAsync();
        await Assertions.Expect(sent.GetByText("You may have been in crisis. By email to sam@example.org.")).ToBeVisibleAsync();
        await Assertions.Expect(sent.GetByText("Delivered")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The alerts page scrolls sideways at 360 px.");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Delete {Rule}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).GetByText($"Deleted {Rule}.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("No alerts yet.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(sent.GetByRole(AriaRole.Heading, new() { Name = "To Sam Friend" })).ToBeVisibleAsync();

        // The crisis record Sanctum starts is offered on the home page: add details, then keep it.
        var banner = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Sanctum started a crisis record" });
        await GotoLiveAsync(page, "");
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

        // Every other free-text write is screened the same way: a diary card's note shows the override at the top of the page.
        await GotoLiveAsync(page, "dbt");
        var main = page.Locator("main");
        for (var step = 2; step <= 7; step++)
        {
            await main.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
            await Assertions.Expect(main.GetByText($"Step {step} of 7")).ToBeVisibleAsync();
        }
        await main.GetByLabel("Notes").FillAsync("I have the pills ready and I'm going to end it tonight");
        await main.GetByRole(AriaRole.Button, new() { Name = "Save my card" }).ClickAsync();

        var onCard = main.GetByRole(AriaRole.Alert).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "You don't have to go through this alone" }) });
        await Assertions.Expect(onCard).ToBeVisibleAsync();
        await Assertions.Expect(onCard.GetByRole(AriaRole.Link, new() { Name = "Call or text 988" })).ToHaveAttributeAsync("href", "tel:988");
        await Assertions.Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Saved" })).ToBeVisibleAsync();
        var cardTitleTop = (await main.GetByRole(AriaRole.Heading, new() { Name = "Today's diary card" }).BoundingBoxAsync())!.Y;
        Assert.True((await onCard.BoundingBoxAsync())!.Y < cardTitleTop, "The crisis override is not above the diary card.");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The page scrolls sideways at 360 px.");

        // The person's own warning words are kept from a page linked on the safety plan.
        await GotoLiveAsync(page, "safety-plan");
        await Assertions.Expect(main.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await main.GetByRole(AriaRole.Link, new() { Name = "Your warning words" }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Words that mean you're struggling" })).ToBeVisibleAsync();
        await main.GetByLabel("Your words").FillAsync("the grey room\n?!");
        await main.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(main.GetByText("Word 2: Use at least one letter or number.")).ToBeVisibleAsync();
        await main.GetByLabel("Your words").FillAsync("the grey room\nstatic again");
        await main.GetByLabel("How many crisis moods in a day mean you need help?").FillAsync("4");
        await main.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Status).GetByText("Saved.")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The page scrolls sideways at 360 px.");
    }

    /// <summary>A contact who agreed to alerts, then a crisis alert for them, made on the alerts page with the keyboard's controls.</summary>
    private async Task SetUpAlertAsync(IPage page)
    {
        await GotoLiveAsync(page, "me/contacts/new");
        await page.GetByLabel("Name").FillAsync("Sam Friend");
        await page.GetByLabel("Email").FillAsync("sam@example.org");
        await page.GetByLabel("Phone").FillAsync("555-0101");
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
