using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Sanctum.IntegrationTests;

/// <summary>The companion through the API: each protocol, crisis screening first, memory versions, the log and its search.</summary>
[Collection(SanctumCollection.Name)]
public sealed class CompanionTests(SanctumFixture fixture)
{
    private const string Zone = "America/New_York";
    private const string Messages = "/api/v1/companion/messages";
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById(Zone);

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, NewYork).DateTime);

    private static async Task<JsonElement> SayAsync(TestUser user, string text, Guid? sessionId)
    {
        var response = await user.Client.PostAsJsonAsync(Messages, new { text, sessionId });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<JsonElement>();
    }

    /// <summary>Says each message in one session and returns the last answer.</summary>
    private static async Task<JsonElement> ConverseAsync(TestUser user, params string[] texts)
    {
        Guid? sessionId = null;
        JsonElement reply = default;
        foreach (var text in texts)
        {
            reply = await SayAsync(user, text, sessionId);
            sessionId = reply.GetProperty("sessionId").GetGuid();
        }
        return reply;
    }

    [Fact]
    public async Task A_morning_check_in_records_the_baseline()
    {
        var user = await fixture.Api.RegisterAndSignInAsync(Zone);

        var greeting = await SayAsync(user, "Good morning", null);
        var local = TimeZoneInfo.ConvertTime(greeting.GetProperty("at").GetDateTimeOffset(), NewYork);
        Assert.Contains($"It's {local:HH:mm}", greeting.GetProperty("reply").GetString());
        var sessionId = greeting.GetProperty("sessionId").GetGuid();
        foreach (var answer in new[] { "about 7 hours", "6:45", "groggy" }) await SayAsync(user, answer, sessionId);
        var last = await SayAsync(user, "a bit anxious", sessionId);

        var captured = Assert.Single(last.GetProperty("captured").EnumerateArray());
        Assert.Equal("baseline", captured.GetProperty("kind").GetString());
        Assert.Equal("saved", captured.GetProperty("status").GetString());
        var baseline = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/mood/baselines/{Today:yyyy-MM-dd}");
        Assert.Equal(7, baseline.GetProperty("sleepHours").GetDecimal());
        Assert.Equal("06:45", baseline.GetProperty("wakeTime").GetString());
        Assert.Equal("struggled", baseline.GetProperty("howWokeUp").GetString());
        Assert.Equal("anxious", baseline.GetProperty("morningMood").GetString());

        var memory = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/companion/sessions/{sessionId}/memory");
        Assert.Equal(6, memory.GetProperty("version").GetInt32());
        Assert.Equal(5, memory.GetProperty("state").GetProperty("turns").GetInt32());

        var context = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/companion/context?sessionId={sessionId}");
        var session = context.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "session");
        Assert.Contains("Messages answered in this session: 5", session.GetProperty("lines").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("mood anxious", context.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_protocol_turned_off_in_the_configuration_is_not_started()
    {
        var user = await fixture.Api.RegisterAndSignInAsync(Zone);
        (await user.Client.PutAsJsonAsync("/api/v1/companion/configuration", new { tone = "balanced", pacing = "adaptive",
            dailyAffirmation = true, topicsToAvoid = Array.Empty<string>(), activeProtocols = new[] { "goodNight" } })).EnsureSuccessStatusCode();

        var answer = await SayAsync(user, "Good morning", null);

        Assert.DoesNotContain("morning check-in", answer.GetProperty("reply").GetString());
        var memory = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/companion/sessions/{answer.GetProperty("sessionId").GetGuid()}/memory");
        Assert.False(memory.GetProperty("state").TryGetProperty("protocol", out _), "No check-in was started.");
    }

    [Fact]
    public async Task Saying_the_morning_meds_are_taken_checks_off_the_morning_doses_only()
    {
        var user = await fixture.Api.RegisterAndSignInAsync(Zone);
        (await user.Client.PostAsJsonAsync("/api/v1/me/medications",
            new { name = "lithium", scheduleTimes = new[] { "08:00", "20:00" }, startDate = Today.AddDays(-3) })).EnsureSuccessStatusCode();

        var last = await ConverseAsync(user, "good morning", "about 7 hours", "6:45", "groggy", "a bit anxious", "yes");

        Assert.Equal(["baseline", "doseLog"], last.GetProperty("captured").EnumerateArray().Select(c => c.GetProperty("kind").GetString()));
        var doses = (await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/medications/doses/today")).GetProperty("doses").EnumerateArray().ToList();
        Assert.Equal(["08:00", "20:00"], doses.Select(d => d.GetProperty("localTime").GetString()![..5]));
        Assert.Equal("taken", doses[0].GetProperty("log").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, doses[1].GetProperty("log").ValueKind);
    }

    [Fact]
    public async Task A_night_check_in_fills_the_diary_card_and_logs_a_searchable_summary()
    {
        var user = await fixture.Api.RegisterAndSignInAsync(Zone);
        (await user.Client.PostAsJsonAsync("/api/v1/me/medications",
            new { name = "lamotrigine", scheduleTimes = new[] { "20:00" }, startDate = Today.AddDays(-21) })).EnsureSuccessStatusCode();
        (await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Today:yyyy-MM-dd}",
            new { exerciseMinutes = 30, emotions = new Dictionary<string, int> { ["loneliness"] = 2 } })).EnsureSuccessStatusCode();

        var last = await ConverseAsync(user, "good night", "low", "yes", "3", "2", "1", "0", "4", "0", "0",
            "Argued with the landlord & the boiler");

        Assert.Equal(["baseline", "doseLog", "diaryCard"], last.GetProperty("captured").EnumerateArray().Select(c => c.GetProperty("kind").GetString()));
        var dose = Assert.Single((await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/medications/doses/today")).GetProperty("doses").EnumerateArray());
        Assert.Equal("taken", dose.GetProperty("log").GetProperty("status").GetString());
        var card = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/dbt/cards/{Today:yyyy-MM-dd}");
        var emotions = card.GetProperty("emotions");
        Assert.Equal(3, emotions.GetProperty("sadness").GetInt32());
        Assert.Equal(4, emotions.GetProperty("joy").GetInt32());
        Assert.Equal(2, emotions.GetProperty("loneliness").GetInt32());
        Assert.Equal(30, card.GetProperty("exerciseMinutes").GetInt32());
        Assert.Equal(0, card.GetProperty("suicidalThoughts").GetInt32());
        Assert.True(card.GetProperty("medsAsPrescribed").GetBoolean());
        var baseline = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/mood/baselines/{Today:yyyy-MM-dd}");
        Assert.Equal("low", baseline.GetProperty("eveningMood").GetString());

        var found = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/companion/log/search?q=boiler&from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}");
        var hit = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Contains("landlord &amp; the <mark>boiler</mark>", hit.GetProperty("snippet").GetString());
        Assert.Equal("Day 22 on lamotrigine", hit.GetProperty("dayLabel").GetString());
        Assert.Equal(last.GetProperty("sessionId").GetGuid(), hit.GetProperty("sessionId").GetGuid());
        Assert.Equal("nightCheckIn", hit.GetProperty("snapshot").GetProperty("kind").GetString());
        var session = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/companion/sessions/{last.GetProperty("sessionId").GetGuid()}");
        Assert.Contains("boiler", session.GetProperty("summary").GetString());

        var otherDays = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/companion/log/search?q=boiler&from={Today.AddDays(1):yyyy-MM-dd}");
        Assert.Equal(0, otherDays.GetProperty("totalCount").GetInt32());
        var otherWords = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/companion/log/search?q=kettle");
        Assert.Equal(0, otherWords.GetProperty("totalCount").GetInt32());
        await (await user.Client.GetAsync("/api/v1/companion/log/search")).AssertBadRequestNamingAsync("q");
    }

    [Fact]
    public async Task A_described_shift_is_proposed_then_confirmed_at_the_right_local_time()
    {
        var user = await fixture.Api.RegisterAndSignInAsync(Zone);

        var answer = await SayAsync(user, "I just crashed after the call with my mum an hour ago", null);

        var proposed = Assert.Single(answer.GetProperty("captured").EnumerateArray());
        Assert.Equal("moodShift", proposed.GetProperty("kind").GetString());
        Assert.Equal("proposed", proposed.GetProperty("status").GetString());
        var skill = answer.GetProperty("skill").GetProperty("name").GetString()!;
        Assert.Contains($"If it helps, try {skill}:", answer.GetProperty("reply").GetString());
        Assert.Equal(0, (await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/mood/shifts")).GetProperty("totalCount").GetInt32());

        var confirmed = await user.Client.PostAsync($"/api/v1/companion/proposals/{proposed.GetProperty("id").GetGuid()}/confirm", null);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var recordId = (await confirmed.ReadAsync<JsonElement>()).GetProperty("recordId").GetGuid();
        var shift = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/mood/shifts/{recordId}");
        Assert.Equal("depressed", shift.GetProperty("currentState").GetString());
        Assert.Equal("the call with my mum", shift.GetProperty("trigger").GetString());
        Assert.Equal("companion", shift.GetProperty("loggedBy").GetString());
        var saidAt = TimeZoneInfo.ConvertTime(answer.GetProperty("at").GetDateTimeOffset(), NewYork).DateTime;
        var expected = new DateTime(saidAt.Year, saidAt.Month, saidAt.Day, saidAt.Hour, saidAt.Minute, 0).AddHours(-1);
        Assert.Equal(expected, TimeZoneInfo.ConvertTime(shift.GetProperty("occurredAt").GetDateTimeOffset(), NewYork).DateTime);

        var session = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/companion/sessions/{answer.GetProperty("sessionId").GetGuid()}");
        Assert.Equal(1, session.GetProperty("shiftsLogged").GetInt32());
        Assert.Equal([skill], session.GetProperty("skillsUsed").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(HttpStatusCode.Conflict,
            (await user.Client.PostAsync($"/api/v1/companion/proposals/{proposed.GetProperty("id").GetGuid()}/confirm", null)).StatusCode);
    }

    [Fact]
    public async Task A_proposal_can_be_edited_before_confirming_through_the_shift_validation_or_discarded()
    {
        var user = await fixture.Api.RegisterAndSignInAsync(Zone);
        var first = await SayAsync(user, "I'm really anxious because of the deadline", null);
        var id = first.GetProperty("captured")[0].GetProperty("id").GetGuid();

        var invalid = await user.Client.PostAsJsonAsync($"/api/v1/companion/proposals/{id}/confirm", new { intensity = 11 });
        await invalid.AssertBadRequestNamingAsync("intensity");
        var unknownState = await user.Client.PostAsJsonAsync($"/api/v1/companion/proposals/{id}/confirm", new { currentState = "grumpy" });
        await unknownState.AssertBadRequestNamingAsync("currentState");
        var edited = await user.Client.PostAsJsonAsync($"/api/v1/companion/proposals/{id}/confirm", new { intensity = 4, currentState = "irritable" });
        var shift = (await edited.ReadAsync<JsonElement>()).GetProperty("shift");
        Assert.Equal(4, shift.GetProperty("intensity").GetInt32());
        Assert.Equal("irritable", shift.GetProperty("currentState").GetString());
        Assert.Equal("the deadline", shift.GetProperty("trigger").GetString());

        var second = await SayAsync(user, "feeling low", first.GetProperty("sessionId").GetGuid());
        var discarded = await user.Client.PostAsync($"/api/v1/companion/proposals/{second.GetProperty("captured")[0].GetProperty("id").GetGuid()}/discard", null);
        Assert.Equal("discarded", (await discarded.ReadAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(1, (await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/mood/shifts")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_high_risk_message_gets_only_the_crisis_override_and_flags_the_session()
    {
        var user = await fixture.Api.RegisterAndSignInAsync(Zone);
        var started = await SayAsync(user, "good morning", null);
        var sessionId = started.GetProperty("sessionId").GetGuid();

        var answer = await SayAsync(user, "I crashed after the call with my mum and I want to kill myself tonight", sessionId);

        Assert.Equal(JsonValueKind.Null, answer.GetProperty("reply").ValueKind);
        Assert.Empty(answer.GetProperty("captured").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("skill").ValueKind);
        Assert.Equal("high", answer.GetProperty("crisis").GetProperty("risk").GetString());
        Assert.NotEmpty(answer.GetProperty("crisis").GetProperty("resources").EnumerateArray());
        var session = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/companion/sessions/{sessionId}");
        Assert.True(session.GetProperty("crisisDetected").GetBoolean());
        var memory = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/companion/sessions/{sessionId}/memory");
        Assert.Equal(2, memory.GetProperty("version").GetInt32()); // the risky message did not move the check-in on
        await using var db = fixture.CreateDbContext();
        var safetyEvent = await db.SafetyEvents.SingleAsync(e => e.UserId == user.Id);
        Assert.Equal(sessionId, safetyEvent.SourceEntityId);
        Assert.False(await db.ConversationProposals.AnyAsync(p => p.UserId == user.Id));
    }

    [Fact]
    public async Task A_stale_memory_write_is_refused_with_409()
    {
        var user = await fixture.Api.RegisterAndSignInAsync(Zone);
        var session = await (await user.Client.PostAsync("/api/v1/companion/sessions", null)).ReadAsync<JsonElement>();
        var path = $"/api/v1/companion/sessions/{session.GetProperty("id").GetGuid()}/memory";
        var read = await user.Client.GetAsync(path);
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);

        var written = await user.Client.PutAsJsonAsync(path, new { state = new { topic = "sleep" }, version = 1 });
        Assert.Equal(2, (await written.ReadAsync<JsonElement>()).GetProperty("version").GetInt32());
        var stale = await user.Client.PutAsJsonAsync(path, new { state = new { topic = "work" }, version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);

        var withHeader = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(new { state = new { topic = "work" } }) };
        withHeader.Headers.IfMatch.Add(new EntityTagHeaderValue("\"2\""));
        Assert.Equal(HttpStatusCode.OK, (await user.Client.SendAsync(withHeader)).StatusCode);
        var memory = await user.Client.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal("work", memory.GetProperty("state").GetProperty("topic").GetString());
        Assert.Equal(3, memory.GetProperty("version").GetInt32());
        await (await user.Client.PutAsJsonAsync(path, new { state = new { } })).AssertBadRequestNamingAsync("version");
        await (await user.Client.PutAsJsonAsync(path, new { state = "text", version = 3 })).AssertBadRequestNamingAsync("state");
    }

    [Fact]
    public async Task The_log_cannot_be_changed_or_deleted_except_with_the_account()
    {
        var user = await fixture.Api.RegisterAndSignInAsync(Zone);
        var session = await (await user.Client.PostAsync("/api/v1/companion/sessions", null)).ReadAsync<JsonElement>();
        var id = session.GetProperty("id").GetGuid();
        var ended = await user.Client.PostAsJsonAsync($"/api/v1/companion/sessions/{id}/end", new { summary = "Talked through the week" });
        Assert.Equal(JsonValueKind.Number, (await ended.ReadAsync<JsonElement>()).GetProperty("durationMinutes").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, (await user.Client.PostAsJsonAsync($"/api/v1/companion/sessions/{id}/end", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await user.Client.PostAsJsonAsync(Messages, new { text = "hello", sessionId = id })).StatusCode);

        await using var dataSource = fixture.CreateDataSource();
        foreach (var sql in new[]
                 {
                     $"UPDATE companion.session_log SET content = 'rewritten' WHERE user_id = '{user.Id}'",
                     $"DELETE FROM companion.session_log WHERE user_id = '{user.Id}'",
                     $"DELETE FROM companion.sessions WHERE user_id = '{user.Id}'",
                 })
        {
            var error = await Assert.ThrowsAsync<PostgresException>(() => dataSource.CreateCommand(sql).ExecuteNonQueryAsync());
            Assert.Contains("append-only", error.MessageText);
        }

        await dataSource.CreateCommand($"DELETE FROM identity.users WHERE id = '{user.Id}'").ExecuteNonQueryAsync();
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.SessionLog.AnyAsync(l => l.UserId == user.Id));
    }

    [Fact]
    public async Task Another_persons_sessions_memory_log_and_proposals_answer_404()
    {
        var owner = await fixture.Api.RegisterAndSignInAsync(Zone);
        var other = await fixture.Api.RegisterAndSignInAsync(Zone);
        var answer = await SayAsync(owner, "I'm anxious after the meeting about marmalade", null);
        var sessionId = answer.GetProperty("sessionId").GetGuid();
        var proposalId = answer.GetProperty("captured")[0].GetProperty("id").GetGuid();
        (await owner.Client.PostAsJsonAsync($"/api/v1/companion/sessions/{sessionId}/end", new { summary = "marmalade meeting" })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/api/v1/companion/sessions/{sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/api/v1/companion/sessions/{sessionId}/memory")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/api/v1/companion/context?sessionId={sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await other.Client.PutAsJsonAsync($"/api/v1/companion/sessions/{sessionId}/memory", new { state = new { }, version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PostAsJsonAsync($"/api/v1/companion/sessions/{sessionId}/end", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PostAsJsonAsync(Messages, new { text = "hello", sessionId })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PostAsync($"/api/v1/companion/proposals/{proposalId}/confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PostAsync($"/api/v1/companion/proposals/{proposalId}/discard", null)).StatusCode);
        Assert.Equal(0, (await other.Client.GetFromJsonAsync<JsonElement>("/api/v1/companion/log/search?q=marmalade")).GetProperty("totalCount").GetInt32());
        Assert.Equal(0, (await other.Client.GetFromJsonAsync<JsonElement>("/api/v1/companion/sessions")).GetProperty("totalCount").GetInt32());
        Assert.Equal(1, (await owner.Client.GetFromJsonAsync<JsonElement>("/api/v1/companion/log/search?q=marmalade")).GetProperty("totalCount").GetInt32());
        Assert.Equal(1, (await owner.Client.GetFromJsonAsync<JsonElement>("/api/v1/companion/sessions")).GetProperty("totalCount").GetInt32());
    }
}
