using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Sanctum.IntegrationTests;

[Collection(SanctumCollection.Name)]
public sealed class SafetyScreenTests(SanctumFixture fixture)
{
    private const string Screen = "/api/v1/safety/screen";

    [Fact]
    public async Task An_ordinary_note_screens_as_none_with_no_resources_and_nothing_is_stored()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await using var db = fixture.CreateDbContext();
        var auditRows = await db.AuditEvents.CountAsync(a => a.SubjectUserId == user.Id);

        var response = await user.Client.PostAsJsonAsync(Screen, new { text = "Long day, but a good walk helped." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.ReadAsync<JsonElement>();
        Assert.Equal("none", result.GetProperty("risk").GetString());
        Assert.Equal(0, result.GetProperty("reasons").GetArrayLength());
        Assert.Equal(0, result.GetProperty("resources").GetArrayLength());
        Assert.Equal(auditRows, await db.AuditEvents.CountAsync(a => a.SubjectUserId == user.Id));
        Assert.False(await db.SafetyEvents.AnyAsync(e => e.UserId == user.Id));
    }

    [Fact]
    public async Task A_high_risk_statement_is_high_names_its_rules_and_lists_the_crisis_lines()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var response = await user.Client.PostAsJsonAsync(Screen, new { text = "I've been saving my pills. I want to k i l l myself" });

        var result = await response.ReadAsync<JsonElement>();
        Assert.Equal("high", result.GetProperty("risk").GetString());
        var reasons = result.GetProperty("reasons").EnumerateArray().ToList();
        Assert.Contains(reasons, r => r.GetProperty("rule").GetString() == "si.kill_self"
            && r.GetProperty("category").GetString() == "suicidalIdeation" && r.GetProperty("risk").GetString() == "high");
        Assert.Contains(reasons, r => r.GetProperty("rule").GetString() == "means.pills");
        Assert.All(reasons, r => Assert.False(r.TryGetProperty("matched", out _)));
        var resources = result.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("howToReach").GetString()).ToList();
        Assert.Contains(resources, r => r!.Contains("988"));
        Assert.Contains(resources, r => r!.Contains("HOME to 741741"));
        Assert.Contains(resources, r => r!.Contains("911"));
    }

    [Fact]
    public async Task A_negated_statement_is_low_without_resources_and_a_figure_of_speech_is_none()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var negated = await (await user.Client.PostAsJsonAsync(Screen, new { text = "I'm not going to hurt myself" })).ReadAsync<JsonElement>();
        Assert.Equal("low", negated.GetProperty("risk").GetString());
        Assert.Equal("negation", negated.GetProperty("reasons")[0].GetProperty("rule").GetString());
        Assert.Equal(0, negated.GetProperty("resources").GetArrayLength());

        var trap = await (await user.Client.PostAsJsonAsync(Screen, new { text = "This traffic is killing me" })).ReadAsync<JsonElement>();
        Assert.Equal("none", trap.GetProperty("risk").GetString());
        Assert.Equal(0, trap.GetProperty("resources").GetArrayLength());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("long")]
    public async Task Missing_blank_or_over_10000_character_text_is_a_400_naming_text(string? text)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        if (text == "long") text = new string('a', 10_001);

        var response = await user.Client.PostAsJsonAsync(Screen, new { text });

        await response.AssertBadRequestNamingAsync("text");
    }

    [Fact]
    public async Task Exactly_10000_characters_is_accepted()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var response = await user.Client.PostAsJsonAsync(Screen, new { text = new string('a', 10_000) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Screening_needs_sign_in()
    {
        var response = await fixture.Api.CreateClient().PostAsJsonAsync(Screen, new { text = "I want to die" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
