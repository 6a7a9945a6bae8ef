using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Sanctum.EndToEndTests;

/// <summary>
/// Work the Workers pick up from the outbox, seen in the pages: the welcome email in the notification history, and an
/// export followed on the reports page until it can be downloaded, then brought back in with a Daylio file.
/// </summary>
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

    [Fact]
    public async Task An_export_asked_for_on_the_reports_page_shows_its_progress_downloads_and_comes_back_in_with_a_daylio_file()
    {
        var page = await NewPhonePageAsync();
        await RegisterAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Reports" }).ClickAsync();
        await WaitUntilLiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reports and exports" })).ToBeVisibleAsync();

        // The psychiatrist report (the first choice) is built in the background and downloads as a PDF.
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Which days?" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make it" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your file is ready to download.", new() { Timeout = 30_000 });
        var files = page.GetByRole(AriaRole.List, new() { Name = "Your files" });
        var report = await page.RunAndWaitForDownloadAsync(() =>
            files.GetByRole(AriaRole.Button, new() { NameRegex = new("^Download For your psychiatrist \\(PDF\\)") }).ClickAsync());
        Assert.EndsWith(".pdf", report.SuggestedFilename);
        // A valid PDF: poppler reads it, and it is this person's report.
        var pdftotext = Process.Start(new ProcessStartInfo("pdftotext", [await report.PathAsync(), "-"]) { RedirectStandardOutput = true })!;
        var reportText = await pdftotext.StandardOutput.ReadToEndAsync();
        await pdftotext.WaitForExitAsync();
        Assert.Equal(0, pdftotext.ExitCode);
        Assert.Contains("Mood and treatment summary", reportText);
        Assert.Contains("Robin", reportText);

        await page.GetByLabel("What would you like?").SelectOptionAsync(new SelectOptionValue { Label = "All your records in one file (JSON)" });
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Which days?" })).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make it" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your file is ready to download.", new() { Timeout = 20_000 });
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The page scrolls sideways at 360 px.");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            files.GetByRole(AriaRole.Button, new() { Name = "Download All your records in one file (JSON), Everything" }).ClickAsync());
        Assert.EndsWith(".json", download.SuggestedFilename);
        var text = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("\"format\": \"sanctum-personal-data\"", text);

        // The file goes back into an account with nothing in it yet; a Daylio export adds moods.
        await page.GetByLabel("From a Sanctum JSON export").SetInputFilesAsync(await download.PathAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Brought in 1 record.");
        await page.GetByLabel("From Daylio (its CSV export)").SetInputFilesAsync(new FilePayload
        {
            Name = "daylio_export.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("full_date,time,mood,activities,note_title,note\n2026-01-05,10:00,good,reading,,\n2026-01-06,10:00,sleepy,,,\n"),
        });
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Added 1 mood from Daylio. Some lines couldn't be read; they're listed below.");
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Lines that weren't brought in" })).ToContainTextAsync("Line 3");
    }
}
