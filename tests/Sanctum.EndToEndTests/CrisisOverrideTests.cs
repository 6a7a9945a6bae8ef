using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sanctum.EndToEndTests;

/// <summary>A high-risk note in the mood logger brings up the crisis override first, on a phone.</summary>
public sealed class CrisisOverrideTests(ITestOutputHelper output) : AppTest(output)
{
    [Fact]
    public async Task A_high_risk_note_shows_the_crisis_override_above_the_logger()
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
    }
}
