using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Notifications;

namespace Sanctum.IntegrationTests;

/// <summary>
/// The safety net end to end: a high-risk mood note answers with the crisis override and, through the outbox and the
/// real Workers, emails the opted-in contact once in 24 h and no one else.
/// </summary>
[Collection(SanctumCollection.Name)]
public sealed class CrisisAlertTests(SanctumFixture fixture)
{
    private const string Shifts = AlertSetup.Shifts;
    private const string Rules = AlertSetup.Rules;
    // The marker word shows whether any of what the person wrote leaks into a response or an email.
    private const string Marker = "marmalade";
    private const string HighRiskNote = $"The {Marker} sky again. I want to kill myself tonight";

    [Fact]
    public async Task A_high_risk_mood_note_emails_the_opted_in_contact_once_in_24_hours_and_no_one_else()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var sam = await AddContactAsync(user, "Sam Friend", optIn: true);
        var alex = await AddContactAsync(user, "Alex Cousin", optIn: true);

        // Only the caller's own opted-in contacts can be named.
        var stranger = await AddContactAsync(await fixture.Api.RegisterAndSignInAsync(), "Stranger", optIn: true);
        await (await user.Client.PostAsJsonAsync(Rules, Rule(sam.Id, stranger.Id))).AssertBadRequestNamingAsync("contactIds");
        await (await user.Client.PostAsJsonAsync(Rules, Rule())).AssertBadRequestNamingAsync("contactIds");
        await (await user.Client.PostAsJsonAsync(Rules, new { minimumRisk = "low", contactIds = new[] { sam.Id } })).AssertBadRequestNamingAsync("minimumRisk");
        var created = await user.Client.PostAsJsonAsync(Rules, Rule(sam.Id, alex.Id));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ruleId = (await created.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();

        // Alex then opts out: the rule still names Alex, but nothing may reach someone who has not agreed.
        var optOut = await user.Client.PutAsJsonAsync($"/api/v1/me/contacts/{alex.Id}",
            new { name = alex.Name, email = alex.Email, phone = "555-0102", alertsOptIn = false });
        Assert.Equal(HttpStatusCode.OK, optOut.StatusCode);
        await (await user.Client.PutAsJsonAsync($"{Rules}/{ruleId}", Rule(sam.Id, alex.Id))).AssertBadRequestNamingAsync("contactIds");

        // A low-risk note carries no override and sends nothing.
        var calm = await (await user.Client.PostAsJsonAsync(Shifts, Shift("Tired but okay"))).ReadAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, calm.GetProperty("crisis").ValueKind);

        await using var workers = await fixture.StartWorkersAsync(user.Id, WorkersHost.NewKeyPrefix());
        var clock = Stopwatch.StartNew();
        var response = await user.Client.PostAsJsonAsync(Shifts, Shift(HighRiskNote));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var shift = await response.ReadAsync<JsonElement>();
        var crisis = shift.GetProperty("crisis");
        Assert.Equal("high", crisis.GetProperty("risk").GetString());
        Assert.NotEmpty(crisis.GetProperty("reasons").EnumerateArray());
        Assert.Contains(crisis.GetProperty("resources").EnumerateArray(), r => r.GetProperty("href").GetString() == "tel:988");
        Assert.Equal(JsonValueKind.Null, crisis.GetProperty("safetyPlan").ValueKind);
        Assert.Contains(crisis.GetProperty("contacts").EnumerateArray(),
            c => c.GetProperty("name").GetString() == sam.Name && c.GetProperty("phone").GetString() == "555-0101");
        Assert.DoesNotContain(Marker, crisis.GetRawText());

