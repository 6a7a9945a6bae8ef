using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Sanctum.IntegrationTests;

/// <summary>
/// First saves of a record keyed by a unique index (one per day, one per name, one per email) arriving together:
/// every request is answered as if it came alone, and the database holds one record.
/// </summary>
[Collection(SanctumCollection.Name)]
public sealed class UniqueRaceTests(SanctumFixture fixture)
{
    private const int Concurrent = 8;
    private const string Day = "2026-10-05";

    private static Task<HttpResponseMessage[]> AllAtOnce(Func<int, Task<HttpResponseMessage>> send) =>
        Task.WhenAll(Enumerable.Range(0, Concurrent).Select(i => Task.Run(() => send(i))));

    private static async Task AssertAllSucceededAsync(HttpResponseMessage[] responses)
    {
        foreach (var response in responses)
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [InlineData("morning")]
    [InlineData("evening")]
    public async Task Concurrent_first_check_ins_for_one_day_all_succeed_and_make_one_baseline(string half)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        object Body(int i) => half == "morning" ? new { sleepHours = 6 + i % 3, morningMood = "stable" } : new { daySummary = $"Try {i}" };

        var responses = await AllAtOnce(i => user.Client.PutAsJsonAsync($"/api/v1/mood/baselines/{Day}/{half}", Body(i)));

        await AssertAllSucceededAsync(responses);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.DailyBaselines.CountAsync(b => b.UserId == user.Id && b.Date == DateOnly.Parse(Day)));
    }

    [Fact]
    public async Task Concurrent_first_saves_of_a_diary_card_all_succeed_and_make_one_card_and_one_safety_event()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var responses = await AllAtOnce(i => user.Client.PutAsJsonAsync($"/api/v1/dbt/cards/{Day}",
            new { suicidalThoughts = 4, notes = $"Try {i}", whyNoSkills = "Too tired" }));

        await AssertAllSucceededAsync(responses);
        await using var db = fixture.CreateDbContext();
        var card = await db.DiaryCards.SingleAsync(c => c.UserId == user.Id && c.Date == DateOnly.Parse(Day));
        Assert.Equal(1, await db.SafetyEvents.CountAsync(e => e.UserId == user.Id && e.SourceEntityId == card.Id));
        Assert.Equal(0, await db.SafetyEvents.CountAsync(e => e.UserId == user.Id && e.SourceEntityId != card.Id));
    }

    [Fact]
    public async Task Concurrent_adds_of_one_mood_state_make_one_and_answer_the_rest_as_repeats()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var responses = await AllAtOnce(_ => user.Client.PostAsJsonAsync("/api/v1/mood/states", new { name = "Foggy" }));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var repeat in responses.Where(r => r.StatusCode != HttpStatusCode.Created)) await repeat.AssertBadRequestNamingAsync("name");
        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.CustomMoodStates.CountAsync(s => s.UserId == user.Id));
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_email_make_one_account_and_answer_the_rest_409()
    {
        var email = ApiClient.NewEmail();
        var anonymous = fixture.Api.CreateClient();

        var responses = await AllAtOnce(_ => anonymous.PostAsJsonAsync("/api/v1/auth/register",
            new { email, password = ApiClient.Password, displayName = "Sam", timeZone = "Europe/London" }));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == email));
    }
}
