using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sanctum.EndToEndTests;

/// <summary>A new person's first visit, through the real app in a real browser on a phone-sized screen.</summary>
public sealed class FirstVisitTests(ITestOutputHelper output) : AppTest(output)
{
    [Fact]
    public async Task Register_sign_in_add_an_emergency_contact_and_see_it_listed_then_stop_cleanly()
    {
        var page = await NewPhonePageAsync(390, 844);

        // Help is there before anyone signs in.
        await page.GotoAsync(new Uri(App.Web, "account/login").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Get help now" })).ToBeVisibleAsync();

        // Register: the account is created and signed in.
        var email = await RegisterAsync(page);

        // Sign out, then sign in again with the same details.
        await SignOutAsync(page);
        await page.GotoAsync(new Uri(App.Web, "account/login").ToString());
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("account/login"));
        await WaitUntilLiveAsync(page);

        // Add an emergency contact and find it in the list.
        await GotoLiveAsync(page, "me/contacts");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add contact" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Jordan Lee");
        await page.GetByLabel("Relationship").FillAsync("brother");
        await page.GetByLabel("Phone").FillAsync("+1 555 0142");
        await page.GetByLabel("Email").FillAsync("jordan@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var contacts = page.GetByRole(AriaRole.List, new() { Name = "Your emergency contacts" });
        await Assertions.Expect(contacts.GetByRole(AriaRole.Heading, new() { Name = "Jordan Lee" })).ToBeVisibleAsync();
        await Assertions.Expect(contacts.GetByText("brother")).ToBeVisibleAsync();

        // Help is one tap away, with 988 and the new contact in it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Get help now" }).ClickAsync();
        var help = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(help.GetByRole(AriaRole.Link, new() { Name = "Call 988" })).ToBeVisibleAsync();
        await Assertions.Expect(help.GetByRole(AriaRole.Link, new() { Name = "Call Jordan Lee" })).ToBeVisibleAsync();

        // The safety plan is the panel's first link: fill in two steps, save, and read them back.
        await help.GetByRole(AriaRole.Link, new() { Name = "Your safety plan" }).ClickAsync();
        await Assertions.Expect(help).ToBeHiddenAsync();
        await WaitUntilLiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Make your plan" }).ClickAsync();
        await page.GetByLabel("Warning signs, line 1").FillAsync("Not sleeping for two nights");
        await page.GetByLabel("Things I can do on my own, line 1").FillAsync("Walk round the block");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save your plan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).GetByText("Your plan is saved (version 1).")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Step 1 Warning signs" }).GetByText("Not sleeping for two nights")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Step 2 Things I can do on my own" }).GetByText("Walk round the block")).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as PDF" }).ClickAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);

        // Turn on the cycle tracker from the menu's Trackers page, then log today on it and find it in the list.
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Trackers" }).ClickAsync();
        await WaitUntilLiveAsync(page);
        await Assertions.Expect(page.GetByText("None turned on yet.", new() { Exact = false })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Cycle" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cycle", Exact = true }).ClickAsync();
        await WaitUntilLiveAsync(page);
        await page.GetByLabel("Flow").SelectOptionAsync("light");
        await page.GetByLabel("Cycle day").FillAsync("2");
        await page.GetByRole(AriaRole.Main).GetByLabel("Keep this to myself").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Chicago"))
            .ToString("MMMM d, yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync($"Saved {today}.");
        var days = page.GetByRole(AriaRole.List, new() { Name = "Your cycle days" });
        var day = days.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = today }) });
        await Assertions.Expect(day.GetByText("Light")).ToBeVisibleAsync();
        await Assertions.Expect(day.GetByText("Private", new() { Exact = true })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "The cycle page scrolls sideways on a phone.");
        await Assertions.Expect(day.GetByRole(AriaRole.Link, new() { Name = $"Edit {today}" })).ToBeVisibleAsync();

        // The new form starts on today again: saving it says today is logged, and links to it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Edit that entry instead", new() { Exact = false })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit that day" }).ClickAsync();
        await WaitUntilLiveAsync(page);
        await Assertions.Expect(page.GetByLabel("Cycle day")).ToHaveValueAsync("2");
        await page.GetByLabel("Flow").SelectOptionAsync("heavy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(day.GetByText("Heavy")).ToBeVisibleAsync();

        // Stop everything: no server or service may be left running.
        var children = App.ChildProcesses;
        Assert.Equal(["api", "blobs", "cache", "mail", "postgres", "web", "workers"], children.Keys.Order());
        await App.StopAsync();
        var leftBehind = children.Where(child => Processes.IsRunning(child.Value)).Select(child => child.Key).ToList();
        Assert.Empty(leftBehind);
    }

    private static async Task SignOutAsync(IPage page)
    {
        // On a phone the sections, and Sign out with them, sit behind the Menu button.
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("account/login"));
    }

    [Fact]
    public async Task What_the_companion_knows_can_be_set_added_to_confirmed_and_deleted_and_shows_in_what_it_reads()
    {
        var page = await NewPhonePageAsync();
        await RegisterAsync(page);
        await GotoLiveAsync(page, "companion/settings");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What the companion knows" })).ToBeVisibleAsync();

        await page.GetByLabel("Tone").SelectOptionAsync("supportive");
        await page.GetByLabel("Topics to avoid").FillAsync("my ex");
        await page.GetByLabel("Suggesting a skill when things are hard").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).GetByText("Saved.")).ToBeVisibleAsync();

        await page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync("triggers");
        await page.GetByLabel("What it's about").FillAsync("mornings");
        await page.GetByLabel("What to remember").FillAsync("Calls with my mum before coffee");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        var known = page.GetByRole(AriaRole.List, new() { Name = "What the companion knows" });
        await Assertions.Expect(known).ToContainTextAsync("Calls with my mum before coffee");
        var reads = page.GetByRole(AriaRole.Region, new() { Name = "What it reads before it answers" });
        await Assertions.Expect(reads).ToContainTextAsync("[confirmed] triggers / mornings: Calls with my mum before coffee");
        await Assertions.Expect(reads).ToContainTextAsync("Tone: supportive");
        await Assertions.Expect(reads).ToContainTextAsync("Topics to avoid: my ex");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The page scrolls sideways at 360 px.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete mornings" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).GetByText("Deleted \"mornings\".")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Nothing here yet.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(reads).Not.ToContainTextAsync("Calls with my mum");
    }
}
