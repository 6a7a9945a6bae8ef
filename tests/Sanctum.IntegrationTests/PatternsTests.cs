extern alias workers;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Sanctum.Core;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Patterns;
using Sanctum.Core.Profile;
using Sanctum.Core.Trackers;
using workers::Sanctum.Workers.Alerts;
using workers::Sanctum.Workers.Exports;
using workers::Sanctum.Workers.Reminders;

namespace Sanctum.IntegrationTests;

/// <summary>Pattern analysis end to end: the Api queues, the real Workers analyse through the outbox and the queue, the Api serves.</summary>
[Collection(SanctumCollection.Name)]
public sealed class PatternsTests(SanctumFixture fixture)
{
    private const string Analyses = "/api/v1/patterns/analyses";
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public async Task An_analysis_on_demand_runs_in_the_workers_and_its_flags_can_be_acknowledged_and_marked_discussed()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        var today = ZonedTime.DateOf(NewYork, DateTimeOffset.UtcNow);
        var to = today.AddDays(-1);
        var from = to.AddDays(-29);
        await SeedMonthWithSideEffectAsync(user.Id, from);

        await (await user.Client.PostAsJsonAsync(Analyses, new { to = today })).AssertBadRequestNamingAsync("from");
        await (await user.Client.PostAsJsonAsync(Analyses, new { from = today, to = from })).AssertBadRequestNamingAsync("to");
        await (await user.Client.PostAsJsonAsync(Analyses, new { from, to = today.AddDays(1) })).AssertBadRequestNamingAsync("to");
        await (await user.Client.PostAsJsonAsync(Analyses, new { from = today.AddDays(-400), to = today })).AssertBadRequestNamingAsync("to");
        await (await user.Client.GetAsync($"{Analyses}?pageSize=0")).AssertBadRequestNamingAsync("pageSize");

        await using var workers = await fixture.StartWorkersAsync(user.Id, WorkersHost.NewKeyPrefix());
        var requested = await user.Client.PostAsJsonAsync(Analyses, new { from, to });
        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        var queued = await requested.ReadAsync<JsonElement>();
        var id = queued.GetProperty("id").GetGuid();
        Assert.Equal($"{Analyses}/{id}", requested.Headers.Location?.OriginalString);
        Assert.Equal("onDemand", queued.GetProperty("trigger").GetString());

        JsonElement analysis = default;
        await WorkersHost.WaitUntilAsync(async () =>
        {
            analysis = await user.Client.GetFromJsonAsync<JsonElement>($"{Analyses}/{id}", ApiClient.Json);
            return analysis.GetProperty("status").GetString() is "done" or "failed";
        }, "the analysis");
        Assert.Equal("done", analysis.GetProperty("status").GetString());
        var report = analysis.GetProperty("report");
        Assert.Equal(30, report.GetProperty("days").GetInt32());
        Assert.Equal(90, report.GetProperty("totalShifts").GetInt32());
        Assert.Equal("work", report.GetProperty("topTriggers")[0].GetProperty("trigger").GetString());
        Assert.Equal(9, report.GetProperty("comparisons").GetArrayLength());
        Assert.False(report.GetProperty("cycle").GetProperty("available").GetBoolean());

        var flag = Assert.Single(analysis.GetProperty("flags").EnumerateArray());
        Assert.Equal(("medicationSideEffect", "new"), (flag.GetProperty("type").GetString(), flag.GetProperty("state").GetString()));
        Assert.Contains("Worth discussing with your provider", flag.GetProperty("description").GetString());
        var flagId = flag.GetProperty("id").GetGuid();

