using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sanctum.IntegrationTests;

[Collection(SanctumCollection.Name)]
public sealed class TimelineTests(SanctumFixture fixture)
{
    private const string Week = "/api/v1/timeline?from=2026-06-01&to=2026-06-07";

    /// <summary>New York is UTC-4 in June: local midnight of 1 June is 04:00Z, of 8 June is 2026-06-08T04:00Z.</summary>
    private const string NewYork = "America/New_York";

    private static async Task PostAsync(TestUser user, string path, object body) =>
        Assert.True((await user.Client.PostAsJsonAsync(path, body)).IsSuccessStatusCode, $"POST {path} failed");

    private static Task ShiftAsync(TestUser user, string at, string state, string functionality = "functional") =>
        PostAsync(user, "/api/v1/mood/shifts", new { occurredAt = at, currentState = state, intensity = 6, functionality });

    private static Task EpisodeAsync(TestUser user, string type, string startedAt, string? endedAt) =>
        PostAsync(user, "/api/v1/episodes", new { type, startedAt, endedAt });

    private static Task Phq9Async(TestUser user, string completedAt) =>
        PostAsync(user, "/api/v1/questionnaires/phq9", new { answers = new[] { 1, 1, 1, 1, 1, 0, 0, 0, 0 }, completedAt });

