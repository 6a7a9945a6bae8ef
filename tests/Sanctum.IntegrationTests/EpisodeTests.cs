using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Safety;

namespace Sanctum.IntegrationTests;

[Collection(SanctumCollection.Name)]
public sealed class EpisodeTests(SanctumFixture fixture)
{
    private const string Episodes = "/api/v1/episodes";

    private static object ValidEpisode(string type = "severeDepression", string? endedAt = "2026-10-05T18:00:00Z") => new
    {
        type,
        startedAt = "2026-10-03T08:00:00+01:00",
        endedAt,
        trigger = "Ran out of medication",
        physicalSymptoms = new[] { "exhaustion" },
        cognitiveSymptoms = new[] { "hopeless thoughts" },
        behaviouralSymptoms = new[] { "stayed in bed" },
        whatIDid = new[] { "called my sister" },
        whatOthersDid = new[] { "sister stayed over" },
        medicalIntervention = "Emergency refill",
        hospitalized = false,
        howItEnded = "Meds back on track",
        impact = "Missed three days of work",
        notes = "Set up pharmacy reminders after",
    };

    private static async Task<Guid> IdOf(HttpResponseMessage response) => (await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();

    [Fact]
    public async Task An_episode_is_logged_read_edited_listed_and_deleted_with_an_audit_trail()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var created = await user.Client.PostAsJsonAsync(Episodes, ValidEpisode());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var episode = await created.ReadAsync<JsonElement>();
        var id = episode.GetProperty("id").GetGuid();
        Assert.Equal($"{Episodes}/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("severeDepression", episode.GetProperty("type").GetString());
        Assert.Equal(new DateTimeOffset(2026, 10, 3, 7, 0, 0, TimeSpan.Zero), episode.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal(59, episode.GetProperty("durationHours").GetDouble());
        Assert.False(episode.GetProperty("ongoing").GetBoolean());

        var read = await user.Client.GetFromJsonAsync<JsonElement>($"{Episodes}/{id}");
        Assert.Equal("called my sister", read.GetProperty("whatIDid")[0].GetString());

        var updated = await user.Client.PutAsJsonAsync($"{Episodes}/{id}", new
        {
            type = "hospitalization", startedAt = "2026-10-03T07:00:00Z", hospitalized = true, hospitalName = "St Mary's",
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var edited = await updated.ReadAsync<JsonElement>();
        Assert.True(edited.GetProperty("ongoing").GetBoolean());
        Assert.Equal("St Mary's", edited.GetProperty("hospitalName").GetString());

        var list = await user.Client.GetFromJsonAsync<JsonElement>($"{Episodes}?page=1&pageSize=5");
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"{Episodes}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"{Episodes}/{id}")).StatusCode);
        await using var db = fixture.CreateDbContext();
        var actions = await db.AuditEvents.Where(a => a.EntityId == id.ToString() && a.EntityType == "episode").Select(a => a.Action).ToListAsync();
        Assert.Contains("created", actions);
        Assert.Contains("updated", actions);
        Assert.Contains("deleted", actions);
        Assert.False(await db.SafetyEvents.AnyAsync(e => e.UserId == user.Id));
    }

    [Fact]
    public async Task An_episode_is_kept_private_when_asked_and_shared_by_default()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var episode = await (await user.Client.PostAsJsonAsync(Episodes, ValidEpisode())).ReadAsync<JsonElement>();
        Assert.False(episode.GetProperty("isPrivate").GetBoolean());
        var id = episode.GetProperty("id").GetGuid();

        var updated = await user.Client.PutAsJsonAsync($"{Episodes}/{id}", new { type = "mania", startedAt = "2026-10-03T07:00:00Z", isPrivate = true });
        Assert.True((await updated.ReadAsync<JsonElement>()).GetProperty("isPrivate").GetBoolean());
        Assert.True((await user.Client.GetFromJsonAsync<JsonElement>($"{Episodes}/{id}")).GetProperty("isPrivate").GetBoolean());
        var list = await user.Client.GetFromJsonAsync<JsonElement>(Episodes);
        Assert.True(list.GetProperty("items")[0].GetProperty("isPrivate").GetBoolean());

        var created = await user.Client.PostAsJsonAsync(Episodes, new { type = "hypomania", startedAt = "2026-09-01T07:00:00Z", isPrivate = true });
        Assert.True((await created.ReadAsync<JsonElement>()).GetProperty("isPrivate").GetBoolean());
    }

    [Fact]
    public async Task A_suicidal_crisis_records_one_safety_event_for_the_safety_net()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var created = await user.Client.PostAsJsonAsync(Episodes, ValidEpisode("suicidalCrisis", endedAt: null));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = await IdOf(created);
        (await user.Client.PutAsJsonAsync($"{Episodes}/{id}", ValidEpisode("suicidalCrisis"))).EnsureSuccessStatusCode();

        await using var db = fixture.CreateDbContext();
        var safety = await db.SafetyEvents.SingleAsync(e => e.UserId == user.Id);
        Assert.Equal("episode.suicidal_crisis", safety.Source);
        Assert.Equal(RiskLevel.High, safety.Risk);
        Assert.Equal("episode", safety.SourceEntityType);
        Assert.Equal(id, safety.SourceEntityId);
        Assert.False(string.IsNullOrWhiteSpace(safety.Reason));
    }

    [Fact]
    public async Task Changing_an_episodes_type_to_suicidal_crisis_records_the_safety_event()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var id = await IdOf(await user.Client.PostAsJsonAsync(Episodes, ValidEpisode("mixed")));

        (await user.Client.PutAsJsonAsync($"{Episodes}/{id}", ValidEpisode("suicidalCrisis"))).EnsureSuccessStatusCode();

        await using var db = fixture.CreateDbContext();
        Assert.Equal(id, (await db.SafetyEvents.SingleAsync(e => e.UserId == user.Id)).SourceEntityId);
    }

    public static TheoryData<string, object> InvalidEpisodes => new()
    {
        { "type", new { startedAt = "2026-10-03T08:00:00Z" } },
        { "type", new { type = "suicidal_crisis", startedAt = "2026-10-03T08:00:00Z" } },
        { "startedAt", new { type = "mania" } },
        { "startedAt", new { type = "mania", startedAt = DateTimeOffset.UtcNow.AddHours(1) } },
        { "endedAt", new { type = "mania", startedAt = "2026-10-03T08:00:00Z", endedAt = "2026-10-02T08:00:00Z" } },
        { "endedAt", new { type = "mania", startedAt = "2026-10-03T08:00:00Z", endedAt = DateTimeOffset.UtcNow.AddDays(1) } },
        { "hospitalName", new { type = "psychosis", startedAt = "2026-10-03T08:00:00Z", hospitalized = true } },
        { "whatIDid[0]", new { type = "other", startedAt = "2026-10-03T08:00:00Z", whatIDid = new[] { "" } } },
    };

    [Theory]
    [MemberData(nameof(InvalidEpisodes))]
    public async Task Bad_episodes_answer_400_naming_the_field(string field, object body)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        await (await user.Client.PostAsJsonAsync(Episodes, body)).AssertBadRequestNamingAsync(field);
        var id = await IdOf(await user.Client.PostAsJsonAsync(Episodes, ValidEpisode()));
        await (await user.Client.PutAsJsonAsync($"{Episodes}/{id}", body)).AssertBadRequestNamingAsync(field);
        Assert.Equal(1, (await user.Client.GetFromJsonAsync<JsonElement>(Episodes)).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Another_persons_episode_and_its_interventions_answer_404()
    {
        var owner = await fixture.Api.RegisterAndSignInAsync();
        var stranger = await fixture.Api.RegisterAndSignInAsync();
        var id = await IdOf(await owner.Client.PostAsJsonAsync(Episodes, ValidEpisode()));
        var interventions = $"{Episodes}/{id}/interventions";
        var interventionId = await IdOf(await owner.Client.PostAsJsonAsync(interventions, new { occurredAt = "2026-10-04T10:00:00Z", type = "therapist" }));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"{Episodes}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PutAsJsonAsync($"{Episodes}/{id}", ValidEpisode("mania"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.DeleteAsync($"{Episodes}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(interventions)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PostAsJsonAsync(interventions, new { type = "other" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PutAsJsonAsync($"{interventions}/{interventionId}", new { type = "other" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.DeleteAsync($"{interventions}/{interventionId}")).StatusCode);
        Assert.Equal(0, (await stranger.Client.GetFromJsonAsync<JsonElement>(Episodes)).GetProperty("totalCount").GetInt32());

        // An intervention is only reachable under its own episode.
        var otherEpisode = await IdOf(await owner.Client.PostAsJsonAsync(Episodes, ValidEpisode("mania")));
        Assert.Equal(HttpStatusCode.NotFound, (await owner.Client.DeleteAsync($"{Episodes}/{otherEpisode}/interventions/{interventionId}")).StatusCode);
        Assert.Equal("severeDepression", (await owner.Client.GetFromJsonAsync<JsonElement>($"{Episodes}/{id}")).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Interventions_are_listed_edited_and_deleted_under_their_episode()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var id = await IdOf(await user.Client.PostAsJsonAsync(Episodes, ValidEpisode("suicidalCrisis")));
        var interventions = $"{Episodes}/{id}/interventions";

        var created = await user.Client.PostAsJsonAsync(interventions,
            new { occurredAt = "2026-10-03T09:00:00Z", type = "called988", whoHelped = "Crisis line counsellor", effectiveness = 8, notes = "Stayed on 40 min" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var intervention = await created.ReadAsync<JsonElement>();
        var interventionId = intervention.GetProperty("id").GetGuid();
        Assert.Equal("called988", intervention.GetProperty("type").GetString());
        Assert.Equal($"{interventions}/{interventionId}", created.Headers.Location?.OriginalString);
        (await user.Client.PostAsJsonAsync(interventions, new { type = "skillsUsed", effectiveness = 5 })).EnsureSuccessStatusCode();

        var list = await user.Client.GetFromJsonAsync<JsonElement>(interventions);
        Assert.Equal(2, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(interventionId, list.GetProperty("items")[0].GetProperty("id").GetGuid());

        var updated = await user.Client.PutAsJsonAsync($"{interventions}/{interventionId}", new { type = "emergencyContact", effectiveness = 9 });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var edited = await updated.ReadAsync<JsonElement>();
        Assert.Equal("emergencyContact", edited.GetProperty("type").GetString());
        Assert.Equal(intervention.GetProperty("occurredAt").GetDateTimeOffset(), edited.GetProperty("occurredAt").GetDateTimeOffset());

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"{interventions}/{interventionId}")).StatusCode);
        Assert.Equal(1, (await user.Client.GetFromJsonAsync<JsonElement>(interventions)).GetProperty("totalCount").GetInt32());

        await using var db = fixture.CreateDbContext();
        var actions = await db.AuditEvents.Where(a => a.EntityId == interventionId.ToString() && a.EntityType == "crisis_intervention").Select(a => a.Action).ToListAsync();
        Assert.Equal(["created", "deleted", "updated"], actions.Order().ToArray());
    }

    [Theory]
    [InlineData("effectiveness", """{"type":"therapist","effectiveness":0}""")]
    [InlineData("effectiveness", """{"type":"therapist","effectiveness":11}""")]
    [InlineData("type", """{"type":"called_988"}""")]
    [InlineData("type", """{"whoHelped":"Jo"}""")]
    [InlineData("occurredAt", """{"type":"er","occurredAt":"2999-01-01T00:00:00Z"}""")]
    public async Task Bad_interventions_answer_400_naming_the_field(string field, string json)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var id = await IdOf(await user.Client.PostAsJsonAsync(Episodes, ValidEpisode()));

        var response = await user.Client.PostAsync($"{Episodes}/{id}/interventions", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertBadRequestNamingAsync(field);
    }

    [Fact]
    public async Task The_summary_counts_episodes_per_month_by_type_hours_and_hospitalizations()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        (await user.Client.PostAsJsonAsync(Episodes, new { type = "mania", startedAt = "2026-09-10T12:00:00Z", endedAt = "2026-09-11T12:00:00Z" })).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync(Episodes, new { type = "mania", startedAt = "2026-09-20T12:00:00Z", endedAt = "2026-09-20T18:00:00Z", hospitalized = true, hospitalName = "General" })).EnsureSuccessStatusCode();
        // 02:00 UTC on 1 October is still 30 September in New York.
        (await user.Client.PostAsJsonAsync(Episodes, new { type = "mixed", startedAt = "2026-10-01T02:00:00Z", endedAt = "2026-10-01T04:00:00Z" })).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync(Episodes, new { type = "hospitalization", startedAt = "2026-10-15T12:00:00Z", endedAt = "2026-10-16T00:00:00Z" })).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync(Episodes, new { type = "psychosis", startedAt = "2026-08-15T12:00:00Z", endedAt = "2026-08-16T00:00:00Z" })).EnsureSuccessStatusCode();

        var summary = await user.Client.GetFromJsonAsync<JsonElement>($"{Episodes}/summary?from=2026-09-01&to=2026-10-31");

        Assert.Equal(4, summary.GetProperty("totalEpisodes").GetInt32());
        Assert.Equal(24 + 6 + 2 + 12, summary.GetProperty("totalHours").GetDouble());
        Assert.Equal(2, summary.GetProperty("hospitalizations").GetInt32());
        var months = summary.GetProperty("months");
        Assert.Equal("2026-09", months[0].GetProperty("month").GetString());
        Assert.Equal(3, months[0].GetProperty("total").GetInt32());
        Assert.Equal("mania", months[0].GetProperty("byType")[0].GetProperty("type").GetString());
        Assert.Equal(2, months[0].GetProperty("byType")[0].GetProperty("count").GetInt32());
        Assert.Equal("2026-10", months[1].GetProperty("month").GetString());
        Assert.Equal(1, months[1].GetProperty("total").GetInt32());

        // The default period is the year to today; an ongoing episode counts up to now.
        (await user.Client.PostAsJsonAsync(Episodes, new { type = "severeDepression", startedAt = DateTimeOffset.UtcNow.AddHours(-3) })).EnsureSuccessStatusCode();
        var withOpen = await user.Client.GetFromJsonAsync<JsonElement>($"{Episodes}/summary");
        Assert.Equal(6, withOpen.GetProperty("totalEpisodes").GetInt32());
        Assert.InRange(withOpen.GetProperty("totalHours").GetDouble(), 44 + 12 + 2.9, 44 + 12 + 3.2);

        var stranger = await fixture.Api.RegisterAndSignInAsync();
        Assert.Equal(0, (await stranger.Client.GetFromJsonAsync<JsonElement>($"{Episodes}/summary?from=2026-09-01&to=2026-10-31")).GetProperty("totalEpisodes").GetInt32());
        await (await user.Client.GetAsync($"{Episodes}/summary?from=2026-10-31&to=2026-09-01")).AssertBadRequestNamingAsync("to");
    }
}
