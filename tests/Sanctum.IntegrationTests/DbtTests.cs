using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Sanctum.IntegrationTests;

[Collection(SanctumCollection.Name)]
public sealed class DbtTests(SanctumFixture fixture)
{
    private const string Day = "2026-11-16";

    private static object Card(int suicidalThoughts = 1, bool suicidalPlan = false, bool selfHarmActed = false) => new
    {
        emotions = new Dictionary<string, int> { ["sadness"] = 3, ["joy"] = 1, ["Loneliness"] = 4 },
        targetBehaviours = new[] { new { name = "bingeing", urge = 4, acted = false }, new { name = "isolating", urge = 0, acted = true } },
        selfHarmUrge = 2,
        selfHarmActed,
        suicidalThoughts,
        suicidalPlan,
        medsAsPrescribed = true,
        sleepHours = 7.5,
        regularMeals = false,
        exerciseMinutes = 20,
        substances = "two coffees",
        notes = "Hard morning, better evening",
    };

    private static readonly object Tipp = new { module = "distressTolerance", skill = "TIPP", situation = "After the phone call", effectiveness = 7 };

    [Fact]
    public async Task A_card_is_saved_read_listed_and_replaced_for_its_day()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var saved = await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}", Card());

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var card = await saved.ReadAsync<JsonElement>();
        var id = card.GetProperty("id").GetGuid();
        Assert.Equal(Day, card.GetProperty("date").GetString());
        Assert.Equal(4, card.GetProperty("emotions").GetProperty("loneliness").GetInt32());
        var isolating = card.GetProperty("targetBehaviours")[1];
        Assert.Equal(0, isolating.GetProperty("urge").GetInt32());
        Assert.True(isolating.GetProperty("acted").GetBoolean());
        Assert.True(card.GetProperty("needsWhyNoSkills").GetBoolean());

        var replaced = await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}", new { whyNoSkills = "Forgot in the moment" });
        var second = await replaced.ReadAsync<JsonElement>();
        Assert.Equal(id, second.GetProperty("id").GetGuid());
        Assert.False(second.GetProperty("needsWhyNoSkills").GetBoolean());
        Assert.Empty(second.GetProperty("emotions").EnumerateObject());

        var read = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/dbt/cards/{Day}");
        Assert.Equal("Forgot in the moment", read.GetProperty("whyNoSkills").GetString());
        await user.Client.PutAsJsonAsync("/api/v1/dbt/cards/2026-11-10", Card());
        var list = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/dbt/cards?from=2026-11-11&to=2026-11-30");
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(Day, list.GetProperty("items")[0].GetProperty("date").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync("/api/v1/dbt/cards/2026-11-01")).StatusCode);

        await using var db = fixture.CreateDbContext();
        var actions = await db.AuditEvents.Where(a => a.EntityId == id.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["created", "updated"], actions);
    }

    [Fact]
    public async Task A_card_is_kept_private_when_asked_and_shared_by_default()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var card = await (await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}", Card())).ReadAsync<JsonElement>();
        Assert.False(card.GetProperty("isPrivate").GetBoolean());

        var marked = await (await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}", new { notes = "Just for me", isPrivate = true })).ReadAsync<JsonElement>();
        Assert.True(marked.GetProperty("isPrivate").GetBoolean());
        Assert.True((await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/dbt/cards/{Day}")).GetProperty("isPrivate").GetBoolean());
        var list = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/dbt/cards");
        Assert.True(list.GetProperty("items")[0].GetProperty("isPrivate").GetBoolean());
    }

    [Fact]
    public async Task Skills_are_added_edited_and_removed_on_a_card()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}", Card());

        var added = await user.Client.PostAsJsonAsync($"/api/v1/dbt/cards/{Day}/skills", Tipp);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var skillId = (await added.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/dbt/cards/{Day}/skills/{skillId}", added.Headers.Location?.OriginalString);

        var card = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/dbt/cards/{Day}");
        Assert.False(card.GetProperty("needsWhyNoSkills").GetBoolean());
        Assert.Equal("distressTolerance", card.GetProperty("skills")[0].GetProperty("module").GetString());

        var edited = await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}/skills/{skillId}",
            new { module = "emotionRegulation", skill = "Opposite action", effectiveness = 4 });
        Assert.Equal("Opposite action", (await edited.ReadAsync<JsonElement>()).GetProperty("skill").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.DeleteAsync($"/api/v1/dbt/cards/2026-11-15/skills/{skillId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"/api/v1/dbt/cards/{Day}/skills/{skillId}")).StatusCode);
        var after = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/dbt/cards/{Day}");
        Assert.True(after.GetProperty("needsWhyNoSkills").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.PostAsJsonAsync("/api/v1/dbt/cards/2026-11-01/skills", Tipp)).StatusCode);

        await using var db = fixture.CreateDbContext();
        var actions = await db.AuditEvents.Where(a => a.EntityId == skillId.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["created", "updated", "deleted"], actions);
    }

    [Fact]
    public async Task The_week_view_lays_out_the_paper_card()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}", Card());
        await user.Client.PostAsJsonAsync($"/api/v1/dbt/cards/{Day}/skills", Tipp);

        var week = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/dbt/weeks/2026-11-19");

        Assert.Equal(Day, week.GetProperty("weekStart").GetString());
        Assert.Equal(7, week.GetProperty("days").GetArrayLength());
        var sadness = week.GetProperty("emotions").EnumerateArray().Single(r => r.GetProperty("label").GetString() == "sadness");
        Assert.Equal(3, sadness.GetProperty("days")[0].GetDecimal());
        Assert.Equal(JsonValueKind.Null, sadness.GetProperty("days")[1].ValueKind);
        var distress = week.GetProperty("skillsByModule").EnumerateArray().Single(m => m.GetProperty("module").GetString() == "distressTolerance");
        Assert.Equal("TIPP", distress.GetProperty("uses")[0].GetProperty("skill").GetString());
        var monday = week.GetProperty("behaviour")[0];
        // TIPP at 7 and two resisted urges (bingeing 4, self-harm 2) are effective; isolating was acted on.
        Assert.Equal(3, monday.GetProperty("effective").GetInt32());
        Assert.Equal(1, monday.GetProperty("ineffective").GetInt32());
    }

    [Fact]
    public async Task Strong_suicidal_thoughts_a_plan_or_a_self_harm_act_raise_one_safety_event_per_source()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var saved = await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}", Card(suicidalThoughts: 4));
        var cardId = (await saved.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}", Card(suicidalThoughts: 4));
        await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}", Card(suicidalThoughts: 5, suicidalPlan: true, selfHarmActed: true));
        await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}", Card(suicidalThoughts: 5, suicidalPlan: true, selfHarmActed: true));

        await using var db = fixture.CreateDbContext();
        var events = await db.SafetyEvents.Where(e => e.UserId == user.Id).OrderBy(e => e.Source).ToListAsync();
        Assert.Equal(["dbt.self_harm_act", "dbt.suicidal_thoughts"], events.Select(e => e.Source));
        Assert.All(events, e =>
        {
            Assert.Equal(Core.Safety.RiskLevel.High, e.Risk);
            Assert.Equal("diary_card", e.SourceEntityType);
            Assert.Equal(cardId, e.SourceEntityId);
        });
    }

    [Fact]
    public async Task Milder_cards_raise_nothing()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}", Card(suicidalThoughts: 3));
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.SafetyEvents.AnyAsync(e => e.UserId == user.Id));
    }

    [Fact]
    public async Task Another_persons_cards_and_skills_answer_404()
    {
        var owner = await fixture.Api.RegisterAndSignInAsync();
        var stranger = await fixture.Api.RegisterAndSignInAsync();
        await owner.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}", Card());
        var added = await owner.Client.PostAsJsonAsync($"/api/v1/dbt/cards/{Day}/skills", Tipp);
        var skillId = (await added.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        // The stranger has a card on the same day, so only ownership keeps them out.
        await stranger.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}", Card());

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}/skills/{skillId}", Tipp)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.DeleteAsync($"/api/v1/dbt/cards/{Day}/skills/{skillId}")).StatusCode);
        var strangersCard = await stranger.Client.GetFromJsonAsync<JsonElement>($"/api/v1/dbt/cards/{Day}");
        Assert.Equal(0, strangersCard.GetProperty("skills").GetArrayLength());
        var week = await stranger.Client.GetFromJsonAsync<JsonElement>($"/api/v1/dbt/weeks/{Day}");
        Assert.Empty(week.GetProperty("skillsByModule").EnumerateArray().SelectMany(m => m.GetProperty("uses").EnumerateArray()));
        var ownersCard = await owner.Client.GetFromJsonAsync<JsonElement>($"/api/v1/dbt/cards/{Day}");
        Assert.Equal("TIPP", ownersCard.GetProperty("skills")[0].GetProperty("skill").GetString());
    }

    public static TheoryData<object, string> BadCards => new()
    {
        { new { emotions = new Dictionary<string, int> { ["sadness"] = 6 } }, "emotions.sadness" },
        { new { emotions = new Dictionary<string, int> { ["Joy"] = 1, ["joy "] = 2 } }, "emotions" },
        { new { targetBehaviours = new[] { new { name = "", urge = 1, acted = false } } }, "targetBehaviours[0].name" },
        { new { targetBehaviours = new[] { new { name = "bingeing", urge = 6, acted = false } } }, "targetBehaviours[0].urge" },
        { new { selfHarmUrge = -1 }, "selfHarmUrge" },
        { new { suicidalThoughts = 6 }, "suicidalThoughts" },
        { new { sleepHours = 25 }, "sleepHours" },
        { new { exerciseMinutes = 1441 }, "exerciseMinutes" },
        { new { selfHarmActed = "maybe" }, "selfHarmActed" },
    };

    [Theory]
    [MemberData(nameof(BadCards))]
    public async Task Bad_cards_answer_400_naming_the_field(object body, string field)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await (await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}", body)).AssertBadRequestNamingAsync(field);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/api/v1/dbt/cards/{Day}")).StatusCode);
    }

    [Fact]
    public async Task A_card_for_a_day_after_the_persons_today_is_refused()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("Pacific/Kiritimati");
        var tooLate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        await (await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{tooLate:yyyy-MM-dd}", Card())).AssertBadRequestNamingAsync("date");
        await (await user.Client.PutAsJsonAsync("/api/v1/dbt/cards/not-a-date", Card())).AssertBadRequestNamingAsync("date");
    }

    [Theory]
    [InlineData(null, "module")]
    [InlineData("cooking", "module")]
    public async Task Bad_skill_uses_answer_400_naming_the_field(string? module, string field)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}", Card());
        await (await user.Client.PostAsJsonAsync($"/api/v1/dbt/cards/{Day}/skills", new { module, skill = "TIPP" })).AssertBadRequestNamingAsync(field);
        await (await user.Client.PostAsJsonAsync($"/api/v1/dbt/cards/{Day}/skills", new { module = "mindfulness", skill = " " })).AssertBadRequestNamingAsync("skill");
        await (await user.Client.PostAsJsonAsync($"/api/v1/dbt/cards/{Day}/skills", new { module = "mindfulness", skill = "Observe", effectiveness = 11 })).AssertBadRequestNamingAsync("effectiveness");
        await (await user.Client.GetAsync("/api/v1/dbt/cards?from=2026-11-10&to=2026-11-01")).AssertBadRequestNamingAsync("to");
    }
}
