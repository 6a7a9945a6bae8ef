using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Sanctum.IntegrationTests;

[Collection(SanctumCollection.Name)]
public sealed class MoodTests(SanctumFixture fixture)
{
    private const string Shifts = "/api/v1/mood/shifts";

    private static object ValidShift(DateTimeOffset? at = null, string state = "anxious") => new
    {
        occurredAt = at ?? DateTimeOffset.UtcNow.AddMinutes(-5),
        previousState = "stable",
        currentState = state,
        intensity = 6,
        trigger = "Email from work",
        physicalSymptoms = new[] { "tight chest" },
        functionality = "limited",
        activity = "working",
        notes = "Breathing helped a bit",
        loggedBy = "user",
    };

    private static async Task<Guid> IdOf(HttpResponseMessage response) => (await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();

    private async Task AssertAuditedAsync(Guid id, string entityType, params string[] actions)
    {
        await using var db = fixture.CreateDbContext();
        var logged = await db.AuditEvents.Where(a => a.EntityId == id.ToString() && a.EntityType == entityType).Select(a => a.Action).ToListAsync();
        foreach (var action in actions) Assert.Contains(action, logged);
    }

    [Fact]
    public async Task A_shift_is_logged_read_edited_listed_and_deleted_with_an_audit_trail()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var created = await user.Client.PostAsJsonAsync(Shifts, ValidShift());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = await IdOf(created);
        Assert.Equal($"{Shifts}/{id}", created.Headers.Location?.OriginalString);

        var read = await user.Client.GetFromJsonAsync<JsonElement>($"{Shifts}/{id}");
        Assert.Equal("anxious", read.GetProperty("currentState").GetString());
        Assert.Equal("limited", read.GetProperty("functionality").GetString());
        Assert.Equal("tight chest", read.GetProperty("physicalSymptoms")[0].GetString());
        Assert.Equal(TimeSpan.Zero, read.GetProperty("occurredAt").GetDateTimeOffset().Offset);

        var updated = await user.Client.PutAsJsonAsync($"{Shifts}/{id}", new { currentState = "Irritable", intensity = 3 });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var edited = await updated.ReadAsync<JsonElement>();
        Assert.Equal("irritable", edited.GetProperty("currentState").GetString());
        Assert.Equal(read.GetProperty("occurredAt").GetDateTimeOffset(), edited.GetProperty("occurredAt").GetDateTimeOffset());

        var list = await user.Client.GetFromJsonAsync<JsonElement>($"{Shifts}?page=1&pageSize=10");
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"{Shifts}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"{Shifts}/{id}")).StatusCode);
        await AssertAuditedAsync(id, "mood_shift", "created", "updated", "deleted");
    }

    [Fact]
    public async Task A_shift_is_kept_private_when_asked_and_shared_by_default()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var shared = await (await user.Client.PostAsJsonAsync(Shifts, new { currentState = "low", intensity = 4 })).ReadAsync<JsonElement>();
        Assert.False(shared.GetProperty("isPrivate").GetBoolean());

