using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sanctum.EndToEndTests;

/// <summary>The reminders page: the default set made in one tap, shown on the person's clock, sent by email, turned off and deleted.</summary>
public sealed class RemindersTests(ITestOutputHelper output) : AppTest(output)
{
    [Fact]
    public async Task Default_reminders_are_set_up_listed_in_local_time_turned_off_and_deleted()
    {
        var page = await NewPhonePageAsync();
        await RegisterAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Reminders" }).ClickAsync();
        await WaitUntilLiveAsync(page);
        await Assertions.Expect(page.GetByText("No reminders yet.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Set up reminders from my medications and check-ins" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Added 2 reminders.");
        var list = page.GetByRole(AriaRole.List, new() { Name = "Your reminders" });
        var evening = list.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Evening check-in" }) });
        await Assertions.Expect(evening.GetByText("Every day at 9:00 PM")).ToBeVisibleAsync();
        await Assertions.Expect(evening.Locator("time")).ToContainTextAsync("9:00 PM");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The page scrolls sideways at 360 px.");

        await evening.GetByRole(AriaRole.Combobox, new() { Name = "Send it (Evening check-in)" }).SelectOptionAsync("email");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("It will come by email.");

        await evening.GetByRole(AriaRole.Checkbox, new() { Name = "On (Evening check-in)" }).UncheckAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Turned off.");
        await Assertions.Expect(evening.GetByText("Off", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(evening.GetByRole(AriaRole.Combobox, new() { Name = "Send it (Evening check-in)" })).ToHaveValueAsync("email");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete the Morning check-in reminder" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Reminder deleted.");
        await Assertions.Expect(list.GetByRole(AriaRole.Heading)).ToHaveTextAsync(["Evening check-in"]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Set up reminders from my medications and check-ins" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Added 1 reminder.");
    }
}
