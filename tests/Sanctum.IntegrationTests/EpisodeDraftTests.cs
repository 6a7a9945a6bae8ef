using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sanctum.Core.Episodes;
using Sanctum.Core.Persistence;
using Sanctum.Core.Safety;

namespace Sanctum.IntegrationTests;

/// <summary>
/// Crisis drafts: <see cref="EpisodeDrafts.DraftForCrisisAsync"/> called as the crisis job calls it (the Api's own
/// DbContext, so drafts are audited), then kept, filled in or dismissed through the Api.
/// </summary>
[Collection(SanctumCollection.Name)]
public sealed class EpisodeDraftTests(SanctumFixture fixture)
{
    private const string Episodes = "/api/v1/episodes";
    private const string Drafts = "/api/v1/episodes/drafts";

    // Postgres keeps microseconds; a whole second keeps round trips exact.
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    [Fact]
    public async Task A_detected_crisis_drafts_one_episode_kept_out_of_lists_summary_and_timeline_until_the_person_keeps_it()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var safetyEvent = await SaveEventAsync(user.Id, Now.AddHours(-1));

        var draft = await DraftAsync(safetyEvent);
        Assert.NotNull(draft);
        Assert.Null(await DraftAsync(safetyEvent));

        var drafts = await user.Client.GetFromJsonAsync<JsonElement>($"{Drafts}?page=1&pageSize=5");
        var listed = Assert.Single(drafts.GetProperty("items").EnumerateArray());
        Assert.Equal(draft.Id, listed.GetProperty("id").GetGuid());
        Assert.Equal("draft", listed.GetProperty("status").GetString());
        Assert.Equal("suicidalCrisis", listed.GetProperty("type").GetString());
        Assert.Equal(safetyEvent.OccurredAt, listed.GetProperty("startedAt").GetDateTimeOffset());
        Assert.True(listed.GetProperty("ongoing").GetBoolean());
        Assert.Equal(EpisodeDrafts.Note, listed.GetProperty("notes").GetString());
        await AssertClinicalViewsShowAsync(user, episodes: 0);

        await using (var db = fixture.CreateDbContext())
        {
            var audit = await db.AuditEvents.SingleAsync(a => a.EntityId == draft.Id.ToString());
            Assert.Equal(("created", "episode", user.Id), (audit.Action, audit.EntityType, audit.SubjectUserId));
        }

        var kept = await user.Client.PostAsync($"{Episodes}/{draft.Id}/confirm", null);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal("confirmed", (await kept.ReadAsync<JsonElement>()).GetProperty("status").GetString());
        await AssertClinicalViewsShowAsync(user, episodes: 1);
        Assert.Equal(0, (await user.Client.GetFromJsonAsync<JsonElement>(Drafts)).GetProperty("totalCount").GetInt32());

        // Only drafts can be kept or dismissed; a kept one is edited and deleted like any other episode.
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.PostAsync($"{Episodes}/{draft.Id}/confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.DeleteAsync($"{Drafts}/{draft.Id}")).StatusCode);
        (await user.Client.PutAsJsonAsync($"{Episodes}/{draft.Id}", new { type = "suicidalCrisis", startedAt = Now.AddHours(-1) }))
            .EnsureSuccessStatusCode();

        // The crisis already raised its safety event: keeping and editing the record raise no second one, so alerts fire once.
        await using (var db = fixture.CreateDbContext())
            Assert.Equal(safetyEvent.Id, (await db.SafetyEvents.SingleAsync(e => e.UserId == user.Id)).Id);
    }

    [Fact]
    public async Task Keeping_a_draft_with_details_validates_them_like_an_edit()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var draft = (await DraftAsync(await SaveEventAsync(user.Id, Now.AddHours(-3))))!;
        var confirm = $"{Episodes}/{draft.Id}/confirm";

        await (await user.Client.PostAsJsonAsync(confirm, new { type = "suicidalCrisis", startedAt = Now, endedAt = Now.AddHours(-1) }))
            .AssertBadRequestNamingAsync("endedAt");
        await (await user.Client.PostAsJsonAsync(confirm, new { type = "suicidalCrisis", startedAt = Now.AddDays(1) }))
            .AssertBadRequestNamingAsync("startedAt");
        await (await user.Client.PostAsJsonAsync(confirm, new { startedAt = Now })).AssertBadRequestNamingAsync("type");
        Assert.Equal("draft", (await user.Client.GetFromJsonAsync<JsonElement>($"{Episodes}/{draft.Id}")).GetProperty("status").GetString());

