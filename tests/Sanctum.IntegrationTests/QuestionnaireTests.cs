using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Sanctum.IntegrationTests;

[Collection(SanctumCollection.Name)]
public sealed class QuestionnaireTests(SanctumFixture fixture)
{
    private static readonly int[] CalmPhq9 = [1, 1, 1, 1, 1, 1, 0, 0, 0];

    [Fact]
    public async Task A_PHQ9_is_scored_banded_and_kept_in_history()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var created = await user.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9", new { answers = CalmPhq9 });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var result = await created.ReadAsync<JsonElement>();
        var id = result.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/questionnaires/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("phq9", result.GetProperty("instrument").GetString());
        Assert.Equal(6, result.GetProperty("score").GetDecimal());
        Assert.Equal("mild", result.GetProperty("band").GetProperty("key").GetString());
        Assert.False(result.GetProperty("followUp").GetBoolean());
        Assert.False(result.GetProperty("offerCssrs").GetBoolean());
        Assert.Equal(0, result.GetProperty("crisisResources").GetArrayLength());

        var read = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/questionnaires/{id}");
        Assert.Equal(6, read.GetProperty("score").GetDecimal());
        var history = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/questionnaires?instrument=phq9&pageSize=5");
        Assert.Equal(1, history.GetProperty("totalCount").GetInt32());
        var none = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/questionnaires?instrument=gad7");
        Assert.Equal(0, none.GetProperty("totalCount").GetInt32());

