using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Sanctum.IntegrationTests;

/// <summary>One kind of record the person writes in, and how to save one with a given text in its free-text field.</summary>
public sealed record ScreenedRecordKind(string EntityType, Func<TestUser, Task<Func<string, Task<HttpResponseMessage>>>> Prepare)
{
    public override string ToString() => EntityType;
}

/// <summary>
/// Every free-text write goes through the same screener as mood notes: a high-risk text answers with the crisis override
/// and raises one safety event, an ordinary one neither; the person's own phrases count; and so do repeated crisis shifts.
/// </summary>
[Collection(SanctumCollection.Name)]
public sealed class ScreeningOnWriteTests(SanctumFixture fixture)
{
    // The marker word shows whether any of what the person wrote leaks into the override or the event.
    private const string Marker = "marmalade";
    private const string HighRisk = $"The {Marker} sky again. I want to kill myself tonight";
    private const string Benign = "A long day, but a walk helped.";
    private const string Settings = "/api/v1/safety/settings";
    private const string Shifts = "/api/v1/mood/shifts";

    private static string Yesterday => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd");

    private static Func<string, Task<HttpResponseMessage>> Post(TestUser user, string path, Func<string, object> body) =>
        text => user.Client.PostAsJsonAsync(path, body(text));

    private static Func<string, Task<HttpResponseMessage>> Put(TestUser user, string path, Func<string, object> body) =>
        text => user.Client.PutAsJsonAsync(path, body(text));

    private static async Task<Guid> IdOfAsync(Task<HttpResponseMessage> created) =>
        (await (await created).ReadAsync<JsonElement>()).GetProperty("id").GetGuid();

    private static Task<Guid> AddMedicationAsync(TestUser user) =>
        IdOfAsync(user.Client.PostAsJsonAsync("/api/v1/me/medications", new { name = "Lithium", scheduleTimes = new[] { "08:00" }, active = true }));

    private static Task<Guid> AddEpisodeAsync(TestUser user) =>
        IdOfAsync(user.Client.PostAsJsonAsync("/api/v1/episodes", new { type = "mania", startedAt = "2026-10-03T07:00:00Z" }));

