using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sanctum.EndToEndTests;

/// <summary>The welcome email goes through the outbox and the Workers, and shows in the notification history.</summary>
public sealed class NotificationsTests(ITestOutputHelper output) : AppTest(output)
{
    [Fact]
    public async Task The_welcome_email_is_in_the_history_as_delivered_and_can_be_marked_read()
    {
        var page = await NewPhonePageAsync();
        await RegisterAsync(page);

        // The menu shows one unread notification.
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Notifications 1 unread" });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await link.ClickAsync();
        await WaitUntilLiveAsync(page);

        // The Workers deliver it within moments; the page shows the state it was in when loaded, so look again until then.
        var history = page.GetByRole(AriaRole.List, new() { Name = "Your notifications, newest first" });
        await Assertions.Expect(history.GetByRole(AriaRole.Heading, new() { Name = "Welcome to Sanctum (unread)" })).ToBeVisibleAsync();
        for (var reload = 0; reload < 20 && !await history.GetByText("Delivered").IsVisibleAsync(); reload++)
        {
            await Task.Delay(500);
            await GotoLiveAsync(page, "notifications");
        }

        await Assertions.Expect(history.GetByText("By email")).ToBeVisibleAsync();
        await Assertions.Expect(history.GetByText("Delivered")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The page scrolls sideways at 360 px.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark “Welcome to Sanctum” as read" }).ClickAsync();
        await Assertions.Expect(history.GetByRole(AriaRole.Heading, new() { Name = "Welcome to Sanctum", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mark all as read" })).ToBeHiddenAsync();
    }
}