        await WorkersHost.WaitUntilAsync(async () => (await fixture.InboxForAsync(sam.Email)).Count > 0, "the alert email", TimeSpan.FromSeconds(5));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"The alert took {clock.Elapsed}.");
        var email = Assert.Single(await fixture.InboxForAsync(sam.Email));
        var text = email.GetProperty("text").GetString()!;
        Assert.Contains("Sam may need support right now. Please reach out to them.", text);
        Assert.Contains("988", text);
        Assert.DoesNotContain(Marker, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Marker, email.GetProperty("subject").GetString()!, StringComparison.OrdinalIgnoreCase);

        // A second high-risk note within 24 h still shows the override, now with the plan made since, and alerts no one again.
        var plan = await user.Client.PutAsJsonAsync("/api/v1/safety/plan", new { copingStrategies = new[] { "Cold water on my face" } });
        Assert.True(plan.IsSuccessStatusCode, $"Saving the plan answered {plan.StatusCode}.");
        var again = await (await user.Client.PostAsJsonAsync(Shifts, Shift("I want to end my life"))).ReadAsync<JsonElement>();
        Assert.Equal("high", again.GetProperty("crisis").GetProperty("risk").GetString());
        Assert.Equal("Cold water on my face", again.GetProperty("crisis").GetProperty("safetyPlan").GetProperty("copingStrategies")[0].GetString());
        // So does editing the first note: the override again, but no second event for the same note.
        var edited = await user.Client.PutAsJsonAsync($"{Shifts}/{shift.GetProperty("id").GetGuid()}", Shift(HighRiskNote + ". Goodbye"));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("high", (await edited.ReadAsync<JsonElement>()).GetProperty("crisis").GetProperty("risk").GetString());
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == user.Id && n.Kind == NotificationKind.Alert));
            Assert.Equal(2, await db.SafetyEvents.CountAsync(e => e.UserId == user.Id && e.Source == "screening"));
        }

        await WorkersHost.WaitUntilAsync(async () =>
        {
            await using var db = fixture.CreateDbContext();
            return await db.OutboxMessages.AllAsync(m => m.DispatchedAt != null
                || !db.Notifications.Any(n => n.Id == m.NotificationId && n.UserId == user.Id));
        }, "the relay");
        Assert.Single(await fixture.InboxForAsync(sam.Email));
        Assert.Empty(await fixture.InboxForAsync(alex.Email));

        // What was sent, to whom, when: and nothing the person wrote.
        var sent = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/alerts/sent", ApiClient.Json);
        Assert.Equal(1, sent.GetProperty("totalCount").GetInt32());
        var listed = sent.GetProperty("items")[0];
        Assert.Equal((ruleId, sam.Id, sam.Name, sam.Email), (listed.GetProperty("ruleId").GetGuid(), listed.GetProperty("contactId").GetGuid(),
            listed.GetProperty("contactName").GetString(), listed.GetProperty("recipientEmail").GetString()));
        Assert.DoesNotContain(Marker, sent.GetRawText());
        await (await user.Client.GetAsync("/api/v1/alerts/sent?pageSize=0")).AssertBadRequestNamingAsync("pageSize");

        await using (var db = fixture.CreateDbContext())
        {
            var audited = await db.AuditEvents.Where(a => a.SubjectUserId == user.Id).Select(a => a.EntityType + ":" + a.Action).ToListAsync();
            foreach (var expected in new[] { "alert_rule:created", "mood_shift:created", "safety_event:created", "alert_delivery:created", "notification:created" })
                Assert.Contains(expected, audited);
        }
    }

    [Fact]
    public async Task A_PHQ9_self_harm_answer_alerts_like_a_note_but_a_crisis_logged_from_last_month_alerts_no_one()
    {
        var (past, pastContacts) = await AlertSetup.PersonWithAlertRuleAsync(fixture, 1);
        var (now, nowContacts) = await AlertSetup.PersonWithAlertRuleAsync(fixture, 1);
        await using var workers = await fixture.StartWorkersAsync(now.Id, WorkersHost.NewKeyPrefix());

        // History for the record: a suicidal crisis that started and ended weeks ago raises its event, and alarms no one.
        var startedAt = DateTimeOffset.UtcNow.AddDays(-30);
        var episode = await past.Client.PostAsJsonAsync("/api/v1/episodes",
            new { type = "suicidalCrisis", startedAt, endedAt = startedAt.AddDays(2) });
        Assert.Equal(HttpStatusCode.Created, episode.StatusCode);

        var phq9 = await now.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9", new { answers = new[] { 0, 0, 0, 0, 0, 0, 0, 0, 1 } });
        Assert.Equal(HttpStatusCode.Created, phq9.StatusCode);
        await WorkersHost.WaitUntilAsync(async () => (await fixture.InboxForAsync(nowContacts[0].Email)).Count > 0, "the PHQ-9 alert");

        await using var db = fixture.CreateDbContext();
        Assert.True(await db.SafetyEvents.AnyAsync(e => e.UserId == past.Id && e.Source == "episode.suicidal_crisis"));
        await WorkersHost.WaitUntilAsync(async () =>
        {
            await using var check = fixture.CreateDbContext();
            return !await check.OutboxMessages.AnyAsync(m => m.DispatchedAt == null && m.JobType != null);
        }, "the crisis jobs to be relayed");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(await fixture.InboxForAsync(pastContacts[0].Email));
        Assert.False(await db.AlertDeliveries.AnyAsync(d => d.UserId == past.Id));
    }

    [Fact]
    public async Task Another_person_cannot_see_or_change_a_rule()
    {
        var owner = await fixture.Api.RegisterAndSignInAsync();
        var other = await fixture.Api.RegisterAndSignInAsync();
        var contact = await AddContactAsync(owner, "Sam Friend", optIn: true);
        var rule = await (await owner.Client.PostAsJsonAsync(Rules, Rule(contact.Id))).ReadAsync<JsonElement>();
        var id = rule.GetProperty("id").GetGuid();
        Assert.Equal("high", rule.GetProperty("minimumRisk").GetString());
        Assert.True(rule.GetProperty("enabled").GetBoolean());

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"{Rules}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PutAsJsonAsync($"{Rules}/{id}", Rule(contact.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.DeleteAsync($"{Rules}/{id}")).StatusCode);
        var othersList = await other.Client.GetFromJsonAsync<JsonElement>(Rules, ApiClient.Json);
        Assert.Equal(0, othersList.GetProperty("totalCount").GetInt32());

        var disabled = await owner.Client.PutAsJsonAsync($"{Rules}/{id}", new { minimumRisk = "moderate", contactIds = new[] { contact.Id }, enabled = false });
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        var list = await owner.Client.GetFromJsonAsync<JsonElement>($"{Rules}?pageSize=5", ApiClient.Json);
        var only = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(("moderate", false), (only.GetProperty("minimumRisk").GetString(), only.GetProperty("enabled").GetBoolean()));
        Assert.Equal(HttpStatusCode.NoContent, (await owner.Client.DeleteAsync($"{Rules}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.Client.GetAsync($"{Rules}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Api.CreateClient().GetAsync(Rules)).StatusCode);
    }

    private static object Rule(params Guid[] contactIds) => AlertSetup.Rule(contactIds);

    private static object Shift(string notes) => AlertSetup.Shift(notes);

    private static Task<AlertSetup.Contact> AddContactAsync(TestUser user, string name, bool optIn) => AlertSetup.AddContactAsync(user, name, optIn);
}
