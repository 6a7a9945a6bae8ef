using System.Net.Http.Json;
using System.Text.Json;
using Sanctum.Core;
using Sanctum.Core.Patterns;
using Sanctum.Core.Reports;
using Sanctum.Core.Trackers;

namespace Sanctum.IntegrationTests;

/// <summary>What a report reads from the trackers, against the real database: the period (cycle days around it), never private entries.</summary>
[Collection(SanctumCollection.Name)]
public sealed class ReportTrackerTests(SanctumFixture fixture)
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly DateOnly From = new(2026, 3, 1);
    private static readonly DateOnly To = From.AddDays(29);

    [Fact]
    public async Task Reports_read_tracker_entries_in_the_period_cycle_days_around_it_and_nothing_marked_private()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        DateTimeOffset At(DateOnly day) => ZonedTime.ToUtc(NewYork, day, new TimeOnly(20, 0));
        await using (var db = fixture.CreateDbContext())
        {
            foreach (var (day, isPrivate, what) in new[] { (From.AddDays(3), false, "shown"), (From.AddDays(4), true, "private"), (To.AddDays(2), false, "after") })
            {
                db.AbandonmentEntries.Add(new AbandonmentEntry { UserId = user.Id, OccurredAt = At(day), TriggerSituation = what, FearIntensity = 6, IsPrivate = isPrivate });
                db.EmotionalIntensityEntries.Add(new EmotionalIntensityEntry { UserId = user.Id, OccurredAt = At(day), Emotion = what, Intensity = 8, IsPrivate = isPrivate });
                db.RelationshipEntries.Add(new RelationshipEntry { UserId = user.Id, OccurredAt = At(day), Person = what, Interaction = "call", IsPrivate = isPrivate });
            }

            foreach (var (day, isPrivate) in new[] { (From.AddDays(-20), false), (From.AddDays(5), true), (To.AddDays(10), false), (From.AddDays(-60), false) })
                db.MenstrualEntries.Add(new MenstrualEntry { UserId = user.Id, Date = day, CycleDay = 1, Flow = MenstrualFlow.Medium, IsPrivate = isPrivate });
            await db.SaveChangesAsync();
        }

        await using var read = fixture.CreateDbContext();
        var data = await ReportSources.LoadAsync(read, user.Id, From, To, DateTimeOffset.UtcNow, includePrivate: false, CancellationToken.None);

        Assert.Equal(["shown"], data.Abandonment.Select(a => a.TriggerSituation));
        Assert.Equal(["shown"], data.EmotionalIntensity.Select(e => e.Emotion));
        Assert.Equal(["shown"], data.Relationships.Select(r => r.Person));
        Assert.Equal([From.AddDays(-20), To.AddDays(10)], data.Menstrual.Select(m => m.Date));
    }

    [Fact]
    public async Task Safety_events_raised_by_private_tracker_entries_and_interventions_on_private_episodes_stay_out_of_clinician_reports()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("UTC");
        const string text = "I want to kill myself tonight";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var yesterday = today.AddDays(-1).ToString("yyyy-MM-dd");
        async Task<Guid> Post(string path, object body)
        {
            var response = await user.Client.PostAsJsonAsync(path, body);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
            return (await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        var episode = await Post("/api/v1/episodes", new { type = "mania", startedAt = DateTimeOffset.UtcNow.AddDays(-2), isPrivate = true });
        Guid[] hidden =
        [
            await Post("/api/v1/trackers/menstrual", new { date = yesterday, notes = text, isPrivate = true }),
            await Post("/api/v1/trackers/routines", new { date = yesterday, type = "evening", notes = text, isPrivate = true }),
            await Post("/api/v1/trackers/abandonment", new { triggerSituation = "No reply", fearIntensity = 7, thoughtPatterns = new[] { text }, isPrivate = true }),
            await Post("/api/v1/trackers/emotional-intensity", new { emotion = "despair", intensity = 9, copingUsed = text, isPrivate = true }),
            await Post("/api/v1/trackers/relationships", new { person = "Jo", interaction = "A fight", feelings = text, isPrivate = true }),
            await Post($"/api/v1/episodes/{episode}/interventions", new { type = "other", notes = text }),
        ];
        var shared = await Post("/api/v1/trackers/relationships", new { person = "Sam", interaction = "A call", feelings = text });

        await using var db = fixture.CreateDbContext();
        var clinician = await ReportSources.LoadAsync(db, user.Id, today.AddDays(-7), today, DateTimeOffset.UtcNow, includePrivate: false, CancellationToken.None);
        var own = await ReportSources.LoadAsync(db, user.Id, today.AddDays(-7), today, DateTimeOffset.UtcNow, includePrivate: true, CancellationToken.None);

        Assert.Equal(hidden.Append(shared).Order(), own.SafetyEvents.Select(e => e.SourceEntityId!.Value).Order());
        Assert.Equal([shared], clinician.SafetyEvents.Select(e => e.SourceEntityId!.Value));
    }

    [Fact]
    public async Task A_clinicians_report_prints_no_pattern_flag_from_an_analysis_that_read_a_private_record()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        var found = ZonedTime.ToUtc(NewYork, To, new TimeOnly(9, 0)).AddDays(-1);
        await using (var db = fixture.CreateDbContext())
        {
            // The cycle analysis covers a private cycle day; the earlier one read nothing private.
            var cycle = new StoredAnalysis { UserId = user.Id, From = From, To = To, Status = AnalysisStatus.Done };
            var earlier = new StoredAnalysis { UserId = user.Id, From = From.AddDays(-200), To = From.AddDays(-110), Status = AnalysisStatus.Done };
            db.PatternAnalyses.AddRange(cycle, earlier);
            db.PatternFlags.AddRange(
                new StoredFlag { UserId = user.Id, Key = "pattern:premenstrual-mood", Description = "Lower mood before periods", AnalysisId = cycle.Id, FirstFoundAt = found, LastFoundAt = found },
                new StoredFlag { UserId = user.Id, Key = "pattern:sleep", Description = "Short sleep before highs", AnalysisId = earlier.Id, FirstFoundAt = found, LastFoundAt = found });
            db.MenstrualEntries.Add(new MenstrualEntry { UserId = user.Id, Date = From.AddDays(5), CycleDay = 1, Flow = MenstrualFlow.Medium, IsPrivate = true });
            await db.SaveChangesAsync();
        }

        await using var read = fixture.CreateDbContext();
        var clinician = await ReportSources.LoadAsync(read, user.Id, From, To, DateTimeOffset.UtcNow, includePrivate: false, CancellationToken.None);
        var own = await ReportSources.LoadAsync(read, user.Id, From, To, DateTimeOffset.UtcNow, includePrivate: true, CancellationToken.None);

        Assert.Equal(["Short sleep before highs"], clinician.Flags.Select(f => f.Description));
        Assert.Equal(["Lower mood before periods", "Short sleep before highs"], own.Flags.Select(f => f.Description).Order());
    }
}
