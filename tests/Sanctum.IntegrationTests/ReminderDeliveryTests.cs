using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Notifications;
using Sanctum.Core.Reminders;

namespace Sanctum.IntegrationTests;

/// <summary>
/// Reminders sent by the delivery pass the Workers' scanner runs, driven by a fake "now": a daily 08:30 dose in
/// New York on the day the clocks go forward (2026-03-08, when 08:30 is 12:30 UTC rather than 13:30).
/// </summary>
[Collection(SanctumCollection.Name)]
public sealed class ReminderDeliveryTests(SanctumFixture fixture)
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly DateTimeOffset DstDay0830 = new(2026, 3, 8, 12, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NextDay0830 = new(2026, 3, 9, 12, 30, 0, TimeSpan.Zero);

    private sealed record Setup(TestUser User, Guid MedicationId, Guid ReminderId);

    /// <summary>A New York user with lithium at 08:30 and a daily reminder for it, next due on the DST day.</summary>
    private async Task<Setup> DoseReminderAsync()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        var medication = await user.Client.PostAsJsonAsync("/api/v1/me/medications", new { name = "lithium", scheduleTimes = new[] { "08:30" } });
        var medicationId = (await medication.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        var created = await user.Client.PostAsJsonAsync("/api/v1/reminders",
            new { target = "medication", medicationId, recurrence = "daily", times = new[] { "08:30" } });
        var reminderId = (await created.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();

        // As if scheduled the evening before, still in standard time.
        await using var db = fixture.CreateDbContext();
        var reminder = await db.Reminders.SingleAsync(r => r.Id == reminderId);
        reminder.Reschedule(NewYork, new DateTimeOffset(2026, 3, 7, 23, 0, 0, TimeSpan.Zero));
        await db.SaveChangesAsync();
        Assert.Equal(DstDay0830, reminder.NextDueAt);
        return new Setup(user, medicationId, reminderId);
    }

    private async Task<ReminderDeliveryResult> DeliverAsync(DateTimeOffset now)
    {
        await using var db = fixture.CreateDbContext();
        return await ReminderDelivery.DeliverDueAsync(db, now, 10_000, CancellationToken.None);
    }

    private async Task<List<Notification>> RemindersSentToAsync(Guid userId)
    {
        await using var db = fixture.CreateDbContext();
        return await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId && n.Kind == NotificationKind.Reminder).ToListAsync();
    }

    private async Task<Reminder> ReminderAsync(Guid id)
    {
        await using var db = fixture.CreateDbContext();
        return await db.Reminders.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    [Fact]
    public async Task A_dose_reminder_fires_once_at_0830_local_on_the_DST_day_and_moves_to_the_next_days_0830()
    {
        var setup = await DoseReminderAsync();

        await DeliverAsync(DstDay0830.AddMinutes(-1));
        Assert.Empty(await RemindersSentToAsync(setup.User.Id));

        await DeliverAsync(DstDay0830.AddSeconds(30));
        var sent = Assert.Single(await RemindersSentToAsync(setup.User.Id));
        Assert.Equal((NotificationChannel.InApp, "Time for your lithium (8:30 AM)"), (sent.Channel, sent.Title));
        Assert.Equal($"reminder:{setup.ReminderId}:2026-03-08T12:30:00.0000000Z", sent.IdempotencyKey);
        Assert.Equal(DstDay0830.AddSeconds(30), sent.CreatedAt);
        await using (var db = fixture.CreateDbContext())
        {
            Assert.True(await db.OutboxMessages.AnyAsync(m => m.NotificationId == sent.Id), "queued through the outbox");
        }

        var advanced = await ReminderAsync(setup.ReminderId);
        Assert.Equal((NextDay0830, NextDay0830, (DateTimeOffset?)null), (advanced.OccurrenceAt, advanced.NextDueAt, advanced.SnoozedUntil));

        // Scanning again, or again after the occurrence is somehow back, sends nothing more.
        await DeliverAsync(DstDay0830.AddMinutes(1));
        await using (var db = fixture.CreateDbContext())
        {
            await db.Reminders.Where(r => r.Id == setup.ReminderId)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.OccurrenceAt, DstDay0830).SetProperty(r => r.NextDueAt, DstDay0830));
        }
        await DeliverAsync(DstDay0830.AddMinutes(2));
        Assert.Single(await RemindersSentToAsync(setup.User.Id));
        Assert.Equal(NextDay0830, (await ReminderAsync(setup.ReminderId)).NextDueAt);
    }

    [Fact]
    public async Task Two_scans_racing_for_the_same_reminder_send_it_once()
    {
        var setup = await DoseReminderAsync();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => DeliverAsync(DstDay0830.AddSeconds(5))));

        Assert.Single(await RemindersSentToAsync(setup.User.Id));
        Assert.Equal(NextDay0830, (await ReminderAsync(setup.ReminderId)).NextDueAt);
    }

    [Fact]
    public async Task A_dose_already_taken_sends_nothing_and_the_reminder_still_moves_on()
    {
        var setup = await DoseReminderAsync();
        (await setup.User.Client.PostAsJsonAsync($"/api/v1/medications/{setup.MedicationId}/doses",
            new { scheduledAt = DstDay0830, takenAt = DstDay0830.AddMinutes(-5), status = "taken" })).EnsureSuccessStatusCode();

        await DeliverAsync(DstDay0830.AddSeconds(30));

        Assert.Empty(await RemindersSentToAsync(setup.User.Id));
        var advanced = await ReminderAsync(setup.ReminderId);
        Assert.Equal((NextDay0830, NextDay0830), (advanced.OccurrenceAt, advanced.NextDueAt));
    }

    [Fact]
    public async Task A_snoozed_reminder_fires_when_the_snooze_ends_for_the_occurrence_it_was_for()
    {
        var setup = await DoseReminderAsync();
        await using (var db = fixture.CreateDbContext())
        {
            var reminder = await db.Reminders.SingleAsync(r => r.Id == setup.ReminderId);
            reminder.Snooze(DstDay0830.AddMinutes(-2), 10);
            await db.SaveChangesAsync();
        }

        await DeliverAsync(DstDay0830.AddMinutes(1));
        Assert.Empty(await RemindersSentToAsync(setup.User.Id));
        Assert.Equal(DstDay0830.AddMinutes(8), (await ReminderAsync(setup.ReminderId)).NextDueAt);

        await DeliverAsync(DstDay0830.AddMinutes(9));
        var sent = Assert.Single(await RemindersSentToAsync(setup.User.Id));
        Assert.Equal("Time for your lithium (8:30 AM)", sent.Title);
        var advanced = await ReminderAsync(setup.ReminderId);
        Assert.Equal((NextDay0830, NextDay0830, (DateTimeOffset?)null), (advanced.OccurrenceAt, advanced.NextDueAt, advanced.SnoozedUntil));
    }

    [Fact]
    public async Task Check_in_reminders_use_their_own_words_and_a_done_check_in_is_let_go()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        var ids = (await (await user.Client.PostAsync("/api/v1/reminders/defaults", null)).ReadAsync<JsonElement>()).EnumerateArray()
            .ToDictionary(r => r.GetProperty("target").GetString()!, r => r.GetProperty("id").GetGuid());
        (await user.Client.PutAsJsonAsync("/api/v1/mood/baselines/2026-03-08/morning", new { morningMood = "Low" })).EnsureSuccessStatusCode();
        await using (var db = fixture.CreateDbContext())
        {
            var both = ids.Values.ToList();
            await db.Reminders.Where(r => both.Contains(r.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.OccurrenceAt, DstDay0830).SetProperty(r => r.NextDueAt, DstDay0830));
        }

        await DeliverAsync(DstDay0830.AddSeconds(30));

        var sent = Assert.Single(await RemindersSentToAsync(user.Id));
        Assert.Equal("How did today go? Your evening check-in is ready.", sent.Body);
        Assert.StartsWith($"reminder:{ids["eveningCheckIn"]}:", sent.IdempotencyKey);
        Assert.All(await Task.WhenAll(ids.Values.Select(ReminderAsync)), r => Assert.True(r.NextDueAt > DstDay0830));
    }
}