        await using var db = fixture.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.EntityId == id.ToString() && a.Action == "created" && a.EntityType == "questionnaire_response"));
        Assert.False(await db.SafetyEvents.AnyAsync(e => e.UserId == user.Id));
    }

    [Fact]
    public async Task PHQ9_item_9_returns_crisis_resources_offers_the_CSSRS_and_raises_a_safety_event()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var created = await user.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9", new { answers = new[] { 0, 0, 0, 0, 0, 0, 0, 0, 1 } });

        var result = await created.ReadAsync<JsonElement>();
        Assert.Equal(1, result.GetProperty("score").GetDecimal());
        Assert.Equal("minimal", result.GetProperty("band").GetProperty("key").GetString());
        Assert.True(result.GetProperty("followUp").GetBoolean());
        Assert.True(result.GetProperty("offerCssrs").GetBoolean());
        var resources = result.GetProperty("crisisResources").EnumerateArray().Select(r => r.GetProperty("howToReach").GetString()).ToList();
        Assert.Contains(resources, r => r!.Contains("988"));
        Assert.Contains(resources, r => r!.Contains("HOME to 741741"));
        Assert.Contains(resources, r => r!.Contains("911"));

        await using var db = fixture.CreateDbContext();
        var safety = await db.SafetyEvents.SingleAsync(e => e.UserId == user.Id);
        Assert.Equal("phq9.item9", safety.Source);
        Assert.Equal(Core.Safety.RiskLevel.High, safety.Risk);
        Assert.Equal("questionnaire_response", safety.SourceEntityType);
        Assert.Equal(result.GetProperty("id").GetGuid(), safety.SourceEntityId);
        Assert.Null(safety.HandledAt);
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1, 0, 0, 0 }, null, "moderate", "Moderate")]
    [InlineData(new[] { 1, 1, 0, 0, 0, 1 }, true, "high", "High")]
    public async Task A_CSSRS_moderate_or_high_result_raises_a_safety_event(int[] answers, bool? within, string band, string risk)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var created = await user.Client.PostAsJsonAsync("/api/v1/questionnaires/cssrs",
            new { answers, behaviourWithinThreeMonths = within });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var result = await created.ReadAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, result.GetProperty("score").ValueKind);
        Assert.Equal(band, result.GetProperty("band").GetProperty("key").GetString());
        Assert.True(result.GetProperty("followUp").GetBoolean());
        Assert.Equal(3, result.GetProperty("crisisResources").GetArrayLength());

        await using var db = fixture.CreateDbContext();
        var safety = await db.SafetyEvents.SingleAsync(e => e.UserId == user.Id);
        Assert.Equal("cssrs", safety.Source);
        Assert.Equal(risk, safety.Risk.ToString());
    }

    [Fact]
    public async Task A_CSSRS_low_result_and_the_skipped_questions_raise_nothing()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var created = await user.Client.PostAsJsonAsync("/api/v1/questionnaires/cssrs",
            new { answers = new int?[] { 1, 0, null, null, null, 0 } });

        var result = await created.ReadAsync<JsonElement>();
        Assert.Equal("low", result.GetProperty("band").GetProperty("key").GetString());
        Assert.False(result.GetProperty("followUp").GetBoolean());
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.SafetyEvents.AnyAsync(e => e.UserId == user.Id));
    }

    [Fact]
    public async Task An_ASRM_with_one_missing_answer_is_prorated()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var created = await user.Client.PostAsJsonAsync("/api/v1/questionnaires/asrm", new { answers = new int?[] { 2, 1, 1, null, 1 } });
        var result = await created.ReadAsync<JsonElement>();
        Assert.Equal(6.25m, result.GetProperty("score").GetDecimal());
        Assert.Equal("probable_mania", result.GetProperty("band").GetProperty("key").GetString());
    }

    [Fact]
    public async Task The_trend_lists_scores_oldest_first_within_the_dates()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        await user.Client.PostAsJsonAsync("/api/v1/questionnaires/gad7", new { answers = new[] { 3, 3, 3, 3, 0, 0, 0 }, completedAt = "2026-11-02T15:00:00Z" });
        await user.Client.PostAsJsonAsync("/api/v1/questionnaires/gad7", new { answers = new[] { 1, 1, 1, 0, 0, 0, 0 }, completedAt = "2026-11-09T15:00:00Z" });
        // 02:00 UTC on the 16th is still the 15th in New York.
        await user.Client.PostAsJsonAsync("/api/v1/questionnaires/gad7", new { answers = new[] { 0, 0, 0, 0, 0, 0, 0 }, completedAt = "2026-11-16T02:00:00Z" });

        var trend = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/questionnaires/gad7/trend?from=2026-11-01&to=2026-11-15");

        var points = trend.EnumerateArray().ToList();
        Assert.Equal(3, points.Count);
        Assert.Equal([12m, 3m, 0m], points.Select(p => p.GetProperty("score").GetDecimal()));
        Assert.Equal(["moderate", "minimal", "minimal"], points.Select(p => p.GetProperty("band").GetString()));
        Assert.Equal("2026-11-15", points[2].GetProperty("date").GetString());
        var earlier = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/questionnaires/gad7/trend?from=2026-11-01&to=2026-11-08");
        Assert.Equal(1, earlier.GetArrayLength());
    }

    [Fact]
    public async Task The_instruments_are_described_for_the_Web()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var instruments = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/questionnaires/instruments");
        var phq9 = instruments.EnumerateArray().Single(i => i.GetProperty("instrument").GetString() == "phq9");
        Assert.Equal(9, phq9.GetProperty("items").GetArrayLength());
        Assert.Equal(4, phq9.GetProperty("options").GetArrayLength());
        Assert.Equal(5, phq9.GetProperty("bands").GetArrayLength());
        Assert.Equal(4, instruments.GetArrayLength());
    }

    [Fact]
    public async Task Another_persons_response_answers_404()
    {
        var owner = await fixture.Api.RegisterAndSignInAsync();
        var stranger = await fixture.Api.RegisterAndSignInAsync();
        var created = await owner.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9", new { answers = CalmPhq9 });
        var id = (await created.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/api/v1/questionnaires/{id}")).StatusCode);
        var history = await stranger.Client.GetFromJsonAsync<JsonElement>("/api/v1/questionnaires");
        Assert.Equal(0, history.GetProperty("totalCount").GetInt32());
        var trend = await stranger.Client.GetFromJsonAsync<JsonElement>("/api/v1/questionnaires/phq9/trend");
        Assert.Equal(0, trend.GetArrayLength());
    }

    public static TheoryData<string, object, string> BadSubmissions => new()
    {
        { "phq9", new { answers = new[] { 0, 0, 0, 0, 0, 0, 0, 0 } }, "answers" },
        { "phq9", new { answers = new[] { 0, 0, 0, 0, 0, 0, 0, 0, 4 } }, "answers[8]" },
        { "gad7", new { answers = new int?[] { 0, 0, null, 0, 0, 0, 0 } }, "answers[2]" },
        { "asrm", new { answers = new[] { 0, 0, 0, 0, 5 } }, "answers[4]" },
        { "cssrs", new { answers = new int?[] { 0, 0, 1, null, null, 0 } }, "answers[2]" },
        { "cssrs", new { answers = new[] { 0, 0, 0, 0, 0, 1 } }, "answers[2]" },
        { "cssrs", new { answers = new int?[] { 0, 0, null, null, null, 1 } }, "behaviourWithinThreeMonths" },
        { "phq9", new { answers = new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0 }, completedAt = "2999-01-01T00:00:00Z" }, "completedAt" },
        { "phq9", new { answers = "none" }, "answers" },
    };

    [Theory]
    [MemberData(nameof(BadSubmissions))]
    public async Task Bad_answers_answer_400_naming_the_field_and_store_nothing(string instrument, object body, string field)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await (await user.Client.PostAsJsonAsync($"/api/v1/questionnaires/{instrument}", body)).AssertBadRequestNamingAsync(field);
        var history = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/questionnaires");
        Assert.Equal(0, history.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/questionnaires?instrument=beck", "instrument")]
    [InlineData("/api/v1/questionnaires?from=2026-11-10&to=2026-11-01", "to")]
    [InlineData("/api/v1/questionnaires?pageSize=0", "pageSize")]
    [InlineData("/api/v1/questionnaires/phq9/trend?from=someday", "from")]
    public async Task Bad_queries_answer_400_naming_the_parameter(string url, string field)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await (await user.Client.GetAsync(url)).AssertBadRequestNamingAsync(field);
    }

    [Fact]
    public async Task An_unknown_instrument_is_not_found()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.PostAsJsonAsync("/api/v1/questionnaires/beck", new { answers = CalmPhq9 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Api.CreateClient().GetAsync("/api/v1/questionnaires")).StatusCode);
    }
}