        var kept = await user.Client.PostAsJsonAsync(confirm, new
        {
            type = "suicidalCrisis", startedAt = Now.AddHours(-4), endedAt = Now.AddHours(-1), whatIDid = new[] { "called 988" },
            notes = "Rough night",
        });
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        var episode = await kept.ReadAsync<JsonElement>();
        Assert.Equal("confirmed", episode.GetProperty("status").GetString());
        Assert.Equal(Now.AddHours(-4), episode.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal("called 988", episode.GetProperty("whatIDid")[0].GetString());
        Assert.Equal("Rough night", episode.GetProperty("notes").GetString());

        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.SafetyEvents.CountAsync(e => e.UserId == user.Id));
    }

    [Fact]
    public async Task Dismissing_deletes_a_draft_and_only_a_draft()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var draft = (await DraftAsync(await SaveEventAsync(user.Id, Now.AddMinutes(-10))))!;
        var logged = await user.Client.PostAsJsonAsync(Episodes, new { type = "mania", startedAt = Now.AddDays(-3) });
        var loggedId = (await logged.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.DeleteAsync($"{Drafts}/{loggedId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"{Drafts}/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"{Episodes}/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync($"{Episodes}/{loggedId}")).StatusCode);

        await using var db = fixture.CreateDbContext();
        Assert.Contains("deleted", await db.AuditEvents.Where(a => a.EntityId == draft.Id.ToString()).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task Another_persons_draft_answers_404()
    {
        var owner = await fixture.Api.RegisterAndSignInAsync();
        var stranger = await fixture.Api.RegisterAndSignInAsync();
        var draft = (await DraftAsync(await SaveEventAsync(owner.Id, Now.AddHours(-1))))!;

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"{Episodes}/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PostAsync($"{Episodes}/{draft.Id}/confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await stranger.Client.PostAsJsonAsync($"{Episodes}/{draft.Id}/confirm", new { type = "mania", startedAt = Now })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.DeleteAsync($"{Drafts}/{draft.Id}")).StatusCode);
        Assert.Equal(0, (await stranger.Client.GetFromJsonAsync<JsonElement>(Drafts)).GetProperty("totalCount").GetInt32());
        Assert.Equal("draft", (await owner.Client.GetFromJsonAsync<JsonElement>($"{Episodes}/{draft.Id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task No_draft_for_an_event_an_episode_raised_or_below_moderate_risk()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var created = await user.Client.PostAsJsonAsync(Episodes, new { type = "suicidalCrisis", startedAt = Now.AddDays(-3), endedAt = Now.AddDays(-2) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        SafetyEvent fromEpisode;
        await using (var db = fixture.CreateDbContext()) fromEpisode = await db.SafetyEvents.SingleAsync(e => e.UserId == user.Id);
        Assert.Equal(EpisodeDrafts.EpisodeSource, fromEpisode.SourceEntityType);

        Assert.Null(await DraftAsync(fromEpisode));
        Assert.Null(await DraftAsync(await SaveEventAsync(user.Id, Now.AddHours(-1), RiskLevel.Low)));
        Assert.NotNull(await DraftAsync(await SaveEventAsync(user.Id, Now.AddHours(-1), RiskLevel.Moderate)));
    }

    /// <summary>What the person already has when the crisis is detected (an hour ago), and whether a draft is still made.</summary>
    [Theory]
    [InlineData("suicidalCrisis", -72, null, false, false)] // an open crisis, however long ago it started
    [InlineData("suicidalCrisis", -20, -10, false, false)] // a crisis that started within the day
    [InlineData("suicidalCrisis", -72, -20, false, false)] // a crisis still going within the day
    [InlineData("suicidalCrisis", -2, null, true, false)] // a draft for an earlier event in the same crisis
    [InlineData("suicidalCrisis", 0, null, false, false)] // one the person logged after the event, before the job ran
    [InlineData("suicidalCrisis", -96, -48, false, true)] // an earlier crisis, over before the day began
    [InlineData("severeDepression", -2, null, false, true)] // not a crisis episode
    public async Task No_second_draft_while_the_person_has_a_crisis_episode_open_or_within_the_day(
        string type, int startHours, int? endHours, bool existingIsDraft, bool drafts)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await using (var db = fixture.CreateDbContext())
        {
            db.Episodes.Add(new Episode
            {
                UserId = user.Id,
                Status = existingIsDraft ? EpisodeStatus.Draft : EpisodeStatus.Confirmed,
                Type = type == "suicidalCrisis" ? EpisodeType.SuicidalCrisis : EpisodeType.SevereDepression,
                StartedAt = Now.AddHours(startHours),
                EndedAt = endHours is { } end ? Now.AddHours(end) : null,
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal(drafts, await DraftAsync(await SaveEventAsync(user.Id, Now.AddHours(-1))) is not null);
    }

    [Fact]
    public async Task A_draft_never_starts_after_now_and_two_concurrent_runs_save_one_draft()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var safetyEvent = await SaveEventAsync(user.Id, Now.AddMinutes(5));

        using var firstScope = fixture.Api.Services.CreateScope();
        using var secondScope = fixture.Api.Services.CreateScope();
        var first = firstScope.ServiceProvider.GetRequiredService<SanctumDbContext>();
        var second = secondScope.ServiceProvider.GetRequiredService<SanctumDbContext>();
        var draft = await EpisodeDrafts.DraftForCrisisAsync(first, safetyEvent, Now, CancellationToken.None);
        Assert.NotNull(await EpisodeDrafts.DraftForCrisisAsync(second, safetyEvent, Now, CancellationToken.None));
        Assert.Equal(Now, draft!.StartedAt);

        await first.SaveChangesAsync();
        var lost = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
        Assert.Contains("ix_episodes_safety_event_id", lost.InnerException?.Message);
    }

    [Fact]
    public async Task A_crisis_found_in_a_private_record_drafts_a_private_episode()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        async Task<SafetyEvent> RaisedByAsync(object shift)
        {
            var response = await user.Client.PostAsJsonAsync("/api/v1/mood/shifts", shift);
            var id = (await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
            await using var db = fixture.CreateDbContext();
            return await db.SafetyEvents.SingleAsync(e => e.SourceEntityId == id);
        }

        var kept = await RaisedByAsync(new { currentState = "low", intensity = 8, notes = "I want to kill myself tonight", isPrivate = true });
        Assert.True((await DraftAsync(kept))!.IsPrivate);
        var drafts = await user.Client.GetFromJsonAsync<JsonElement>(Drafts);
        Assert.True(drafts.GetProperty("items")[0].GetProperty("isPrivate").GetBoolean());

        var other = await fixture.Api.RegisterAndSignInAsync();
        var shared = await other.Client.PostAsJsonAsync("/api/v1/mood/shifts", new { currentState = "low", intensity = 8, notes = "I want to kill myself tonight" });
        var sharedId = (await shared.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        await using var read = fixture.CreateDbContext();
        Assert.False((await DraftAsync(await read.SafetyEvents.SingleAsync(e => e.SourceEntityId == sharedId)))!.IsPrivate);
    }

    private async Task AssertClinicalViewsShowAsync(TestUser user, int episodes)
    {
        Assert.Equal(episodes, (await user.Client.GetFromJsonAsync<JsonElement>(Episodes)).GetProperty("totalCount").GetInt32());
        Assert.Equal(episodes, (await user.Client.GetFromJsonAsync<JsonElement>($"{Episodes}/summary")).GetProperty("totalEpisodes").GetInt32());
        var timeline = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/timeline");
        Assert.Equal(episodes, timeline.GetProperty("episodes").GetArrayLength());
        Assert.Equal(episodes, timeline.GetProperty("crisisPeriods").GetArrayLength());
    }

    private async Task<SafetyEvent> SaveEventAsync(Guid userId, DateTimeOffset occurredAt, RiskLevel risk = RiskLevel.High)
    {
        await using var db = fixture.CreateDbContext();
        var safetyEvent = db.SafetyEvents.Add(new SafetyEvent
        {
            UserId = userId,
            OccurredAt = occurredAt,
            Source = "screening.mood_shift",
            Risk = risk,
            Reason = "A note matched a crisis rule.",
            SourceEntityType = "mood_shift",
            SourceEntityId = Guid.NewGuid(),
        }).Entity;
        await db.SaveChangesAsync();
        return safetyEvent;
    }

    /// <summary>As the crisis job does: the draft joins the caller's unit of work, and the caller saves.</summary>
    private async Task<Episode?> DraftAsync(SafetyEvent safetyEvent)
    {
        using var scope = fixture.Api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SanctumDbContext>();
        var draft = await EpisodeDrafts.DraftForCrisisAsync(db, safetyEvent, Now, CancellationToken.None);
        await db.SaveChangesAsync();
        return draft;
    }
}