    public static TheoryData<ScreenedRecordKind> Kinds =>
    [
        new("episode", user => Task.FromResult(Post(user, "/api/v1/episodes",
            text => new { type = "severeDepression", startedAt = "2026-10-03T07:00:00Z", whatIDid = new[] { "Stayed in bed", text } }))),
        new("crisis_intervention", async user =>
            Post(user, $"/api/v1/episodes/{await AddEpisodeAsync(user)}/interventions", text => new { type = "other", notes = text })),
        new("diary_card", user => Task.FromResult(Put(user, $"/api/v1/dbt/cards/{Yesterday}", text => new { notes = text }))),
        new("skill_use", async user =>
        {
            (await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Yesterday}", new { })).EnsureSuccessStatusCode();
            return Post(user, $"/api/v1/dbt/cards/{Yesterday}/skills",
                text => new { module = "distressTolerance", skill = "TIPP", situation = text });
        }),
        new("daily_baseline", user => Task.FromResult(Put(user, $"/api/v1/mood/baselines/{Yesterday}/evening", text => new { daySummary = text }))),
        new("dose_log", async user => Post(user, $"/api/v1/medications/{await AddMedicationAsync(user)}/doses",
            text => new { scheduledAt = "2026-11-10T08:00:00Z", status = "skipped", notes = text })),
        new("side_effect", async user => Post(user, $"/api/v1/medications/{await AddMedicationAsync(user)}/side-effects",
            text => new { occurredAt = "2026-11-10T08:00:00Z", effect = "Tremor", severity = 3, actionTaken = text })),
        new("medication_change", async user => Post(user, $"/api/v1/medications/{await AddMedicationAsync(user)}/changes",
            text => new { date = "2026-11-01", type = "started", newDose = 300, notes = text })),
        // Day-based trackers keep one entry a day, so the second save edits the first.
        new("menstrual_entry", async user => Put(user, $"/api/v1/trackers/menstrual/{await IdOfAsync(
            user.Client.PostAsJsonAsync("/api/v1/trackers/menstrual", new { date = Yesterday }))}", text => new { date = Yesterday, notes = text })),
        new("routine_entry", async user => Put(user, $"/api/v1/trackers/routines/{await IdOfAsync(
            user.Client.PostAsJsonAsync("/api/v1/trackers/routines", new { date = Yesterday, type = "evening" }))}",
            text => new { date = Yesterday, type = "evening", notes = text })),
        // A routine's steps are the person's own words too.
        new("routine_entry", async user => Put(user, $"/api/v1/trackers/routines/{await IdOfAsync(
            user.Client.PostAsJsonAsync("/api/v1/trackers/routines", new { date = Yesterday, type = "morning" }))}",
            text => new { date = Yesterday, type = "morning", completedSteps = new[] { "Shower" }, skippedSteps = new[] { text } })),
        new("abandonment_entry", user => Task.FromResult(Post(user, "/api/v1/trackers/abandonment",
            text => new { triggerSituation = "No reply", fearIntensity = 7, thoughtPatterns = new[] { text } }))),
        new("emotional_intensity_entry", user => Task.FromResult(Post(user, "/api/v1/trackers/emotional-intensity",
            text => new { emotion = "despair", intensity = 9, copingUsed = text }))),
        new("relationship_entry", user => Task.FromResult(Post(user, "/api/v1/trackers/relationships",
            text => new { person = "Jo", interaction = "A fight", feelings = text }))),
        new("knowledge_entry", async user => Put(user, $"/api/v1/companion/knowledge/{await IdOfAsync(
            user.Client.PostAsJsonAsync("/api/v1/companion/knowledge", new { category = "triggers", key = "evenings", value = "Quiet ones" }))}",
            text => new { category = "triggers", key = "evenings", value = text })),
    ];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_high_risk_text_answers_with_the_override_and_raises_one_event_an_ordinary_one_neither(ScreenedRecordKind kind)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var save = await kind.Prepare(user);
        await using var db = fixture.CreateDbContext();

        var calm = await save(Benign);
        Assert.True(calm.IsSuccessStatusCode, await calm.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, (await calm.ReadAsync<JsonElement>()).GetProperty("crisis").ValueKind);
        Assert.False(await db.SafetyEvents.AnyAsync(e => e.UserId == user.Id && e.Source == "screening"));

        var hard = await save(HighRisk);
        Assert.True(hard.IsSuccessStatusCode, await hard.Content.ReadAsStringAsync());
        var crisis = (await hard.ReadAsync<JsonElement>()).GetProperty("crisis");
        Assert.Equal("high", crisis.GetProperty("risk").GetString());
        Assert.Contains(crisis.GetProperty("resources").EnumerateArray(), r => r.GetProperty("href").GetString() == "tel:988");
        Assert.DoesNotContain(Marker, crisis.GetRawText());

        var events = await db.SafetyEvents.Where(e => e.UserId == user.Id && e.Source == "screening").ToListAsync();
        var raised = Assert.Single(events);
        Assert.Equal(kind.EntityType, raised.SourceEntityType);
        Assert.DoesNotContain(Marker, raised.Reason);
    }

    [Fact]
    public async Task Edits_are_screened_too_and_saving_the_same_words_again_raises_nothing_more()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var episodeId = await AddEpisodeAsync(user);
        var medicationId = await AddMedicationAsync(user);
        var doseId = await IdOfAsync(user.Client.PostAsJsonAsync($"/api/v1/medications/{medicationId}/doses",
            new { scheduledAt = "2026-11-10T08:00:00Z", status = "missed" }));

        for (var save = 0; save < 2; save++)
        {
            var episode = await user.Client.PutAsJsonAsync($"/api/v1/episodes/{episodeId}",
                new { type = "mania", startedAt = "2026-10-03T07:00:00Z", notes = HighRisk });
            Assert.Equal("high", (await episode.ReadAsync<JsonElement>()).GetProperty("crisis").GetProperty("risk").GetString());
            var dose = await user.Client.PutAsJsonAsync($"/api/v1/medications/{medicationId}/doses/{doseId}",
                new { scheduledAt = "2026-11-10T08:00:00Z", status = "missed", reason = HighRisk });
            Assert.Equal("high", (await dose.ReadAsync<JsonElement>()).GetProperty("crisis").GetProperty("risk").GetString());
        }

        await using var db = fixture.CreateDbContext();
        var events = await db.SafetyEvents.Where(e => e.UserId == user.Id).Select(e => e.SourceEntityId).ToListAsync();
        Assert.Equal(2, events.Count);
        Assert.Equal(new HashSet<Guid> { doseId, episodeId }, events.Select(e => e!.Value).ToHashSet());
    }

    [Fact]
    public async Task Settings_start_with_no_phrases_and_three_shifts_and_a_save_replaces_them()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var defaults = await (await user.Client.GetAsync(Settings)).ReadAsync<JsonElement>();
        Assert.Equal(0, defaults.GetProperty("ownPhrases").GetArrayLength());
        Assert.Equal(3, defaults.GetProperty("crisisShiftsPerDay").GetInt32());

        var saved = await user.Client.PutAsJsonAsync(Settings, new { ownPhrases = new[] { "  the grey room " }, crisisShiftsPerDay = 5 });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        (await user.Client.PutAsJsonAsync(Settings, new { ownPhrases = new[] { "the grey room", "static" }, crisisShiftsPerDay = 4 }))
            .EnsureSuccessStatusCode();

        var read = await (await user.Client.GetAsync(Settings)).ReadAsync<JsonElement>();
        Assert.Equal(["the grey room", "static"], read.GetProperty("ownPhrases").EnumerateArray().Select(p => p.GetString()!));
        Assert.Equal(4, read.GetProperty("crisisShiftsPerDay").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Api.CreateClient().GetAsync(Settings)).StatusCode);
    }

    public static TheoryData<string, string> InvalidSettings => new()
    {
        { "crisisShiftsPerDay", """{"ownPhrases":[],"crisisShiftsPerDay":0}""" },
        { "crisisShiftsPerDay", """{"ownPhrases":[],"crisisShiftsPerDay":21}""" },
        { "crisisShiftsPerDay", """{"ownPhrases":[]}""" },
        { "ownPhrases", $$"""{"ownPhrases":[{{string.Join(',', Enumerable.Range(0, 51).Select(i => $"\"phrase {i}\""))}}],"crisisShiftsPerDay":3}""" },
        { "ownPhrases[1]", """{"ownPhrases":["fine","  "],"crisisShiftsPerDay":3}""" },
        { "ownPhrases[0]", $$"""{"ownPhrases":["{{new string('a', 101)}}"],"crisisShiftsPerDay":3}""" },
        { "ownPhrases[0]", """{"ownPhrases":["?!..."],"crisisShiftsPerDay":3}""" },
        { "ownPhrases", """{"ownPhrases":["The Void","the void!"],"crisisShiftsPerDay":3}""" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task Invalid_settings_are_a_400_naming_the_field(string field, string json)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var response = await user.Client.PutAsync(Settings, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertBadRequestNamingAsync(field);
    }

    [Fact]
    public async Task Own_phrases_are_screened_on_write_and_by_the_screen_endpoint_for_their_owner_only()
    {
        var owner = await fixture.Api.RegisterAndSignInAsync();
        var other = await fixture.Api.RegisterAndSignInAsync();
        (await owner.Client.PutAsJsonAsync(Settings, new { ownPhrases = new[] { "the grey room" }, crisisShiftsPerDay = 3 })).EnsureSuccessStatusCode();
        const string note = "Back in the grey room today.";

        var screened = await (await owner.Client.PostAsJsonAsync("/api/v1/safety/screen", new { text = note })).ReadAsync<JsonElement>();
        Assert.Equal("moderate", screened.GetProperty("risk").GetString());
        Assert.Equal("own_phrase", screened.GetProperty("reasons")[0].GetProperty("rule").GetString());
        var card = await (await owner.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Yesterday}", new { notes = note })).ReadAsync<JsonElement>();
        Assert.Equal("moderate", card.GetProperty("crisis").GetProperty("risk").GetString());
        var shift = await (await owner.Client.PostAsJsonAsync(Shifts, new { currentState = "low", intensity = 4, notes = note })).ReadAsync<JsonElement>();
        Assert.Equal("moderate", shift.GetProperty("crisis").GetProperty("risk").GetString());

        var notTheirs = await (await other.Client.PostAsJsonAsync("/api/v1/safety/screen", new { text = note })).ReadAsync<JsonElement>();
        Assert.Equal("none", notTheirs.GetProperty("risk").GetString());
        var otherShift = await (await other.Client.PostAsJsonAsync(Shifts, new { currentState = "low", intensity = 4, notes = note })).ReadAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, otherShift.GetProperty("crisis").ValueKind);

        await using var db = fixture.CreateDbContext();
        Assert.Equal(2, await db.SafetyEvents.CountAsync(e => e.UserId == owner.Id && e.Source == "screening"));
        Assert.False(await db.SafetyEvents.AnyAsync(e => e.UserId == other.Id));
    }

    [Fact]
    public async Task The_nth_crisis_shift_in_24_hours_shows_the_override_and_raises_one_event_for_the_day()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        (await user.Client.PutAsJsonAsync(Settings, new { ownPhrases = Array.Empty<string>(), crisisShiftsPerDay = 2 })).EnsureSuccessStatusCode();
        var crisisShift = new { currentState = "crisis", intensity = 9, functionality = "crisis" };

        var first = await (await user.Client.PostAsJsonAsync(Shifts, crisisShift)).ReadAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, first.GetProperty("crisis").ValueKind);
        // A calm shift never tips the count, and a shift from two days ago is outside the window.
        var calm = await (await user.Client.PostAsJsonAsync(Shifts, new { currentState = "stable", intensity = 3 })).ReadAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, calm.GetProperty("crisis").ValueKind);
        var old = await (await user.Client.PostAsJsonAsync(Shifts,
            new { occurredAt = DateTimeOffset.UtcNow.AddDays(-2), currentState = "crisis", intensity = 9, functionality = "crisis" })).ReadAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, old.GetProperty("crisis").ValueKind);

        var second = await (await user.Client.PostAsJsonAsync(Shifts, crisisShift)).ReadAsync<JsonElement>();
        var crisis = second.GetProperty("crisis");
        Assert.Equal("moderate", crisis.GetProperty("risk").GetString());
        Assert.Contains(crisis.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("rule").GetString() == "mood.crisis_shifts");

        var third = await (await user.Client.PostAsJsonAsync(Shifts, crisisShift)).ReadAsync<JsonElement>();
        Assert.Equal("moderate", third.GetProperty("crisis").GetProperty("risk").GetString());

        await using var db = fixture.CreateDbContext();
        var raised = Assert.Single(await db.SafetyEvents.Where(e => e.UserId == user.Id).ToListAsync());
        Assert.Equal("mood.crisis_shifts", raised.Source);
        Assert.Equal(second.GetProperty("id").GetGuid(), raised.SourceEntityId);
    }

    [Fact]
    public async Task By_default_the_third_crisis_shift_in_a_day_is_the_one_that_counts()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var crisisShift = new { currentState = "low", intensity = 8, functionality = "crisis" };

        for (var i = 0; i < 2; i++)
            Assert.Equal(JsonValueKind.Null,
                (await (await user.Client.PostAsJsonAsync(Shifts, crisisShift)).ReadAsync<JsonElement>()).GetProperty("crisis").ValueKind);
        var third = await (await user.Client.PostAsJsonAsync(Shifts, crisisShift)).ReadAsync<JsonElement>();

        Assert.Equal("moderate", third.GetProperty("crisis").GetProperty("risk").GetString());
    }
}
