using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sanctum.Core.Compliance;
using Sanctum.Core.Persistence;
using Sanctum.Core.Skills;

namespace Sanctum.IntegrationTests;

[Collection(SanctumCollection.Name)]
public sealed class SkillsTests(SanctumFixture fixture)
{
    private static List<string> Keys(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()!).ToList();

    private static async Task LogSkillsAsync(TestUser user, string day, params (string Module, string Skill, int? Effectiveness)[] uses)
    {
        (await user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{day}", new { notes = "ok" })).EnsureSuccessStatusCode();
        foreach (var (module, skill, effectiveness) in uses)
            (await user.Client.PostAsJsonAsync($"/api/v1/dbt/cards/{day}/skills", new { module, skill, effectiveness })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task The_library_is_seeded_from_the_content_and_seeding_again_changes_nothing()
    {
        await using var db = fixture.CreateDbContext();
        Assert.Equal(SkillContent.All.Count, await db.Skills.CountAsync());

        // Edited content updates its row by key; the seeder puts the content back on the next start.
        var tipp = await db.Skills.SingleAsync(s => s.Key == "tipp");
        tipp.Summary = "changed by hand";
        await db.SaveChangesAsync();
        await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        await using var check = fixture.CreateDbContext();
        Assert.Equal(SkillContent.All.Single(s => s.Key == "tipp").Summary, (await check.Skills.SingleAsync(s => s.Key == "tipp")).Summary);
        Assert.Equal(0, await SkillSeeder.SeedAsync(check, CancellationToken.None));
    }

    [Fact]
    public async Task Full_text_search_finds_a_skill_by_what_it_asks_you_to_do_best_match_first()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var coldWater = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills?q=cold water");
        Assert.Equal("tipp", Keys(coldWater)[0]);

        var dearMan = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills?q=DEAR MAN");
        Assert.Equal("dear-man", Keys(dearMan)[0]);

        var nothing = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills?q=xylophone");
        Assert.Equal(0, nothing.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Skills_are_filtered_by_framework_and_category_and_paged()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var all = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills?pageSize=10");
        Assert.Equal(SkillContent.All.Count, all.GetProperty("totalCount").GetInt32());
        Assert.Equal(10, all.GetProperty("items").GetArrayLength());

        var distress = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills?framework=dbt&category=distress-tolerance&pageSize=100");
        var keys = Keys(distress);
        Assert.Contains("tipp", keys);
        Assert.DoesNotContain("dear-man", keys);
        Assert.All(distress.GetProperty("items").EnumerateArray(), i =>
        {
            Assert.Equal("dbt", i.GetProperty("framework").GetString());
            Assert.Equal("distress-tolerance", i.GetProperty("category").GetString());
        });

        var mbsr = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills?framework=MBSR&q=body");
        Assert.Contains("body-scan", Keys(mbsr));
        Assert.DoesNotContain("tipp", Keys(mbsr));
    }

    [Fact]
    public async Task A_skill_is_read_in_full_and_an_unknown_key_is_404()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var tipp = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills/tipp");
        Assert.Equal("TIPP", tipp.GetProperty("name").GetString());
        Assert.Equal("distress-tolerance", tipp.GetProperty("category").GetString());
        Assert.True(tipp.GetProperty("steps").GetArrayLength() >= 4);
        Assert.Contains("heart", tipp.GetProperty("cautions").GetString());
        Assert.Equal(JsonValueKind.Null, tipp.GetProperty("mine").ValueKind);

        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync("/api/v1/skills/no-such-skill")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.PutAsJsonAsync("/api/v1/skills/mine/no-such-skill", new { status = "learning" })).StatusCode);
    }

    [Fact]
    public async Task My_library_holds_saved_skills_and_skills_used_on_the_diary_card_with_their_average_effectiveness()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await LogSkillsAsync(user, "2026-11-16", ("distressTolerance", "TIPP", 8), ("interpersonalEffectiveness", "Dear Man", 5),
            ("mindfulness", "a walk", 9));
        await LogSkillsAsync(user, "2026-11-17", ("distressTolerance", "tip", 6), ("distressTolerance", "TIPP", null));

