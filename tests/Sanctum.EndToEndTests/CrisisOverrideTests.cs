using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sanctum.EndToEndTests;

/// <summary>A high-risk note in the mood logger, or on the diary card, brings up the crisis override first, on a phone.</summary>
public sealed class CrisisOverrideTests(ITestOutputHelper output) : AppTest(output)
{
    [Fact]
    public async Task A_high_risk_note_shows_the_crisis_override_above_the_logger_and_above_the_diary_card()
    {
        var page = await NewPhonePageAsync();
        await RegisterAsync(page);
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
}
