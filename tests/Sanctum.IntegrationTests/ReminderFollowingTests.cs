using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Notifications;
using Sanctum.Core.Reminders;

namespace Sanctum.IntegrationTests;

/// <summary>
/// Reminders made from a provider's next appointment or a medication's schedule and following later edits, /defaults
/// racing itself, snoozing a reminder that just went out, and a reminder by email reaching the mail sink.
/// </summary>
[Collection(SanctumCollection.Name)]
public sealed class ReminderFollowingTests(SanctumFixture fixture)
{
    private const string Path = "/api/v1/reminders";

    // Monday 2030-03-11 09:00 in New York, the day after the clocks go forward: the evening before is 18:00 EDT.
    private static readonly DateTimeOffset Appointment = new(2030, 3, 11, 13, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EveningBefore = new(2030, 3, 10, 22, 0, 0, TimeSpan.Zero);

    private static async Task<Guid> IdOfAsync(HttpResponseMessage response) =>
        (await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();

    private static async Task<List<JsonElement>> RemindersAsync(TestUser user) =>
        (await user.Client.GetFromJsonAsync<JsonElement>($"{Path}?pageSize=100")).GetProperty("items").EnumerateArray().ToList();

    private static object Provider(DateTimeOffset? nextAppointmentAt) =>
        new { type = "psychiatrist", name = "Dr Okafor", nextAppointmentAt };

    private static object Medication(bool active, params string[] scheduleTimes) => new { name = "Lithium", scheduleTimes, active };

    private async Task DeliverAsync(DateTimeOffset now)
    {
        await using var db = fixture.CreateDbContext();
        await ReminderDelivery.DeliverDueAsync(db, now, 10_000, CancellationToken.None);
    }

    private async Task<List<Notification>> RemindersSentToAsync(Guid userId)
    {
        await using var db = fixture.CreateDbContext();
        return await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId && n.Kind == NotificationKind.Reminder).OrderBy(n => n.CreatedAt).ToListAsync();
    }

    [Fact]
    public async Task Setting_moving_and_clearing_a_providers_next_appointment_makes_moves_and_turns_off_its_reminder()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        var providerId = await IdOfAsync(await user.Client.PostAsJsonAsync("/api/v1/me/providers", Provider(Appointment)));

        var made = Assert.Single(await RemindersAsync(user));
        Assert.Equal(("appointment", providerId, "beforeAppointment", true, true), (made.GetProperty("target").GetString(),
            made.GetProperty("providerId").GetGuid(), made.GetProperty("recurrence").GetString(), made.GetProperty("derived").GetBoolean(),
            made.GetProperty("enabled").GetBoolean()));
        Assert.Equal(EveningBefore, made.GetProperty("nextDueAt").GetDateTimeOffset());

        // Moved to Tuesday 2 April 10:00 EDT: the evening before is 1 April 18:00 EDT.
        (await user.Client.PutAsJsonAsync($"/api/v1/me/providers/{providerId}", Provider(new DateTimeOffset(2030, 4, 2, 14, 0, 0, TimeSpan.Zero))))
            .EnsureSuccessStatusCode();
        var moved = Assert.Single(await RemindersAsync(user));
        Assert.Equal(new DateTimeOffset(2030, 4, 1, 22, 0, 0, TimeSpan.Zero), moved.GetProperty("nextDueAt").GetDateTimeOffset());

        (await user.Client.PutAsJsonAsync($"/api/v1/me/providers/{providerId}", Provider(null))).EnsureSuccessStatusCode();
        var cleared = Assert.Single(await RemindersAsync(user));
        Assert.False(cleared.GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("nextDueAt").ValueKind);

        // Deleted, it comes back from /defaults once an appointment is booked again.
        (await user.Client.DeleteAsync($"{Path}/{cleared.GetProperty("id").GetGuid()}")).EnsureSuccessStatusCode();
        await using (var db = fixture.CreateDbContext())
        {
            await db.HealthcareProviders.Where(p => p.Id == providerId).ExecuteUpdateAsync(set => set.SetProperty(p => p.NextAppointmentAt, Appointment));
        }
        var defaults = (await (await user.Client.PostAsync($"{Path}/defaults", null)).ReadAsync<JsonElement>()).EnumerateArray().ToList();
        var appointment = Assert.Single(defaults, r => r.GetProperty("target").GetString() == "appointment");
        Assert.Equal(EveningBefore, appointment.GetProperty("nextDueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_medication_reminder_follows_schedule_edits_until_customised_and_stopping_turns_every_one_off()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        var medicationId = await IdOfAsync(await user.Client.PostAsJsonAsync("/api/v1/me/medications", Medication(true, "08:00")));
        var derivedId = (await (await user.Client.PostAsync($"{Path}/defaults", null)).ReadAsync<JsonElement>()).EnumerateArray()
            .Single(r => r.GetProperty("target").GetString() == "medication").GetProperty("id").GetGuid();
        var ownId = await IdOfAsync(await user.Client.PostAsJsonAsync(Path,
            new { target = "medication", medicationId, recurrence = "daily", times = new[] { "08:15" }, channel = "email" }));

        (await user.Client.PutAsJsonAsync($"/api/v1/me/medications/{medicationId}", Medication(true, "21:00", "09:00"))).EnsureSuccessStatusCode();
        async Task<JsonElement> ReadAsync(Guid id) => await user.Client.GetFromJsonAsync<JsonElement>($"{Path}/{id}");
        static string[] Times(JsonElement r) => r.GetProperty("times").EnumerateArray().Select(t => t.GetString()!).ToArray();
        Assert.Equal(["09:00", "21:00"], Times(await ReadAsync(derivedId)));
        Assert.Equal(["08:15"], Times(await ReadAsync(ownId)));

        // Sending it by email is not a change of rhythm: it still follows.
        var byEmail = await (await user.Client.PutAsJsonAsync($"{Path}/{derivedId}",
            new { target = "medication", medicationId, recurrence = "daily", times = new[] { "09:00", "21:00" }, channel = "email" })).ReadAsync<JsonElement>();
        Assert.False(byEmail.GetProperty("customised").GetBoolean());

        // The person moves the derived one: from now on it keeps their time.
        var customised = await (await user.Client.PutAsJsonAsync($"{Path}/{derivedId}",
            new { target = "medication", medicationId, recurrence = "daily", times = new[] { "09:30" } })).ReadAsync<JsonElement>();
        Assert.True(customised.GetProperty("customised").GetBoolean());
        (await user.Client.PutAsJsonAsync($"/api/v1/me/medications/{medicationId}", Medication(true, "10:00"))).EnsureSuccessStatusCode();
        Assert.Equal(["09:30"], Times(await ReadAsync(derivedId)));

        (await user.Client.PutAsJsonAsync($"/api/v1/me/medications/{medicationId}", Medication(false, "10:00"))).EnsureSuccessStatusCode();
        foreach (var id in new[] { derivedId, ownId })
        {
            var stopped = await ReadAsync(id);
            Assert.False(stopped.GetProperty("enabled").GetBoolean());
            Assert.Equal(JsonValueKind.Null, stopped.GetProperty("nextDueAt").ValueKind);
        }
        Assert.Equal("email", (await ReadAsync(ownId)).GetProperty("channel").GetString());

        await using var db = fixture.CreateDbContext();
        Assert.Contains("updated", await db.AuditEvents.Where(a => a.EntityId == ownId.ToString()).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task Defaults_called_many_times_at_once_all_succeed_and_make_each_reminder_once()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        (await user.Client.PostAsJsonAsync("/api/v1/me/medications", Medication(true, "08:00"))).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/api/v1/me/providers", new { type = "therapist", name = "Sam" })).EnsureSuccessStatusCode();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => user.Client.PostAsync($"{Path}/defaults", null))));

        foreach (var response in responses) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var made = await Task.WhenAll(responses.Select(async r => (await r.ReadAsync<JsonElement>()).GetArrayLength()));
        Assert.Equal(3, made.Sum());
        var targets = (await RemindersAsync(user)).Select(r => r.GetProperty("target").GetString()).Order().ToList();
        Assert.Equal(["eveningCheckIn", "medication", "morningCheckIn"], targets);
    }

    [Fact]
    public async Task Snoozing_just_after_a_reminder_went_out_sends_that_one_again_when_the_snooze_ends()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        var medicationId = await IdOfAsync(await user.Client.PostAsJsonAsync("/api/v1/me/medications", Medication(true, "08:00")));
        var id = await IdOfAsync(await user.Client.PostAsJsonAsync(Path,
            new { target = "medication", medicationId, recurrence = "daily", times = new[] { "08:00" } }));
        var regularNext = (await user.Client.GetFromJsonAsync<JsonElement>($"{Path}/{id}")).GetProperty("nextDueAt").GetDateTimeOffset();

        // An occurrence a minute ago, sent now (the real clock, as the Api's snooze reads it).
        var occurrence = DateTimeOffset.UtcNow.AddMinutes(-1);
        await using (var db = fixture.CreateDbContext())
        {
            await db.Reminders.Where(r => r.Id == id)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.OccurrenceAt, occurrence).SetProperty(r => r.NextDueAt, occurrence));
        }
        await DeliverAsync(DateTimeOffset.UtcNow);
        Assert.Single(await RemindersSentToAsync(user.Id));
        // The notification says which reminder it came from, so the Web can offer the snooze beside it.
        var history = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/notifications");
        Assert.Contains(history.GetProperty("items").EnumerateArray(),
            n => n.GetProperty("reminderId").ValueKind == JsonValueKind.String && n.GetProperty("reminderId").GetGuid() == id);

        var snoozed = await (await user.Client.PostAsJsonAsync($"{Path}/{id}/snooze", new { minutes = 10 })).ReadAsync<JsonElement>();
        Assert.Equal(occurrence, snoozed.GetProperty("occurrenceAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        var until = snoozed.GetProperty("snoozedUntil").GetDateTimeOffset();
        Assert.Equal(until, snoozed.GetProperty("nextDueAt").GetDateTimeOffset());

        await DeliverAsync(until.AddSeconds(30));
        var sent = await RemindersSentToAsync(user.Id);
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0].Title, sent[1].Title);
        Assert.Contains(":snoozed:", sent[1].IdempotencyKey);
        Assert.Equal(regularNext, (await user.Client.GetFromJsonAsync<JsonElement>($"{Path}/{id}")).GetProperty("nextDueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_reminder_by_email_and_in_the_app_reaches_the_account_email_without_the_medications_name()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        var medicationId = await IdOfAsync(await user.Client.PostAsJsonAsync("/api/v1/me/medications", Medication(true, "08:00")));
        var id = await IdOfAsync(await user.Client.PostAsJsonAsync(Path,
            new { target = "medication", medicationId, recurrence = "daily", times = new[] { "08:00" }, channel = "both" }));
        var occurrence = new DateTimeOffset(2026, 1, 15, 13, 0, 0, TimeSpan.Zero);
        await using (var db = fixture.CreateDbContext())
        {
            await db.Reminders.Where(r => r.Id == id)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.OccurrenceAt, occurrence).SetProperty(r => r.NextDueAt, occurrence));
        }

        await DeliverAsync(occurrence.AddSeconds(20));
        await DeliverAsync(occurrence.AddSeconds(40));

        var sent = await RemindersSentToAsync(user.Id);
        Assert.Equal([NotificationChannel.InApp, NotificationChannel.Email], sent.Select(n => n.Channel).Order());
        Assert.Equal("Time for your Lithium (8:00 AM)", sent.Single(n => n.Channel == NotificationChannel.InApp).Title);

        // The Workers' own scanner would catch up on the next (still past) occurrence: only the one delivered above is wanted.
        await using (var db = fixture.CreateDbContext())
            await db.Reminders.Where(r => r.Id == id).ExecuteUpdateAsync(set => set.SetProperty(r => r.Enabled, false));
        await using var workers = await fixture.StartWorkersAsync(user.Id, WorkersHost.NewKeyPrefix());
        List<JsonElement> inbox = [];
        await WorkersHost.WaitUntilAsync(async () => (inbox = (await fixture.InboxForAsync(user.Email))
            .Where(e => e.GetProperty("subject").GetString()!.StartsWith("Time for", StringComparison.Ordinal)).ToList()).Count > 0, "the reminder email");
        var email = Assert.Single(inbox);
        Assert.Equal("Time for your medication (8:00 AM)", email.GetProperty("subject").GetString());
        Assert.DoesNotContain("Lithium", email.GetProperty("text").GetString());
    }
}