        var created = await user.Client.PostAsJsonAsync(Shifts, new { currentState = "low", intensity = 5, isPrivate = true });
        var id = await IdOf(created);
        Assert.True((await user.Client.GetFromJsonAsync<JsonElement>($"{Shifts}/{id}")).GetProperty("isPrivate").GetBoolean());
        var list = await user.Client.GetFromJsonAsync<JsonElement>(Shifts);
        Assert.True(list.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == id).GetProperty("isPrivate").GetBoolean());

        // A PUT replaces the shift: left out, the mark is cleared like any other field.
        var edited = await (await user.Client.PutAsJsonAsync($"{Shifts}/{id}", new { currentState = "low", intensity = 5 })).ReadAsync<JsonElement>();
        Assert.False(edited.GetProperty("isPrivate").GetBoolean());
        var marked = await (await user.Client.PutAsJsonAsync($"{Shifts}/{id}", new { currentState = "low", intensity = 5, isPrivate = true })).ReadAsync<JsonElement>();
        Assert.True(marked.GetProperty("isPrivate").GetBoolean());
    }

    [Fact]
    public async Task Three_tap_shift_defaults_to_now_functional_and_logged_by_the_user()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var created = await user.Client.PostAsJsonAsync(Shifts, new { currentState = "low", intensity = 4 });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var shift = await created.ReadAsync<JsonElement>();
        Assert.InRange(shift.GetProperty("occurredAt").GetDateTimeOffset(), before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal("functional", shift.GetProperty("functionality").GetString());
        Assert.Equal("user", shift.GetProperty("loggedBy").GetString());

        var today = await user.Client.GetFromJsonAsync<JsonElement>($"{Shifts}/today");
        Assert.Equal("Europe/London", today.GetProperty("timeZone").GetString());
        Assert.Equal(1, today.GetProperty("shifts").GetArrayLength());
        var week = await user.Client.GetFromJsonAsync<JsonElement>($"{Shifts}/week");
        Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(week.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture).DayOfWeek);
        Assert.Equal(1, week.GetProperty("shifts").GetArrayLength());
    }

    [Fact]
    public async Task The_list_is_filtered_by_instants_newest_first()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var baseTime = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 4; i++) (await user.Client.PostAsJsonAsync(Shifts, ValidShift(baseTime.AddHours(i)))).EnsureSuccessStatusCode();

        var from = Uri.EscapeDataString(baseTime.AddHours(1).ToString("O"));
        var to = Uri.EscapeDataString(baseTime.AddHours(3).ToString("O"));
        var list = await user.Client.GetFromJsonAsync<JsonElement>($"{Shifts}?from={from}&to={to}");

        Assert.Equal(2, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(baseTime.AddHours(2), list.GetProperty("items")[0].GetProperty("occurredAt").GetDateTimeOffset());
        await (await user.Client.GetAsync($"{Shifts}?from={to}&to={from}")).AssertBadRequestNamingAsync("to");
    }

    public static TheoryData<string, object> InvalidShifts => new()
    {
        { "occurredAt", new { occurredAt = DateTimeOffset.UtcNow.AddMinutes(10), currentState = "low", intensity = 3 } },
        { "intensity", new { currentState = "low", intensity = 11 } },
        { "intensity", new { currentState = "low", intensity = -1 } },
        { "intensity", new { currentState = "low" } },
        { "currentState", new { currentState = "grumpy", intensity = 3 } },
        { "currentState", new { intensity = 3 } },
        { "previousState", new { previousState = "sparkly", currentState = "low", intensity = 3 } },
        { "functionality", new { currentState = "low", intensity = 3, functionality = "fine" } },
        { "loggedBy", new { currentState = "low", intensity = 3, loggedBy = "robot" } },
        { "physicalSymptoms[0]", new { currentState = "low", intensity = 3, physicalSymptoms = new[] { " " } } },
    };

    [Theory]
    [MemberData(nameof(InvalidShifts))]
    public async Task Bad_shifts_answer_400_naming_the_field(string field, object body)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        await (await user.Client.PostAsJsonAsync(Shifts, body)).AssertBadRequestNamingAsync(field);

        var created = await user.Client.PostAsJsonAsync(Shifts, ValidShift());
        await (await user.Client.PutAsJsonAsync($"{Shifts}/{await IdOf(created)}", body)).AssertBadRequestNamingAsync(field);
        var list = await user.Client.GetFromJsonAsync<JsonElement>(Shifts);
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Another_persons_shift_answers_404()
    {
        var owner = await fixture.Api.RegisterAndSignInAsync();
        var stranger = await fixture.Api.RegisterAndSignInAsync();
        var id = await IdOf(await owner.Client.PostAsJsonAsync(Shifts, ValidShift()));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"{Shifts}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PutAsJsonAsync($"{Shifts}/{id}", ValidShift(state: "low"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.DeleteAsync($"{Shifts}/{id}")).StatusCode);
        Assert.Equal(0, (await stranger.Client.GetFromJsonAsync<JsonElement>(Shifts)).GetProperty("totalCount").GetInt32());
        Assert.Equal(0, (await stranger.Client.GetFromJsonAsync<JsonElement>($"{Shifts}/today")).GetProperty("shifts").GetArrayLength());
        Assert.Equal("anxious", (await owner.Client.GetFromJsonAsync<JsonElement>($"{Shifts}/{id}")).GetProperty("currentState").GetString());
    }

    [Fact]
    public async Task A_persons_own_states_can_be_added_used_and_removed()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var stranger = await fixture.Api.RegisterAndSignInAsync();

        var added = await user.Client.PostAsJsonAsync("/api/v1/mood/states", new { name = " Foggy " });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var stateId = await IdOf(added);
        var states = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/mood/states");
        Assert.Equal(12, states.GetProperty("standard").GetArrayLength());
        Assert.Equal("foggy", states.GetProperty("custom")[0].GetProperty("name").GetString());

        Assert.Equal(HttpStatusCode.Created, (await user.Client.PostAsJsonAsync(Shifts, new { currentState = "foggy", intensity = 5 })).StatusCode);
        await (await stranger.Client.PostAsJsonAsync(Shifts, new { currentState = "foggy", intensity = 5 })).AssertBadRequestNamingAsync("currentState");
        await (await user.Client.PostAsJsonAsync("/api/v1/mood/states", new { name = "Foggy" })).AssertBadRequestNamingAsync("name");
        await (await user.Client.PostAsJsonAsync("/api/v1/mood/states", new { name = "stable" })).AssertBadRequestNamingAsync("name");
        await (await user.Client.PostAsJsonAsync("/api/v1/mood/states", new { name = "" })).AssertBadRequestNamingAsync("name");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.DeleteAsync($"/api/v1/mood/states/{stateId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"/api/v1/mood/states/{stateId}")).StatusCode);
        await (await user.Client.PostAsJsonAsync(Shifts, new { currentState = "foggy", intensity = 5 })).AssertBadRequestNamingAsync("currentState");
        await AssertAuditedAsync(stateId, "custom_mood_state", "created", "deleted");
    }

    [Fact]
    public async Task Morning_and_evening_check_ins_fill_one_row_per_day()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        const string day = "2026-11-02";

        var morning = await user.Client.PutAsJsonAsync($"/api/v1/mood/baselines/{day}/morning", new
        {
            wakeTime = "07:15", sleepHours = 6.5, bedtimePreviousNight = "23:40", howWokeUp = "struggled", morningMood = "Low",
            morningMedsTaken = true, morningMedsAt = "08:00",
        });
        Assert.Equal(HttpStatusCode.OK, morning.StatusCode);
        var id = await IdOf(morning);
        (await user.Client.PostAsJsonAsync(Shifts, ValidShift(new DateTimeOffset(2026, 11, 2, 15, 0, 0, TimeSpan.Zero)))).EnsureSuccessStatusCode();

        var evening = await user.Client.PutAsJsonAsync($"/api/v1/mood/baselines/{day}/evening", new
        {
            eveningMood = "stable", eveningMedsTaken = true, eveningMedsAt = "21:00", daySummary = "Slow start, better afternoon",
        });
        var both = await evening.ReadAsync<JsonElement>();
        Assert.Equal(id, both.GetProperty("id").GetGuid());
        Assert.Equal("low", both.GetProperty("morningMood").GetString());
        Assert.Equal("07:15", both.GetProperty("wakeTime").GetString());
        Assert.Equal("stable", both.GetProperty("eveningMood").GetString());
        Assert.Equal(1, both.GetProperty("totalShifts").GetInt32());

        var read = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/mood/baselines/{day}");
        Assert.Equal(6.5m, read.GetProperty("sleepHours").GetDecimal());
        var list = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/mood/baselines?from=2026-11-01&to=2026-11-03");
        Assert.Equal(1, list.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync("/api/v1/mood/baselines/2026-11-03")).StatusCode);
        await AssertAuditedAsync(id, "daily_baseline", "created", "updated");

        var stranger = await fixture.Api.RegisterAndSignInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/api/v1/mood/baselines/{day}")).StatusCode);
        Assert.Equal(0, (await stranger.Client.GetFromJsonAsync<JsonElement>("/api/v1/mood/baselines?from=2026-11-01&to=2026-11-03")).GetArrayLength());
    }

    public static TheoryData<string, string, object> InvalidCheckIns => new()
    {
        { "2999-01-01/morning", "date", new { sleepHours = 7 } },
        { "2026-11-02/morning", "sleepHours", new { sleepHours = 25 } },
        { "2026-11-02/morning", "morningMood", new { morningMood = "sparkly" } },
        { "2026-11-02/morning", "wakeTime", new { wakeTime = "25:00" } },
        { "2026-11-02/morning", "howWokeUp", new { howWokeUp = "grumpy" } },
        { "2026-11-02/evening", "eveningMood", new { eveningMood = "sparkly" } },
        { "2026-11-02/evening", "eveningMedsAt", new { eveningMedsTaken = false, eveningMedsAt = "21:00" } },
        { "not-a-date/evening", "date", new { eveningMood = "low" } },
    };

    [Theory]
    [MemberData(nameof(InvalidCheckIns))]
    public async Task Bad_check_ins_answer_400_naming_the_field(string path, string field, object body)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        await (await user.Client.PutAsJsonAsync($"/api/v1/mood/baselines/{path}", body)).AssertBadRequestNamingAsync(field);
    }

    [Fact]
    public async Task A_day_summary_counts_time_in_each_state_in_the_persons_zone()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        // 2026-11-01 is the fall-back day in New York: 25 hours, starting 04:00 UTC.
        (await user.Client.PostAsJsonAsync(Shifts, new { occurredAt = "2026-10-31T22:00:00-04:00", currentState = "low", intensity = 4 })).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync(Shifts, new { occurredAt = "2026-11-01T09:00:00-05:00", currentState = "stable", intensity = 5, functionality = "high" })).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync(Shifts, new { occurredAt = "2026-11-01T21:00:00-05:00", currentState = "crisis", intensity = 9, functionality = "crisis" })).EnsureSuccessStatusCode();

        var day = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/mood/days/2026-11-01");

        Assert.Equal(2, day.GetProperty("totalShifts").GetInt32());
        Assert.Equal(3, day.GetProperty("totalStates").GetInt32());
        Assert.Equal("low", day.GetProperty("carriedOverState").GetString());
        var minutes = day.GetProperty("timeInStates").EnumerateArray().ToDictionary(s => s.GetProperty("state").GetString()!, s => s.GetProperty("minutes").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["low"] = 600, ["stable"] = 720, ["crisis"] = 180 }, minutes);
        Assert.Equal(1, day.GetProperty("crisisCount").GetInt32());
        Assert.Equal(1500, day.GetProperty("trackedMinutes").GetInt32());

        var week = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/mood/days?from=2026-10-31&to=2026-11-02");
        Assert.Equal(3, week.GetArrayLength());
        Assert.Equal("crisis", week[2].GetProperty("carriedOverState").GetString());
        Assert.Equal(7, (await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/mood/days")).GetArrayLength());

        var stranger = await fixture.Api.RegisterAndSignInAsync();
        var strangersDay = await stranger.Client.GetFromJsonAsync<JsonElement>("/api/v1/mood/days/2026-11-01");
        Assert.Equal(0, strangersDay.GetProperty("totalStates").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/mood/days?from=2026-01-01&to=2026-03-31", "to")]
    [InlineData("/api/v1/mood/days?from=2026-03-01&to=2026-02-01", "to")]
    [InlineData("/api/v1/mood/days?from=soon", "from")]
    [InlineData("/api/v1/mood/days/yesterday", "date")]
    [InlineData("/api/v1/mood/baselines?from=2020-01-01&to=2026-01-01", "to")]
    [InlineData("/api/v1/mood/shifts?pageSize=1000", "pageSize")]
    public async Task Bad_ranges_answer_400_naming_the_field(string path, string field)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        await (await user.Client.GetAsync(path)).AssertBadRequestNamingAsync(field);
    }
}
