using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Sanctum.IntegrationTests;

/// <summary>
/// One tracker: where it lives, a valid entry on a given day of June 2026 (1-28), an edit, and bad entries naming the
/// field they get wrong.
/// </summary>
public sealed record TrackerCase(
    string Path, string EntityType, Func<int, object> OnDay, object Edited, string EditedField, string EditedValue,
    (string Field, object Body)[] Invalid)
{
    public override string ToString() => Path;

    private static string Noon(int day) => $"2026-06-{day:00}T12:00:00Z";

    private static string Date(int day) => $"2026-06-{day:00}";

    public static readonly TrackerCase Menstrual = new("/api/v1/trackers/menstrual", "menstrual_entry",
        day => new { date = Date(day), cycleDay = day, flow = "medium", symptoms = new[] { "cramps" }, energy = 4,
            drspRatings = new Dictionary<string, int> { ["depressed"] = 3, ["rejectionSensitive"] = 5 }, notes = "Slow day", isPrivate = true },
        new { date = Date(1), cycleDay = 2, flow = "heavy", energy = 3 }, "flow", "heavy",
        [
            ("date", new { flow = "light" }),
            ("cycleDay", new { date = Date(1), cycleDay = 61 }),
            ("cycleDay", new { date = Date(1), cycleDay = 0 }),
            ("energy", new { date = Date(1), energy = 11 }),
            ("flow", new { date = Date(1), flow = "torrential" }),
            ("drspRatings.sparkly", new { date = Date(1), drspRatings = new Dictionary<string, int> { ["sparkly"] = 2 } }),
            ("drspRatings.depressed", new { date = Date(1), drspRatings = new Dictionary<string, int> { ["depressed"] = 7 } }),
            ("symptoms[0]", new { date = Date(1), symptoms = new[] { " " } }),
            ("notes", new { date = Date(1), notes = new string('a', 4001) }),
            ("date", new { date = "0001-01-01" }),
        ]);

    public static readonly TrackerCase Abandonment = new("/api/v1/trackers/abandonment", "abandonment_entry",
        day => new { occurredAt = Noon(day), triggerSituation = "No reply to my message", fearIntensity = 8, physicalResponse = "Racing heart",
            thoughtPatterns = new[] { "They're leaving" }, behaviourResponse = "Texted again", realityCheckEvidence = "They said they were at work",
            outcome = "They called at six", isPrivate = true },
        new { occurredAt = Noon(1), triggerSituation = "No reply", fearIntensity = 4 }, "fearIntensity", "4",
        [
            ("triggerSituation", new { fearIntensity = 5 }),
            ("fearIntensity", new { triggerSituation = "No reply" }),
            ("fearIntensity", new { triggerSituation = "No reply", fearIntensity = 11 }),
            ("thoughtPatterns", new { triggerSituation = "No reply", fearIntensity = 3, thoughtPatterns = Enumerable.Repeat("again", 21) }),
            ("occurredAt", new { triggerSituation = "No reply", fearIntensity = 3, occurredAt = DateTimeOffset.UtcNow.AddMinutes(10) }),
            ("occurredAt", new { triggerSituation = "No reply", fearIntensity = 3, occurredAt = "0001-01-01T00:00:00Z" }),
        ]);

    public static readonly TrackerCase EmotionalIntensity = new("/api/v1/trackers/emotional-intensity", "emotional_intensity_entry",
        day => new { occurredAt = Noon(day), emotion = "anger", intensity = 9, trigger = "Meeting", durationMinutes = 40,
            physicalSymptoms = new[] { "hot face" }, copingUsed = "Cold water", effectiveness = 7, isPrivate = true },
        new { occurredAt = Noon(1), emotion = "shame", intensity = 6 }, "emotion", "shame",
        [
            ("emotion", new { intensity = 5 }),
            ("intensity", new { emotion = "anger", intensity = -1 }),
            ("effectiveness", new { emotion = "anger", intensity = 5, effectiveness = 0 }),
            ("durationMinutes", new { emotion = "anger", intensity = 5, durationMinutes = 0 }),
            ("emotion", new { emotion = new string('a', 101), intensity = 5 }),
        ]);

    public static readonly TrackerCase Relationships = new("/api/v1/trackers/relationships", "relationship_entry",
        day => new { occurredAt = Noon(day), person = "Jo", interaction = "Dinner, then an argument", feelings = "Hurt",
            split = "devalue", repairActions = "Said sorry the next day", isPrivate = true },
        new { occurredAt = Noon(1), person = "Jo", interaction = "Dinner", split = "idealise" }, "split", "idealise",
        [
            ("person", new { interaction = "Dinner" }),
            ("interaction", new { person = "Jo", interaction = " " }),
            ("split", new { person = "Jo", interaction = "Dinner", split = "both" }),
        ]);

    public static readonly TrackerCase Routines = new("/api/v1/trackers/routines", "routine_entry",
        day => new { date = Date(day), type = "morning", completedSteps = new[] { "Meds", "Shower", "Breakfast" }, skippedSteps = new[] { "Walk" },
            notes = "Late start", isPrivate = true },
        new { date = Date(1), type = "morning", completedSteps = new[] { "Meds" } }, "completionPercent", "100",
        [
            ("type", new { date = Date(1) }),
            ("date", new { type = "evening" }),
            ("type", new { date = Date(1), type = "afternoon" }),
            ("completedSteps", new { date = Date(1), type = "evening", completedSteps = Enumerable.Repeat("step", 31) }),
        ]);

    public static TheoryData<TrackerCase> All => [Menstrual, Abandonment, EmotionalIntensity, Relationships, Routines];

    public static TheoryData<TrackerCase, string, int> InvalidCases()
    {
        var data = new TheoryData<TrackerCase, string, int>();
        foreach (var tracker in new[] { Menstrual, Abandonment, EmotionalIntensity, Relationships, Routines })
        {
            for (var i = 0; i < tracker.Invalid.Length; i++) data.Add(tracker, tracker.Invalid[i].Field, i);
        }

        return data;
    }
}

