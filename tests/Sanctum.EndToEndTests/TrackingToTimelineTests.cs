using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sanctum.EndToEndTests;

/// <summary>
/// Logging a shift in three taps, answering a PHQ-9, filling the DBT card through its conversation and checking off a
/// dose, then seeing the shift, the card and the score on the timeline and in a new analysis on Insights, on a
/// phone-sized screen.
/// </summary>
public sealed class TrackingToTimelineTests(ITestOutputHelper output) : AppTest(output)
{
    [Fact]
    public async Task Log_a_shift_answer_a_PHQ9_fill_the_diary_card_and_check_off_a_dose_then_see_them_on_the_timeline()
    {
        var page = await NewPhonePageAsync();
        var email = await RegisterAsync(page);

        // Three taps after opening the header's logger: a state, an intensity, Save.
        await LogMoodInThreeTapsAsync(page, "Anxious", 6);

        // PHQ-9, one question at a time: "Several days" to everything but the last.
        await GotoLiveAsync(page, "questionnaires");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start PHQ-9" }).ClickAsync();
        for (var item = 0; item < 9; item++)
        {
            // Wait for the question itself, not the last one's radios still on screen.
            await Assertions.Expect(page.GetByText($"Question {item + 1} of 9")).ToBeVisibleAsync();
            await page.GetByLabel(item == 8 ? "Not at all" : "Several days").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        }

        await Assertions.Expect(page.GetByText("Your score: 8")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Mild symptoms")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Most recent answers" }).GetByText("PHQ-9")).ToBeVisibleAsync();

        // The diary card conversation.
        await GotoLiveAsync(page, "dbt");
        await page.GetByRole(AriaRole.Group, new() { Name = "Sadness" }).GetByLabel("3").CheckAsync();
        await NextStepAsync(page, 2);
        await page.GetByRole(AriaRole.Group, new() { Name = "How strong was the urge to self-harm?" }).GetByLabel("1").CheckAsync();
        await NextStepAsync(page, 3);
        await NextStepAsync(page, 4);
        await page.GetByLabel("Behaviour", new() { Exact = true }).FillAsync("isolating");
        await page.GetByRole(AriaRole.Group, new() { Name = "How strong was the urge?" }).GetByLabel("4").CheckAsync();
        await NextStepAsync(page, 5);
        await page.GetByRole(AriaRole.Group, new() { Name = "Did you use a DBT skill today?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByLabel("Which skill?").FillAsync("TIPP");
        await page.GetByLabel("How much did it help, from 1 to 10?").FillAsync("7");
        await NextStepAsync(page, 6);
        await page.GetByLabel("Hours of sleep").FillAsync("7.5");
        await NextStepAsync(page, 7);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my card" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Saved" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "See the week" }).First.ClickAsync();
        var week = page.GetByRole(AriaRole.Table, new() { Name = "Diary card, days across" });
        await Assertions.Expect(week.GetByText("TIPP (7/10)")).ToBeVisibleAsync();
        await Assertions.Expect(week.GetByRole(AriaRole.Rowheader, new() { Name = "isolating: urge (0-5)" })).ToBeVisibleAsync();

        // Today's doses include the later ones, so any time of day can be checked off now.
        await GotoLiveAsync(page, "me/medications/new");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Lithium");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a time" }).ClickAsync();
        await page.GetByLabel("Time 1", new() { Exact = true }).FillAsync("09:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("me/medications$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Taken: Lithium at 9:00 AM" }).ClickAsync();
        await Assertions.Expect(page.GetByText(new Regex("^Taken at"))).ToBeVisibleAsync();

        // This week's timeline: the chart, and all three in the list that reads it out in order.
        await GotoLiveAsync(page, "timeline");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Mood over .*1 mood shift") })).ToBeVisibleAsync();
        // Each is marked on the chart too (a mark with a broken outline would have no size and not count as visible).
        var chart = page.Locator("svg.timeline-chart");
        await Assertions.Expect(chart.Locator(".timeline-card")).ToBeVisibleAsync();
        await Assertions.Expect(chart.Locator(".timeline-questionnaire")).ToBeVisibleAsync();
        var inOrder = page.GetByRole(AriaRole.List, new() { Name = "What happened, in order" });
        await Assertions.Expect(inOrder.GetByText("Anxious, 6 out of 10")).ToBeVisibleAsync();
        await Assertions.Expect(inOrder.GetByText("1 skill used · highest urge 4 of 5 · self-harm urge 1 of 5")).ToBeVisibleAsync();
        await Assertions.Expect(inOrder.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "PHQ-9" })).ToContainTextAsync("score 8, mild");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The timeline scrolls sideways at 360 px.");

        // The month view has them too.
        await page.GetByRole(AriaRole.Link, new() { Name = "Month", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Month", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(inOrder.GetByText("Anxious, 6 out of 10")).ToBeVisibleAsync();

        // Insights: a new analysis runs in the Workers while the page follows it, then shows what it found: here a
        // side effect noted two days after a dose increase (set up through the Api).
        using (var api = await SignedInApiAsync(email))
        {
            var lithium = (await api.GetFromJsonAsync<JsonElement>("api/v1/me/medications")).GetProperty("items")[0].GetProperty("id").GetGuid();
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Chicago")).DateTime);
            (await api.PostAsJsonAsync($"api/v1/medications/{lithium}/changes", new { date = today.AddDays(-2), type = "doseIncreased" })).EnsureSuccessStatusCode();
            (await api.PostAsJsonAsync($"api/v1/medications/{lithium}/side-effects",
                new { occurredAt = DateTimeOffset.UtcNow.AddMinutes(-5), effect = "Tremor", severity = 6 })).EnsureSuccessStatusCode();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Insights" }).ClickAsync();
        await WaitUntilLiveAsync(page);
        await Assertions.Expect(page.GetByText("No analysis yet. Run one to see your patterns.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Run a new analysis" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your analysis is ready." })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Mood by day, 1 of 90 days logged") })).ToBeVisibleAsync();
        var flag = page.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Possible medication side effect" }) });
        await Assertions.Expect(flag).ToContainTextAsync("You noted tremor 2 days after your Lithium dose went up.");
        await Assertions.Expect(flag).ToContainTextAsync("Worth discussing with your provider.");
        await flag.GetByRole(AriaRole.Button, new() { Name = "I've seen this" }).ClickAsync();
        await Assertions.Expect(flag.GetByText("Seen.")).ToBeVisibleAsync();
        await flag.GetByRole(AriaRole.Button, new() { Name = "I've discussed this with my provider" }).ClickAsync();
        await Assertions.Expect(flag.GetByText("You've discussed this with your provider.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "anxious" })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "Insights scrolls sideways at 360 px.");
        // Marked for good: the page shows it so when opened again.
        await GotoLiveAsync(page, "insights");
        await Assertions.Expect(page.GetByText("You've discussed this with your provider.")).ToBeVisibleAsync();

        await UseTheSkillsLibraryAsync(page);
    }

    /// <summary>The TIPP logged on the card shows in My skills; the library finds it by what it asks, and suggests it first at 9.</summary>
    private async Task UseTheSkillsLibraryAsync(IPage page)
    {
        await GotoLiveAsync(page, "skills/mine");
        var mine = page.GetByRole(AriaRole.List, new() { Name = "My skills" });
        await Assertions.Expect(mine.GetByRole(AriaRole.Link, new() { Name = "TIPP" })).ToBeVisibleAsync();
        await Assertions.Expect(mine.GetByText("Used once on your diary card; it helped 7 out of 10 on average.")).ToBeVisibleAsync();

        await GotoLiveAsync(page, "skills");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search skills" }).FillAsync("cold water");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("found");
        var found = page.GetByRole(AriaRole.List, new() { Name = "Skills" }).GetByRole(AriaRole.Listitem);
        await Assertions.Expect(found.First.GetByRole(AriaRole.Link, new() { Name = "TIPP" })).ToBeVisibleAsync();
        await found.First.GetByRole(AriaRole.Link, new() { Name = "TIPP" }).ClickAsync();
        await WaitUntilLiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "TIPP", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to my skills" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Added TIPP to your skills, as learning.")).ToBeVisibleAsync();
        await page.GetByLabel("How far along are you?").SelectOptionAsync("practising");
        await Assertions.Expect(page.GetByText("TIPP: practising.")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "A skill's page scrolls sideways at 360 px.");

        await GotoLiveAsync(page, "skills/now");
        await page.GetByLabel("What are you feeling?").FillAsync("anxious");
        await page.GetByLabel("How strong is it, from 0 to 10?").SelectOptionAsync("9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show what might help" }).ClickAsync();
        var suggested = page.GetByRole(AriaRole.List, new() { Name = "Suggested skills, best fit first" }).GetByRole(AriaRole.Listitem);
        await Assertions.Expect(suggested.First.GetByRole(AriaRole.Heading, new() { Name = "TIPP" })).ToBeVisibleAsync();
        await Assertions.Expect(suggested.First).ToContainTextAsync("It has worked for you before");
        await Assertions.Expect(page.GetByText("call or text 988 now", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("5 skills suggested, best fit first.");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "Suggestions scroll sideways at 360 px.");
    }

    /// <summary>Moves the conversation on and waits for the next step, so nothing is typed into the last one.</summary>
    private static async Task NextStepAsync(IPage page, int step)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Step {step} of 7")).ToBeVisibleAsync();
    }
}