        // Someone else sees neither the analysis nor the flag, and cannot change it.
        var stranger = await fixture.Api.RegisterAndSignInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"{Analyses}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PostAsync($"/api/v1/patterns/flags/{flagId}/acknowledge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PostAsync($"/api/v1/patterns/flags/{flagId}/discussed", null)).StatusCode);
        Assert.Equal(0, (await stranger.Client.GetFromJsonAsync<JsonElement>(Analyses, ApiClient.Json)).GetProperty("totalCount").GetInt32());

        var acknowledged = await (await user.Client.PostAsync($"/api/v1/patterns/flags/{flagId}/acknowledge", null)).ReadAsync<JsonElement>();
        Assert.Equal("acknowledged", acknowledged.GetProperty("state").GetString());
        var discussed = await (await user.Client.PostAsync($"/api/v1/patterns/flags/{flagId}/discussed", null)).ReadAsync<JsonElement>();
        Assert.Equal("discussedWithProvider", discussed.GetProperty("state").GetString());
        var again = await (await user.Client.PostAsync($"/api/v1/patterns/flags/{flagId}/acknowledge", null)).ReadAsync<JsonElement>();
        Assert.Equal("discussedWithProvider", again.GetProperty("state").GetString());

        // A second analysis finds the same thing: the same flag, still marked discussed.
        var second = (await (await user.Client.PostAsJsonAsync(Analyses, new { from, to })).ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        await WorkersHost.WaitUntilAsync(async () =>
            (await user.Client.GetFromJsonAsync<JsonElement>($"{Analyses}/{second}", ApiClient.Json)).GetProperty("status").GetString() == "done", "the second analysis");
        var secondFlag = Assert.Single((await user.Client.GetFromJsonAsync<JsonElement>($"{Analyses}/{second}", ApiClient.Json)).GetProperty("flags").EnumerateArray());
        Assert.Equal((flagId, "discussedWithProvider"), (secondFlag.GetProperty("id").GetGuid(), secondFlag.GetProperty("state").GetString()));

        var list = await user.Client.GetFromJsonAsync<JsonElement>($"{Analyses}?pageSize=1", ApiClient.Json);
        Assert.Equal(2, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(second, list.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, list.GetProperty("items")[0].GetProperty("report").ValueKind);
    }

    [Fact]
    public async Task Enough_new_shifts_queue_an_analysis_without_being_asked()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        await using (var db = fixture.CreateDbContext())
        {
            var now = DateTimeOffset.UtcNow;
            db.MoodShifts.AddRange(Enumerable.Range(1, 5).Select(i => new MoodShift { UserId = user.Id, OccurredAt = now.AddMinutes(-i), CurrentState = "low", Intensity = 4 }));
            await db.SaveChangesAsync();
        }

        await using var workers = await fixture.StartWorkersAsync(user.Id, WorkersHost.NewKeyPrefix(),
            new() { ["Patterns:ShiftsPerAnalysis"] = "5", ["Patterns:ScanInterval"] = "00:00:01" });
        await WorkersHost.WaitUntilAsync(async () =>
        {
            await using var db = fixture.CreateDbContext();
            return await db.PatternAnalyses.AnyAsync(a => a.UserId == user.Id && a.Trigger == AnalysisTrigger.NewShifts && a.Status == AnalysisStatus.Done);
        }, "an analysis after five new shifts");

        await using (var db = fixture.CreateDbContext())
        {
            var analysis = await db.PatternAnalyses.SingleAsync(a => a.UserId == user.Id);
            Assert.Equal(PatternRuns.RecentDays, analysis.To.DayNumber - analysis.From.DayNumber + 1);
            Assert.Equal(ZonedTime.DateOf(NewYork, analysis.RequestedAt).AddDays(-1), analysis.To);
        }
    }

    [Fact]
    public async Task The_weekly_analysis_is_queued_once_from_monday_three_in_the_morning_in_the_persons_zone_and_not_again_that_week()
    {
        var auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
        DateTimeOffset Local(int month, int day, int hour, int minute) => ZonedTime.ToUtc(auckland, new DateTime(2026, month, day, hour, minute, 0));
        // Monday 5 January 2026, ten minutes before 03:00 in Auckland (still Sunday afternoon in UTC).
        var clock = new FakeTimeProvider(Local(1, 5, 2, 50));
        var user = await fixture.Api.RegisterAndSignInAsync("Pacific/Auckland");
        await using (var db = fixture.CreateDbContext())
        {
            // The account existed before this Monday's slot but after the last one, so no earlier week is owed.
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.CreatedAt, Local(1, 1, 12, 0)));
            db.MoodShifts.Add(new MoodShift { UserId = user.Id, OccurredAt = Local(1, 3, 10, 0), CurrentState = "low", Intensity = 4 });
            // A period marked private: the person's own analysis still reads it.
            db.MenstrualEntries.Add(new MenstrualEntry { UserId = user.Id, Date = new DateOnly(2025, 12, 20), CycleDay = 1, Flow = MenstrualFlow.Medium, IsPrivate = true });
            await db.SaveChangesAsync();
        }

        // The fake clock drives the scanner's timer and "now". Every other account was made after this fake Monday, so
        // none is due weekly; the new-shifts run is set out of reach, and scanners not under test are left out, so
        // nothing acts on other tests' people at the fake date.
        await using var workers = await fixture.StartWorkersAsync(user.Id, WorkersHost.NewKeyPrefix(),
            new() { ["Patterns:ShiftsPerAnalysis"] = "1000000" },
            builder => builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                foreach (var notUnderTest in services.Where(d => d.ServiceType == typeof(IHostedService) &&
                             d.ImplementationType is { } t && (t == typeof(ReminderScanner) || t == typeof(AlertTriggerScanner) || t == typeof(ExportCleanup))).ToList())
                    services.Remove(notUnderTest);
            }));

        async Task<List<StoredAnalysis>> WeeklyAsync()
        {
            await using var db = fixture.CreateDbContext();
            return await db.PatternAnalyses.Where(a => a.UserId == user.Id).OrderBy(a => a.RequestedAt).ToListAsync();
        }

        // Scans at 02:50 (at start): not yet due.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Empty(await WeeklyAsync());

        // The clock moves on in 5-minute steps; the scan after 03:00 queues the week's analysis and the Workers run it.
        await WorkersHost.WaitUntilAsync(async () =>
        {
            clock.Advance(TimeSpan.FromMinutes(5));
            return (await WeeklyAsync()).Any(a => a.Status == AnalysisStatus.Done);
        }, "the weekly analysis", TimeSpan.FromSeconds(40));
        var weekly = Assert.Single(await WeeklyAsync());
        Assert.Equal(AnalysisTrigger.Weekly, weekly.Trigger);
        Assert.True(weekly.RequestedAt >= Local(1, 5, 3, 0), $"requested {weekly.RequestedAt:O}");
        // The last 90 days to yesterday, Sunday 4 January, in the person's zone.
        Assert.Equal((new DateOnly(2026, 1, 4), PatternRuns.RecentDays), (weekly.To, weekly.To.DayNumber - weekly.From.DayNumber + 1));
        var report = ReportJson.Read(weekly.Report!);
        Assert.Equal(1, report.TotalShifts);
        Assert.True(report.Cycle.Available);
        Assert.Equal(1, report.Cycle.Cycles);
        var served = await user.Client.GetFromJsonAsync<JsonElement>($"{Analyses}/{weekly.Id}", ApiClient.Json);
        Assert.Equal(["menstrual", "follicular", "ovulatory", "luteal", "lateLuteal"],
            served.GetProperty("report").GetProperty("cycle").GetProperty("phases").EnumerateArray().Select(p => p.GetProperty("phase").GetString()));

        // More scans through the rest of the week queue nothing more.
        for (var i = 0; i < 6; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(15));
            await Task.Delay(300);
        }

        clock.Advance(Local(1, 12, 2, 50) - clock.GetUtcNow()); // Monday 12 January 02:50
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(await WeeklyAsync());

        // The next Monday 03:00 is a new week.
        await WorkersHost.WaitUntilAsync(async () =>
        {
            clock.Advance(TimeSpan.FromMinutes(5));
            return (await WeeklyAsync()).Count(a => a.Status == AnalysisStatus.Done) == 2;
        }, "the next week's analysis", TimeSpan.FromSeconds(40));
        var both = await WeeklyAsync();
        Assert.Equal(2, both.Count);
        Assert.Equal(new DateOnly(2026, 1, 11), both[1].To);
    }

    /// <summary>Three shifts a day (one in three triggered by work), a daily dose, and a side effect 4 days after a dose increase.</summary>
    private async Task SeedMonthWithSideEffectAsync(Guid userId, DateOnly from)
    {
        await using var db = fixture.CreateDbContext();
        var medication = new Medication { UserId = userId, Name = "Lithium", ScheduleTimes = [new TimeOnly(8, 0)], StartDate = from.AddDays(-60) };
        db.Medications.Add(medication);
        for (var i = 0; i < 30; i++)
        {
            var day = from.AddDays(i);
            foreach (var (hour, state) in new[] { (9, "low"), (14, "anxious"), (20, "low") })
            {
                db.MoodShifts.Add(new MoodShift
                {
                    UserId = userId, OccurredAt = ZonedTime.ToUtc(NewYork, day, new TimeOnly(hour, 0)), CurrentState = state, Intensity = 3 + i % 5,
                    Trigger = hour == 14 ? "work" : i % 3 == 0 ? "family" : null,
                });
            }

            db.DoseLogs.Add(new DoseLog { UserId = userId, MedicationId = medication.Id, ScheduledAt = ZonedTime.ToUtc(NewYork, day, new TimeOnly(8, 0)), Status = DoseStatus.Taken });
        }

        db.MedicationChanges.Add(new MedicationChange { UserId = userId, MedicationId = medication.Id, Date = from.AddDays(5), Type = MedicationChangeType.DoseIncreased });
        db.SideEffects.Add(new SideEffect { UserId = userId, MedicationId = medication.Id, OccurredAt = ZonedTime.ToUtc(NewYork, from.AddDays(9), new TimeOnly(10, 0)), Effect = "Tremor", Severity = 6 });
        await db.SaveChangesAsync();
    }
}