[Collection(SanctumCollection.Name)]
public sealed class TrackersTests(SanctumFixture fixture)
{
    private const string Settings = "/api/v1/trackers/settings";

    private static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Theory]
    [MemberData(nameof(TrackerCase.All), MemberType = typeof(TrackerCase))]
    public async Task An_entry_is_created_read_edited_listed_and_deleted_with_an_audit_trail_while_the_tracker_is_off(TrackerCase tracker)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        // Nothing is turned on: entries are taken all the same (turning a tracker on is about what the person sees).
        var created = await user.Client.PostAsJsonAsync(tracker.Path, tracker.OnDay(1));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = await IdOf(created);
        Assert.Equal($"{tracker.Path}/{id}", created.Headers.Location?.OriginalString);

        var read = await user.Client.GetFromJsonAsync<JsonElement>($"{tracker.Path}/{id}", ApiClient.Json);
        Assert.True(read.GetProperty("isPrivate").GetBoolean());

        var updated = await user.Client.PutAsJsonAsync($"{tracker.Path}/{id}", tracker.Edited);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var edited = await updated.ReadAsync<JsonElement>();
        Assert.Equal(tracker.EditedValue, edited.GetProperty(tracker.EditedField).ToString());
        Assert.False(edited.GetProperty("isPrivate").GetBoolean()); // left out of the edit: shared again
        Assert.Equal(JsonValueKind.Null, edited.GetProperty("crisis").ValueKind);

        var list = await user.Client.GetFromJsonAsync<JsonElement>($"{tracker.Path}?page=1&pageSize=10", ApiClient.Json);
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(id, list.GetProperty("items")[0].GetProperty("id").GetGuid());

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"{tracker.Path}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"{tracker.Path}/{id}")).StatusCode);

        await using var db = fixture.CreateDbContext();
        var rows = await db.AuditEvents.Where(a => a.EntityId == id.ToString()).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["created", "updated", "deleted"], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal(tracker.EntityType, r.EntityType));
        Assert.All(rows, r => Assert.Equal(user.Id, r.ActorUserId));
    }

    [Theory]
    [MemberData(nameof(TrackerCase.All), MemberType = typeof(TrackerCase))]
    public async Task Another_persons_entry_answers_404_and_stays_untouched(TrackerCase tracker)
    {
        var owner = await fixture.Api.RegisterAndSignInAsync();
        var stranger = await fixture.Api.RegisterAndSignInAsync();
        var id = await IdOf(await owner.Client.PostAsJsonAsync(tracker.Path, tracker.OnDay(1)));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"{tracker.Path}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PutAsJsonAsync($"{tracker.Path}/{id}", tracker.Edited)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.DeleteAsync($"{tracker.Path}/{id}")).StatusCode);
        Assert.Equal(0, (await stranger.Client.GetFromJsonAsync<JsonElement>(tracker.Path, ApiClient.Json)).GetProperty("totalCount").GetInt32());

        var stillThere = await owner.Client.GetFromJsonAsync<JsonElement>($"{tracker.Path}/{id}", ApiClient.Json);
        Assert.NotEqual(tracker.EditedValue, stillThere.GetProperty(tracker.EditedField).ToString());
    }

    [Theory]
    [MemberData(nameof(TrackerCase.All), MemberType = typeof(TrackerCase))]
    public async Task Lists_are_paged_newest_first_and_filtered_by_local_dates(TrackerCase tracker)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        foreach (var day in new[] { 3, 1, 5, 2, 4 }) await IdOf(await user.Client.PostAsJsonAsync(tracker.Path, tracker.OnDay(day)));

        var first = await user.Client.GetFromJsonAsync<JsonElement>($"{tracker.Path}?page=1&pageSize=2", ApiClient.Json);
        var last = await user.Client.GetFromJsonAsync<JsonElement>($"{tracker.Path}?page=3&pageSize=2", ApiClient.Json);
        Assert.Equal(5, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, last.GetProperty("items").GetArrayLength());
        Assert.Equal(["05", "04"], first.GetProperty("items").EnumerateArray().Select(DayOf));
        Assert.Equal("01", DayOf(last.GetProperty("items")[0]));

        var middle = await user.Client.GetFromJsonAsync<JsonElement>($"{tracker.Path}?from=2026-06-02&to=2026-06-04", ApiClient.Json);
        Assert.Equal(["04", "03", "02"], middle.GetProperty("items").EnumerateArray().Select(DayOf));

        await (await user.Client.GetAsync($"{tracker.Path}?from=2026-06-04&to=2026-06-02")).AssertBadRequestNamingAsync("to");
        await (await user.Client.GetAsync($"{tracker.Path}?to=9999-12-31")).AssertBadRequestNamingAsync("to");
        await (await user.Client.GetAsync($"{tracker.Path}?from=0001-01-01")).AssertBadRequestNamingAsync("from");
        await (await user.Client.GetAsync($"{tracker.Path}?pageSize=500")).AssertBadRequestNamingAsync("pageSize");
    }

    private static string DayOf(JsonElement entry) =>
        (entry.TryGetProperty("date", out var date) ? date.GetString()! : entry.GetProperty("occurredAt").GetString()!).Substring(8, 2);

    [Theory]
    [MemberData(nameof(TrackerCase.InvalidCases), MemberType = typeof(TrackerCase))]
    public async Task Bad_entries_answer_400_naming_the_field_and_keep_nothing(TrackerCase tracker, string field, int caseIndex)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await (await user.Client.PostAsJsonAsync(tracker.Path, tracker.Invalid[caseIndex].Body)).AssertBadRequestNamingAsync(field);

        var id = await IdOf(await user.Client.PostAsJsonAsync(tracker.Path, tracker.OnDay(1)));
        await (await user.Client.PutAsJsonAsync($"{tracker.Path}/{id}", tracker.Invalid[caseIndex].Body)).AssertBadRequestNamingAsync(field);
        Assert.Equal(1, (await user.Client.GetFromJsonAsync<JsonElement>(tracker.Path, ApiClient.Json)).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_day_is_never_after_the_persons_own_today()
    {
        // Kiritimati is UTC+14: its today is often the rest of the world's tomorrow, and never after it.
        var user = await fixture.Api.RegisterAndSignInAsync(timeZone: "Pacific/Kiritimati");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(14));
        (await user.Client.PostAsJsonAsync(TrackerCase.Menstrual.Path, new { date = today })).EnsureSuccessStatusCode();
        await (await user.Client.PostAsJsonAsync(TrackerCase.Menstrual.Path, new { date = today.AddDays(1) })).AssertBadRequestNamingAsync("date");
        await (await user.Client.PostAsJsonAsync(TrackerCase.Routines.Path, new { date = today.AddDays(1), type = "evening" }))
            .AssertBadRequestNamingAsync("date");
    }

    [Fact]
    public async Task A_second_entry_for_a_kept_day_answers_409_with_the_kept_one()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var menstrual = TrackerCase.Menstrual.Path;
        var first = await IdOf(await user.Client.PostAsJsonAsync(menstrual, new { date = "2026-06-01", flow = "light" }));

        var again = await user.Client.PostAsJsonAsync(menstrual, new { date = "2026-06-01", flow = "heavy" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        var problem = await again.ReadAsync<JsonElement>();
        Assert.Equal(first, problem.GetProperty("existingId").GetGuid());
        Assert.Equal("light", (await user.Client.GetFromJsonAsync<JsonElement>($"{menstrual}/{first}", ApiClient.Json)).GetProperty("flow").GetString());

        // Moving another day onto a kept one is refused the same way; keeping its own day is fine.
        var second = await IdOf(await user.Client.PostAsJsonAsync(menstrual, new { date = "2026-06-02" }));
        Assert.Equal(HttpStatusCode.Conflict, (await user.Client.PutAsJsonAsync($"{menstrual}/{second}", new { date = "2026-06-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.PutAsJsonAsync($"{menstrual}/{second}", new { date = "2026-06-02", energy = 5 })).StatusCode);

        // Routines: one morning and one evening a day.
        var routines = TrackerCase.Routines.Path;
        await IdOf(await user.Client.PostAsJsonAsync(routines, new { date = "2026-06-01", type = "morning" }));
        await IdOf(await user.Client.PostAsJsonAsync(routines, new { date = "2026-06-01", type = "evening" }));
        Assert.Equal(HttpStatusCode.Conflict, (await user.Client.PostAsJsonAsync(routines, new { date = "2026-06-01", type = "evening" })).StatusCode);

        // Another person's day is their own.
        var stranger = await fixture.Api.RegisterAndSignInAsync();
        await IdOf(await stranger.Client.PostAsJsonAsync(menstrual, new { date = "2026-06-01" }));
    }

    [Fact]
    public async Task Two_first_saves_of_one_day_at_once_keep_one_entry()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var saves = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            user.Client.PostAsJsonAsync(TrackerCase.Menstrual.Path, new { date = "2026-06-07" })));

        Assert.Single(saves, s => s.StatusCode == HttpStatusCode.Created);
        Assert.All(saves, s => Assert.Contains(s.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
    }

    [Fact]
    public async Task Settings_start_with_nothing_on_and_a_save_replaces_them_with_an_audit_row()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        Assert.Equal(0, (await user.Client.GetFromJsonAsync<JsonElement>(Settings, ApiClient.Json)).GetProperty("trackers").GetArrayLength());

        var saved = await user.Client.PutAsJsonAsync(Settings, new { trackers = new[] { "routine", "menstrual", "menstrual" } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(["menstrual", "routine"], TrackersOf(await saved.ReadAsync<JsonElement>()));
        Assert.Equal(["menstrual", "routine"], TrackersOf(await user.Client.GetFromJsonAsync<JsonElement>(Settings, ApiClient.Json)));

        (await user.Client.PutAsJsonAsync(Settings, new { trackers = new[] { "emotionalIntensity", "abandonment", "relationship" } })).EnsureSuccessStatusCode();
        Assert.Equal(["abandonment", "emotionalIntensity", "relationship"], TrackersOf(await user.Client.GetFromJsonAsync<JsonElement>(Settings, ApiClient.Json)));

        await (await user.Client.PutAsJsonAsync(Settings, new { trackers = new[] { "sparkly" } })).AssertBadRequestNamingAsync("trackers[0]");
        await (await user.Client.PutAsJsonAsync(Settings, new { })).AssertBadRequestNamingAsync("trackers");

        await using var db = fixture.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.SubjectUserId == user.Id && a.EntityType == "profile" && a.Action == "updated"
            && a.Details!.Contains("trackers")));

        var stranger = await fixture.Api.RegisterAndSignInAsync();
        Assert.Equal(0, (await stranger.Client.GetFromJsonAsync<JsonElement>(Settings, ApiClient.Json)).GetProperty("trackers").GetArrayLength());
    }

    private static List<string> TrackersOf(JsonElement settings) =>
        settings.GetProperty("trackers").EnumerateArray().Select(t => t.GetString()!).ToList();

    [Fact]
    public async Task The_drsp_items_are_the_21_symptoms_and_3_impairments_rated_in_menstrual_entries()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var items = (await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/trackers/menstrual/drsp-items", ApiClient.Json)).EnumerateArray().ToList();
        Assert.Equal(24, items.Count);
        Assert.Equal(3, items.Count(i => i.GetProperty("impairment").GetBoolean()));
        Assert.Contains(items, i => i.GetProperty("key").GetString() == "rejectionSensitive");

        var ratings = items.ToDictionary(i => i.GetProperty("key").GetString()!, _ => 6);
        var saved = await (await user.Client.PostAsJsonAsync(TrackerCase.Menstrual.Path, new { date = "2026-06-01", drspRatings = ratings })).ReadAsync<JsonElement>();
        Assert.Equal(24, saved.GetProperty("drspRatings").EnumerateObject().Count());
    }

    [Fact]
    public async Task A_routines_completion_is_the_share_of_its_steps_done()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var routine = await (await user.Client.PostAsJsonAsync(TrackerCase.Routines.Path, TrackerCase.Routines.OnDay(1))).ReadAsync<JsonElement>();
        Assert.Equal(75, routine.GetProperty("completionPercent").GetInt32());
        var empty = await (await user.Client.PostAsJsonAsync(TrackerCase.Routines.Path, new { date = "2026-06-01", type = "evening" })).ReadAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("completionPercent").ValueKind);
    }
}
