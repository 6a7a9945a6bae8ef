using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sanctum.EndToEndTests;

/// <summary>Logging a mood shift in three taps, seeing it on Today and on the day's summary, and logging an episode kept private.</summary>
public sealed class MoodTrackingTests(ITestOutputHelper output) : AppTest(output)
{
    [Fact]
    public async Task Log_a_shift_in_three_taps_see_it_today_and_in_the_day_summary_then_log_a_private_episode()
    {
        var page = await NewPhonePageAsync();
        await RegisterAsync(page);

        // At 360 px the header, with Log mood beside Get help now, still fits without sideways scrolling.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The page scrolls sideways at 360 px.");

        // Today says nothing is logged yet once it is live; a panel opened before that would close as it connects.
        await Assertions.Expect(page.GetByText("Nothing logged yet today.")).ToBeVisibleAsync();

        // Three taps after opening the logger: a state, an intensity, Save.
        await LogMoodInThreeTapsAsync(page, "Anxious", 6);

        // The day view shows the shift and the time spent in it.
        await GotoLiveAsync(page, "mood");
        await Assertions.Expect(page.GetByText("Anxious, 6 out of 10")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Time in each state" }).GetByText("Anxious")).ToBeVisibleAsync();
        await GotoLiveAsync(page, "");
        await Assertions.Expect(page.GetByText("Anxious, 6 out of 10")).ToBeVisibleAsync();

        // An evening check-in.
        await GotoLiveAsync(page, "mood/check-in");
        await page.GetByLabel("Evening mood").SelectOptionAsync("stable");
        await page.GetByLabel("How was the day, in a few words?").FillAsync("Calmer after a walk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save evening" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Evening saved. Rest well.")).ToBeVisibleAsync();

        // An episode, found in the list.
        await GotoLiveAsync(page, "episodes/new");
        // The mood logger in the header has its own "What set it off?", so the form is found inside the page's main part.
        var form = page.GetByRole(AriaRole.Main);
        await form.GetByLabel("What kind of episode?").SelectOptionAsync("hypomania");
        await form.GetByLabel("When did it start?").FillAsync("2026-01-10T09:30");
        await form.GetByLabel("When did it end?").FillAsync("2026-01-12T18:00");
        await form.GetByLabel("What set it off?").FillAsync("Skipped sleep for a deadline");
        // Kept to themselves, ticked from the keyboard; its hint says what that means.
        var keepPrivate = form.GetByLabel("Keep this to myself");
        await Assertions.Expect(keepPrivate).ToHaveAccessibleDescriptionAsync("Left out of reports for clinicians.");
        await keepPrivate.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(keepPrivate).ToBeCheckedAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("episodes$"));
        var episodes = page.GetByRole(AriaRole.List, new() { Name = "Your episodes" });
        await Assertions.Expect(episodes.GetByText("Skipped sleep for a deadline")).ToBeVisibleAsync();
        await Assertions.Expect(episodes.GetByText("Private", new() { Exact = true })).ToBeVisibleAsync();

        // What helped, added on the episode's own page.
        await episodes.GetByRole(AriaRole.Link, new() { Name = "Edit Hypomania, Jan 10, 2026" }).ClickAsync();
        await page.GetByLabel("What was it?").SelectOptionAsync("skillsUsed");
        await page.GetByLabel("How much did it help, from 1 to 10?").FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        var helped = page.GetByRole(AriaRole.List, new() { Name = "What you did during this episode" });
        await Assertions.Expect(helped.GetByText("Helped 7 out of 10")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_good_morning_conversation_with_the_companion_puts_the_check_in_on_today()
    {
        var page = await NewPhonePageAsync();
        await RegisterAsync(page);
        await GotoLiveAsync(page, "companion");
        var main = page.GetByRole(AriaRole.Main);
        var conversation = main.GetByRole(AriaRole.Log, new() { Name = "Conversation" });

        // Each answer waits for the next question, so the conversation is read as a person would read it.
        foreach (var (say, next) in new[]
                 {
                     ("Good morning", "About how many hours did you sleep?"),
                     ("about 7 hours", "What time did you wake up?"),
                     ("6:45", "How was waking up"),
                     ("easy", "How's your mood this morning"),
                     ("pretty stable", "I've saved this morning's check-in."),
                 })
        {
            await main.GetByLabel("Message").FillAsync(say);
            await main.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
            await Assertions.Expect(conversation.GetByText(next)).ToBeVisibleAsync();
        }
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The chat scrolls sideways at 360 px.");

        await GotoLiveAsync(page, "");
        var morning = page.GetByRole(AriaRole.Region, new() { Name = "This morning" });
        await Assertions.Expect(morning.GetByText("7 hours")).ToBeVisibleAsync();
        await Assertions.Expect(morning.GetByText("at 6:45 AM")).ToBeVisibleAsync();
        await Assertions.Expect(morning.GetByText("Stable")).ToBeVisibleAsync();
    }
}