    /// <summary>A week of every kind of record, with ones just outside it (in local time) on both sides.</summary>
    private static async Task RecordAWeekAsync(TestUser user)
    {
        await ShiftAsync(user, "2026-06-01T03:30:00Z", "low");                   // 23:30 on 31 May locally: carried over
        await ShiftAsync(user, "2026-06-01T04:30:00Z", "anxious", "crisis");     // 00:30 on 1 June
        await ShiftAsync(user, "2026-06-01T10:00:00Z", "stable");
        await ShiftAsync(user, "2026-06-03T12:00:00Z", "crisis", "limited");
        await ShiftAsync(user, "2026-06-03T15:00:00Z", "low");
        await ShiftAsync(user, "2026-06-08T03:30:00Z", "elevated");              // 23:30 on 7 June: the last in range
        await ShiftAsync(user, "2026-06-08T04:30:00Z", "hypomanic");             // 00:30 on 8 June: outside

        await EpisodeAsync(user, "suicidalCrisis", "2026-06-05T10:00:00Z", "2026-06-05T18:00:00Z");
        await EpisodeAsync(user, "hypomania", "2026-06-07T20:00:00Z", null);      // ongoing, not a crisis type
        await EpisodeAsync(user, "severeDepression", "2026-05-01T00:00:00Z", "2026-06-01T03:00:00Z"); // ended before 1 June locally

        var medication = await user.Client.PostAsJsonAsync("/api/v1/me/medications", new { name = "Lamotrigine", dose = 100, unit = "mg" });
        var medicationId = (await medication.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        await PostAsync(user, $"/api/v1/medications/{medicationId}/changes", new { date = "2026-06-02", type = "doseIncreased", oldDose = 100, newDose = 150 });
        await PostAsync(user, $"/api/v1/medications/{medicationId}/changes", new { date = "2026-06-08", type = "doseIncreased", oldDose = 150, newDose = 200 });

        Assert.True((await user.Client.PutAsJsonAsync("/api/v1/dbt/cards/2026-06-04", new
        {
            targetBehaviours = new[] { new { name = "bingeing", urge = 4, acted = false }, new { name = "isolating", urge = 2, acted = true } },
            selfHarmUrge = 3,
            suicidalThoughts = 1,
        })).IsSuccessStatusCode);
        await PostAsync(user, "/api/v1/dbt/cards/2026-06-04/skills", new { module = "distressTolerance", skill = "TIPP", effectiveness = 7 });
        Assert.True((await user.Client.PutAsJsonAsync("/api/v1/dbt/cards/2026-06-08", new { selfHarmUrge = 0 })).IsSuccessStatusCode);

        await Phq9Async(user, "2026-06-01T03:00:00Z");                           // 23:00 on 31 May: outside
        await Phq9Async(user, "2026-06-08T03:00:00Z");                           // 23:00 on 7 June: inside
    }

    [Fact]
    public async Task A_week_shows_every_kind_of_record_within_the_local_days_oldest_first()
    {
        var user = await fixture.Api.RegisterAndSignInAsync(NewYork);
        await RecordAWeekAsync(user);

        var timeline = await user.Client.GetFromJsonAsync<JsonElement>(Week);

        Assert.Equal("2026-06-01", timeline.GetProperty("from").GetString());
        Assert.Equal("2026-06-07", timeline.GetProperty("to").GetString());
        Assert.Equal(NewYork, timeline.GetProperty("timeZone").GetString());
        Assert.Equal("low", timeline.GetProperty("carriedOverState").GetString());

        var shifts = timeline.GetProperty("shifts").EnumerateArray().ToList();
        Assert.Equal(["anxious", "stable", "crisis", "low", "elevated"], shifts.Select(s => s.GetProperty("state").GetString()));
        Assert.Equal("crisis", shifts[0].GetProperty("functionality").GetString());
        Assert.Equal(6, shifts[0].GetProperty("intensity").GetInt32());
        Assert.Equal(DateTimeOffset.Parse("2026-06-01T04:30:00Z"), shifts[0].GetProperty("occurredAt").GetDateTimeOffset());

        var crisis = timeline.GetProperty("crisisPeriods").EnumerateArray()
            .Select(p => (p.GetProperty("start").GetDateTimeOffset(), p.GetProperty("end").GetDateTimeOffset(), p.GetProperty("reason").GetString()))
            .ToList();
        Assert.Equal(
        [
            (DateTimeOffset.Parse("2026-06-01T04:30:00Z"), DateTimeOffset.Parse("2026-06-01T10:00:00Z"), "functioning"),
            (DateTimeOffset.Parse("2026-06-03T12:00:00Z"), DateTimeOffset.Parse("2026-06-03T15:00:00Z"), "moodState"),
            (DateTimeOffset.Parse("2026-06-05T10:00:00Z"), DateTimeOffset.Parse("2026-06-05T18:00:00Z"), "suicidalCrisisEpisode"),
        ], crisis);

        Assert.Equal(["suicidalCrisis", "hypomania"], timeline.GetProperty("episodes").EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(JsonValueKind.Null, timeline.GetProperty("episodes")[1].GetProperty("endedAt").ValueKind);

        var change = Assert.Single(timeline.GetProperty("medicationChanges").EnumerateArray());
        Assert.Equal("Lamotrigine", change.GetProperty("medicationName").GetString());
        Assert.Equal("2026-06-02", change.GetProperty("changedAt").GetString());
        Assert.Equal("doseIncreased", change.GetProperty("changeType").GetString());
        Assert.Equal(100, change.GetProperty("oldDose").GetDecimal());
        Assert.Equal(150, change.GetProperty("newDose").GetDecimal());

        var card = Assert.Single(timeline.GetProperty("diaryCards").EnumerateArray());
        Assert.Equal("2026-06-04", card.GetProperty("date").GetString());
        Assert.Equal(1, card.GetProperty("skillsUsed").GetInt32());
        Assert.Equal(4, card.GetProperty("highestUrge").GetInt32());
        Assert.Equal(3, card.GetProperty("selfHarmUrge").GetInt32());

        var phq9 = Assert.Single(timeline.GetProperty("questionnaires").EnumerateArray());
        Assert.Equal("phq9", phq9.GetProperty("instrument").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-06-08T03:00:00Z"), phq9.GetProperty("takenAt").GetDateTimeOffset());
        Assert.Equal(5, phq9.GetProperty("totalScore").GetDecimal());
        Assert.False(string.IsNullOrEmpty(phq9.GetProperty("band").GetString()));
    }

    [Fact]
    public async Task The_state_carried_into_a_range_shades_a_crisis_from_its_first_moment()
    {
        var user = await fixture.Api.RegisterAndSignInAsync(NewYork);
        await ShiftAsync(user, "2026-05-20T12:00:00Z", "crisis");
        await ShiftAsync(user, "2026-06-02T12:00:00Z", "stable");

        var timeline = await user.Client.GetFromJsonAsync<JsonElement>(Week);

        Assert.Equal("crisis", timeline.GetProperty("carriedOverState").GetString());
        var period = Assert.Single(timeline.GetProperty("crisisPeriods").EnumerateArray());
        Assert.Equal(DateTimeOffset.Parse("2026-06-01T04:00:00Z"), period.GetProperty("start").GetDateTimeOffset());
        Assert.Equal(DateTimeOffset.Parse("2026-06-02T12:00:00Z"), period.GetProperty("end").GetDateTimeOffset());

        var before = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/timeline?from=2026-05-01&to=2026-05-07");
        Assert.Equal(JsonValueKind.Null, before.GetProperty("carriedOverState").ValueKind);
        Assert.Empty(before.GetProperty("shifts").EnumerateArray());
    }

    [Fact]
    public async Task Another_persons_records_never_appear()
    {
        var owner = await fixture.Api.RegisterAndSignInAsync(NewYork);
        await RecordAWeekAsync(owner);
        var stranger = await fixture.Api.RegisterAndSignInAsync(NewYork);

        var timeline = await stranger.Client.GetFromJsonAsync<JsonElement>(Week);

        Assert.Equal(JsonValueKind.Null, timeline.GetProperty("carriedOverState").ValueKind);
        foreach (var list in new[] { "shifts", "crisisPeriods", "episodes", "medicationChanges", "diaryCards", "questionnaires" })
            Assert.Empty(timeline.GetProperty(list).EnumerateArray());
    }

    [Fact]
    public async Task By_default_it_covers_the_seven_days_ending_today_in_the_persons_zone()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("Pacific/Kiritimati");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati")).DateTime);

        var timeline = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/timeline");

        Assert.Equal(today.ToString("yyyy-MM-dd"), timeline.GetProperty("to").GetString());
        Assert.Equal(today.AddDays(-6).ToString("yyyy-MM-dd"), timeline.GetProperty("from").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Api.CreateClient().GetAsync("/api/v1/timeline")).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/timeline?from=2026-01-01&to=2027-01-02", "to")]
    [InlineData("/api/v1/timeline?from=2026-03-01&to=2026-02-01", "to")]
    [InlineData("/api/v1/timeline?from=soon", "from")]
    [InlineData("/api/v1/timeline?from=2026-03-01&to=2026-13-01", "to")]
    public async Task Bad_ranges_answer_400_naming_the_field(string url, string field)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await (await user.Client.GetAsync(url)).AssertBadRequestNamingAsync(field);
    }

    [Fact]
    public async Task A_whole_leap_year_is_allowed()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/api/v1/timeline?from=2028-01-01&to=2028-12-31")).StatusCode);
    }
}