        var saved = await user.Client.PutAsJsonAsync("/api/v1/skills/mine/wise-mind", new { status = "learning" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("learning", (await saved.ReadAsync<JsonElement>()).GetProperty("status").GetString());
        var practising = await (await user.Client.PutAsJsonAsync("/api/v1/skills/mine/tipp", new { status = "practising" })).ReadAsync<JsonElement>();
        Assert.Equal(3, practising.GetProperty("practiceCount").GetInt32());
        Assert.Equal(7, practising.GetProperty("averageEffectiveness").GetDouble());

        var mine = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills/mine");
        Assert.Equal(["tipp", "wise-mind", "dear-man"], Keys(mine));
        var items = mine.GetProperty("items");
        Assert.Equal("practising", items[0].GetProperty("status").GetString());
        Assert.Equal(2, items[0].GetProperty("ratedCount").GetInt32());
        Assert.Equal(0, items[1].GetProperty("practiceCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("averageEffectiveness").ValueKind);
        Assert.False(items[2].GetProperty("saved").GetBoolean());
        Assert.Equal(JsonValueKind.Null, items[2].GetProperty("status").ValueKind);
        Assert.Equal(5, items[2].GetProperty("averageEffectiveness").GetDouble());

        var detail = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills/tipp");
        Assert.Equal("practising", detail.GetProperty("mine").GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync("/api/v1/skills/mine/wise-mind")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.DeleteAsync("/api/v1/skills/mine/wise-mind")).StatusCode);
        Assert.Equal(["tipp", "dear-man"], Keys(await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills/mine")));

        await using var db = fixture.CreateDbContext();
        var wiseMind = await db.UserSkills.CountAsync(u => u.UserId == user.Id && u.SkillKey == "wise-mind");
        Assert.Equal(0, wiseMind);
        var audited = await db.AuditEvents.Where(a => a.SubjectUserId == user.Id && a.EntityType == AuditNames.EntityType(typeof(UserSkill)))
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["created", "created", "deleted"], audited);
    }

    [Fact]
    public async Task Another_persons_library_is_invisible()
    {
        var owner = await fixture.Api.RegisterAndSignInAsync();
        var other = await fixture.Api.RegisterAndSignInAsync();
        await LogSkillsAsync(owner, "2026-11-16", ("distressTolerance", "STOP", 9));
        await owner.Client.PutAsJsonAsync("/api/v1/skills/mine/rain", new { status = "mastered" });

        var theirs = await other.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills/mine");
        Assert.Equal(0, theirs.GetProperty("totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, (await other.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills/rain")).GetProperty("mine").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.DeleteAsync("/api/v1/skills/mine/rain")).StatusCode);
        var suggestions = await other.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills/suggest?intensity=6&count=20");
        Assert.DoesNotContain(suggestions.GetProperty("items").EnumerateArray(), i => i.GetProperty("reason").GetString()!.Contains("for you before"));

        Assert.Equal(2, (await owner.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills/mine")).GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Api.CreateClient().GetAsync("/api/v1/skills/mine")).StatusCode);
    }

    [Fact]
    public async Task Suggestions_put_TIPP_first_at_9_and_a_thinking_skill_higher_at_3()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var high = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills/suggest?emotion=anxious&intensity=9&situation=after the call with my mum");
        var first = high.GetProperty("items")[0];
        Assert.Equal("tipp", first.GetProperty("key").GetString());
        Assert.Contains("calming your body", first.GetProperty("reason").GetString());
        Assert.Contains("988", high.GetProperty("safetyNote").GetString());
        Assert.Equal(JsonValueKind.Null, high.GetProperty("crisis").ValueKind);

        var low = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills/suggest?emotion=worried&intensity=3&situation=my exam tomorrow&count=20");
        var lowKeys = Keys(low);
        Assert.True(lowKeys.IndexOf("cognitive-restructuring") is >= 0 and var at && (lowKeys.IndexOf("tipp") is -1 || lowKeys.IndexOf("tipp") > at));
        Assert.Equal(JsonValueKind.Null, low.GetProperty("safetyNote").ValueKind);

        var people = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills/suggest?intensity=4&situation=I need to ask my boss for a day off");
        Assert.Equal(["dear-man", "fast", "give"], Keys(people).Take(3).Order());
    }

    [Fact]
    public async Task A_skill_the_person_rated_highly_ranks_up_and_the_reason_says_so()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        const string Query = "/api/v1/skills/suggest?emotion=sad&intensity=5&count=20";
        var before = Keys(await user.Client.GetFromJsonAsync<JsonElement>(Query));

        await LogSkillsAsync(user, "2026-11-16", ("emotionRegulation", "Loving kindness", 10));
        await LogSkillsAsync(user, "2026-11-18", ("emotionRegulation", "loving-kindness", 9));

        var after = await user.Client.GetFromJsonAsync<JsonElement>(Query);
        var afterKeys = Keys(after);
        Assert.True(afterKeys.IndexOf("loving-kindness") < (before.IndexOf("loving-kindness") is -1 ? int.MaxValue : before.IndexOf("loving-kindness")));
        var lovingKindness = after.GetProperty("items")[afterKeys.IndexOf("loving-kindness")];
        Assert.Contains("It has worked for you before: you rated it 9.5 out of 10 on average (twice).", lovingKindness.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Writing_about_risk_in_the_situation_brings_the_crisis_lines_back()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var response = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/skills/suggest?intensity=9&situation=I want to kill myself tonight");

        var crisis = response.GetProperty("crisis");
        Assert.Contains(crisis.GetProperty("risk").GetString(), new[] { "moderate", "high" });
        Assert.Contains(crisis.GetProperty("resources").EnumerateArray(), r => r.GetProperty("howToReach").GetString()!.Contains("988"));
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.SafetyEvents.AnyAsync(e => e.UserId == user.Id));
    }

    [Theory]
    [InlineData("/api/v1/skills/suggest", "intensity")]
    [InlineData("/api/v1/skills/suggest?intensity=11", "intensity")]
    [InlineData("/api/v1/skills/suggest?intensity=-1", "intensity")]
    [InlineData("/api/v1/skills/suggest?intensity=high", "intensity")]
    [InlineData("/api/v1/skills/suggest?intensity=5&count=0", "count")]
    [InlineData("/api/v1/skills?framework=freud", "framework")]
    [InlineData("/api/v1/skills?framework=1", "framework")]
    [InlineData("/api/v1/skills?category=astrology", "category")]
    [InlineData("/api/v1/skills?page=0", "page")]
    [InlineData("/api/v1/skills/mine?pageSize=1000", "pageSize")]
    public async Task Bad_queries_are_400s_naming_the_field(string uri, string field)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        await (await user.Client.GetAsync(uri)).AssertBadRequestNamingAsync(field);
    }

    [Fact]
    public async Task A_status_must_be_one_of_the_three()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        await (await user.Client.PutAsJsonAsync("/api/v1/skills/mine/tipp", new { })).AssertBadRequestNamingAsync("status");
        await (await user.Client.PutAsJsonAsync("/api/v1/skills/mine/tipp", new { status = "expert" })).AssertBadRequestNamingAsync("status");
    }
}
