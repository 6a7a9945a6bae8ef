using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sanctum.Core.Notifications;
using Sanctum.Core.Safety.Alerts;

namespace Sanctum.IntegrationTests;

/// <summary>
/// The triggers the Workers scan evaluates (missed doses, rapid cycling, silence), delivered through the same outbox,
/// email and SMS paths as crisis alerts, to opted-in contacts only, at most once per rule and contact in 24 h.
/// </summary>
[Collection(SanctumCollection.Name)]
public sealed class AlertTriggerTests(SanctumFixture fixture)
{
    private const string Rules = "/api/v1/alerts/rules";
    // Appears nowhere Sanctum's own words could: shows whether anything the person keeps leaks into a message or a log.
    private const string Marker = "Marmaladex";

    [Fact]
    public async Task A_missed_medication_rule_emails_and_texts_the_opted_in_contact_once_in_24_hours_and_no_one_else()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        var sam = await AddContactAsync(user, "Sam Friend", "555-0101");
        var alex = await AddContactAsync(user, "Alex Cousin", "555-0102");
        var noPhone = await AddContactAsync(user, "Jo Neighbour", phone: null);
        var medication = await user.Client.PostAsJsonAsync("/api/v1/me/medications", new
        {
            name = Marker, scheduleTimes = new[] { "08:00" }, startDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10),
        });
        Assert.Equal(HttpStatusCode.Created, medication.StatusCode);

        // Each trigger takes its own setting, and a text needs a phone.
        await (await user.Client.PostAsJsonAsync(Rules, new { trigger = "missedMedication", contactIds = new[] { sam.Id } })).AssertBadRequestNamingAsync("days");
        await (await user.Client.PostAsJsonAsync(Rules, new { trigger = "missedMedication", days = 15, contactIds = new[] { sam.Id } })).AssertBadRequestNamingAsync("days");
        await (await user.Client.PostAsJsonAsync(Rules, new { trigger = "rapidCycling", days = 8, contactIds = new[] { sam.Id } })).AssertBadRequestNamingAsync("days");
        await (await user.Client.PostAsJsonAsync(Rules, new { trigger = "noCheckIn", days = 0, contactIds = new[] { sam.Id } })).AssertBadRequestNamingAsync("days");
        await (await user.Client.PostAsJsonAsync(Rules, new { minimumRisk = "high", days = 2, contactIds = new[] { sam.Id } })).AssertBadRequestNamingAsync("days");
        await (await user.Client.PostAsJsonAsync(Rules, new { trigger = "noCheckIn", days = 2, minimumRisk = "high", contactIds = new[] { sam.Id } }))
            .AssertBadRequestNamingAsync("minimumRisk");
        await (await user.Client.PostAsJsonAsync(Rules, new { trigger = "noCheckIn", days = 2, channel = "sms", contactIds = new[] { noPhone.Id } }))
            .AssertBadRequestNamingAsync("contactIds");

        var created = await user.Client.PostAsJsonAsync(Rules, new { trigger = "missedMedication", days = 2, channel = "both", contactIds = new[] { sam.Id, alex.Id } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var rule = await created.ReadAsync<JsonElement>();
        Assert.Equal(("missedMedication", 2, "both"),
            (rule.GetProperty("trigger").GetString(), rule.GetProperty("days").GetInt32(), rule.GetProperty("channel").GetString()));
        var ruleId = rule.GetProperty("id").GetGuid();

        // Alex opts out afterwards: the rule still names Alex, but nothing may reach someone who has not agreed.
        var optOut = await user.Client.PutAsJsonAsync($"/api/v1/me/contacts/{alex.Id}", new { name = alex.Name, email = alex.Email, phone = "555-0102", alertsOptIn = false });
        Assert.Equal(HttpStatusCode.OK, optOut.StatusCode);
        // Only days from the rule's own count; made three days ago, the last two whole days were both missed.
        await BackdateAsync(ruleId, days: 3);

        var logs = new CapturedLogs();
        await using var workers = await fixture.StartWorkersAsync(user.Id, WorkersHost.NewKeyPrefix(),
            configure: builder => builder.ConfigureLogging(logging => logging.AddProvider(logs).AddFilter<CapturedLogs>(null, LogLevel.Information)));
        await WorkersHost.WaitUntilAsync(async () => (await fixture.InboxForAsync(sam.Email)).Count > 0, "the alert email");
        await WorkersHost.WaitUntilAsync(async () =>
        {
            await using var db = fixture.CreateDbContext();
            return await db.Notifications.AnyAsync(n => n.UserId == user.Id && n.Channel == NotificationChannel.Sms && n.Status == NotificationStatus.Sent);
        }, "the text");

        var email = Assert.Single(await fixture.InboxForAsync(sam.Email));
        var text = email.GetProperty("text").GetString()!;
        Assert.Contains("Sam may need support right now. Please reach out to them.", text);
        Assert.DoesNotContain(Marker, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("medication", text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await fixture.InboxForAsync(alex.Email));

        // The text went through the logging sender: which template, to a masked number, and none of the message.
        var smsLine = Assert.Single(logs.Lines, l => l.StartsWith("SMS ", StringComparison.Ordinal));
        Assert.StartsWith("SMS notification.alert to *****01 (", smsLine);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("555-0101") || l.Contains("may need support") || l.Contains(Marker));

        // Another scan within 24 h: the trigger still holds, but no one hears again.
        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(0, await TriggerAlerts.ScanUserAsync(db, user.Id, DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None));
            var alerts = await db.Notifications.Where(n => n.UserId == user.Id && n.Kind == NotificationKind.Alert).ToListAsync();
            Assert.Equal([NotificationChannel.Email, NotificationChannel.Sms], alerts.Select(n => n.Channel).Order());
            Assert.Equal(["555-0101"], alerts.Where(n => n.Channel == NotificationChannel.Sms).Select(n => n.RecipientPhone));
            Assert.All(alerts, n => Assert.Equal(1, n.Attempts));
        }

        // What was sent, to whom, how and when, for the person to see; one by one, and to no one else.
        var sent = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/alerts/sent", ApiClient.Json);
        Assert.Equal(2, sent.GetProperty("totalCount").GetInt32());
        var items = sent.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, i => Assert.Equal(("missedMedication", sam.Name, ruleId, "sent"),
            (i.GetProperty("trigger").GetString(), i.GetProperty("contactName").GetString(), i.GetProperty("ruleId").GetGuid(), i.GetProperty("status").GetString())));
        Assert.Equal(["email", "sms"], items.Select(i => i.GetProperty("channel").GetString()).Order());
        Assert.DoesNotContain(Marker, sent.GetRawText());
        var firstId = items[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync($"/api/v1/alerts/sent/{firstId}")).StatusCode);
        var other = await fixture.Api.RegisterAndSignInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/api/v1/alerts/sent/{firstId}")).StatusCode);
        Assert.Equal(0, (await other.Client.GetFromJsonAsync<JsonElement>("/api/v1/alerts/sent", ApiClient.Json)).GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"{Rules}/{ruleId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PutAsJsonAsync($"{Rules}/{ruleId}", new { trigger = "noCheckIn", days = 1, contactIds = new[] { sam.Id } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.DeleteAsync($"{Rules}/{ruleId}")).StatusCode);
    }

    [Fact]
    public async Task Rapid_cycling_and_silence_rules_fire_on_what_the_person_logged()
    {
        var moody = await fixture.Api.RegisterAndSignInAsync();
        var sam = await AddContactAsync(moody, "Sam Friend", "555-0101");
        var now = DateTimeOffset.UtcNow;
        var rapid = await CreateRuleAsync(moody, new { trigger = "rapidCycling", days = 1, contactIds = new[] { sam.Id } });
        await using (var db = fixture.CreateDbContext())
            Assert.Equal(0, await TriggerAlerts.ScanUserAsync(db, moody.Id, now, CancellationToken.None));
        foreach (var (state, secondsAgo) in new[] { ("low", 30), ("elevated", 20), ("irritable", 10) })
        {
            var shift = await moody.Client.PostAsJsonAsync("/api/v1/mood/shifts", new { currentState = state, intensity = 5, occurredAt = now.AddSeconds(-secondsAgo) });
            Assert.Equal(HttpStatusCode.Created, shift.StatusCode);
        }

        await using (var db = fixture.CreateDbContext())
        {
            Assert.Equal(1, await TriggerAlerts.ScanUserAsync(db, moody.Id, now, CancellationToken.None));
            Assert.Equal(AlertTrigger.RapidCycling, (await db.AlertDeliveries.SingleAsync(d => d.RuleId == rapid)).Trigger);
        }

        var quiet = await fixture.Api.RegisterAndSignInAsync();
        var jo = await AddContactAsync(quiet, "Jo Friend", "555-0103");
        var silence = await CreateRuleAsync(quiet, new { trigger = "noCheckIn", days = 2, contactIds = new[] { jo.Id } });
        await BackdateAsync(silence, days: 3);
        var baseline = await quiet.Client.PutAsJsonAsync($"/api/v1/mood/baselines/{DateOnly.FromDateTime(DateTime.UtcNow):yyyy-MM-dd}/morning", new { sleepHours = 7 });
        Assert.True(baseline.IsSuccessStatusCode, await baseline.Content.ReadAsStringAsync());
        await using (var db = fixture.CreateDbContext())
        {
            // Today's check-in keeps the rule quiet; three days on, with nothing since, it fires.
            Assert.Equal(0, await TriggerAlerts.ScanUserAsync(db, quiet.Id, now, CancellationToken.None));
            Assert.Equal(1, await TriggerAlerts.ScanUserAsync(db, quiet.Id, now.AddDays(3), CancellationToken.None));
            Assert.Null((await db.AlertDeliveries.SingleAsync(d => d.RuleId == silence)).SafetyEventId);
        }
    }

    private sealed record Contact(Guid Id, string Name, string Email);

    private static async Task<Contact> AddContactAsync(TestUser user, string name, string? phone)
    {
        var email = ApiClient.NewEmail();
        var response = await user.Client.PostAsJsonAsync("/api/v1/me/contacts", new { name, email, phone, alertsOptIn = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return new Contact((await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid(), name, email);
    }

    private static async Task<Guid> CreateRuleAsync(TestUser user, object rule)
    {
        var response = await user.Client.PostAsJsonAsync(Rules, rule);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>As if the rule had been made some days ago: only days from the rule's own count.</summary>
    private async Task BackdateAsync(Guid ruleId, int days)
    {
        await using var db = fixture.CreateDbContext();
        await db.Database.ExecuteSqlAsync($"UPDATE safety.alert_rules SET created_at = created_at - make_interval(days => {days}) WHERE id = {ruleId}");
    }

    /// <summary>Keeps every formatted log line of the Workers host, to show what the SMS sender wrote.</summary>
    private sealed class CapturedLogs : ILoggerProvider, ILogger
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _lines.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
