using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Reminders;

namespace Sanctum.IntegrationTests;

[Collection(SanctumCollection.Name)]
public sealed class ReminderTests(SanctumFixture fixture)
{
    private const string Path = "/api/v1/reminders";
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static object Daily(string target, params string[] times) => new { target, recurrence = "daily", times };

    private static async Task<JsonElement> CreateAsync(TestUser user, object request)
    {
        var response = await user.Client.PostAsJsonAsync(Path, request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<JsonElement>();
    }

    private static async Task<Guid> MedicationAsync(TestUser user, params string[] scheduleTimes)
    {
        var response = await user.Client.PostAsJsonAsync("/api/v1/me/medications", new { name = "Lithium", scheduleTimes });
        return (await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_reminder_is_due_next_at_its_local_time_and_can_be_read_edited_listed_and_deleted()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        var before = DateTimeOffset.UtcNow;
        var created = await CreateAsync(user, Daily("morningCheckIn", "08:00"));
        var id = created.GetProperty("id").GetGuid();

        var due = created.GetProperty("nextDueAt").GetDateTimeOffset();
        Assert.True(due > before && due <= before.AddDays(1).AddHours(1));
        Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, NewYork).DateTime));
        Assert.Equal(due, created.GetProperty("occurrenceAt").GetDateTimeOffset());

        var read = await user.Client.GetFromJsonAsync<JsonElement>($"{Path}/{id}");
        Assert.Equal("morningCheckIn", read.GetProperty("target").GetString());

        var weekly = new { target = "eveningCheckIn", recurrence = "weekly", times = new[] { "21:30" }, weekdays = new[] { "sunday" } };
        var edited = await (await user.Client.PutAsJsonAsync($"{Path}/{id}", weekly)).ReadAsync<JsonElement>();
        var local = TimeZoneInfo.ConvertTime(edited.GetProperty("nextDueAt").GetDateTimeOffset(), NewYork);
        Assert.Equal((DayOfWeek.Sunday, 21, 30), (local.DayOfWeek, local.Hour, local.Minute));

        var off = await (await user.Client.PutAsJsonAsync($"{Path}/{id}", new { target = "eveningCheckIn", recurrence = "cron", cron = "0 9 * * 1-5", enabled = false }))
            .ReadAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, off.GetProperty("nextDueAt").ValueKind);
        Assert.Equal(0, off.GetProperty("times").GetArrayLength());

        await CreateAsync(user, new { target = "eveningCheckIn", recurrence = "cron", cron = "*/30 8-20 * * *" });
        var list = await user.Client.GetFromJsonAsync<JsonElement>($"{Path}?page=1&pageSize=1");
        Assert.Equal(2, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, list.GetProperty("items").GetArrayLength());

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"{Path}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"{Path}/{id}")).StatusCode);

        await using var db = fixture.CreateDbContext();
        var audit = await db.AuditEvents.Where(a => a.EntityId == id.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["created", "updated", "updated", "deleted"], audit);
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { """{"target":"morningCheckIn","recurrence":"cron","cron":"0 25 * * *"}""", "cron" },
        { """{"target":"morningCheckIn","recurrence":"daily","times":["25:00"]}""", "times[0]" },
        { """{"target":"morningCheckIn","recurrence":"daily","times":[]}""", "times" },
        { """{"target":"morningCheckIn","recurrence":"weekly","times":["08:00"]}""", "weekdays" },
        { """{"target":"morningCheckIn","recurrence":"once","times":["08:00"]}""", "onDate" },
        { """{"target":"morningCheckIn","times":["08:00"]}""", "recurrence" },
        { """{"target":"medication","recurrence":"daily","times":["08:00"]}""", "medicationId" },
        { """{"target":"appointment","recurrence":"once","onDate":"2030-01-01","times":["08:00"]}""", "providerId" },
        { """{"target":"nap","recurrence":"daily","times":["08:00"]}""", "target" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_answers_400_naming_the_field(string body, string field)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var response = await user.Client.PostAsync(Path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await response.AssertBadRequestNamingAsync(field);
    }

    [Fact]
    public async Task Cron_errors_name_the_part_that_is_wrong()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var response = await user.Client.PostAsJsonAsync(Path, new { target = "morningCheckIn", recurrence = "cron", cron = "0 25 * * *" });
        Assert.Contains("hour part", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_persons_medication_or_provider_is_a_bad_field_and_their_reminders_are_not_found()
    {
        var owner = await fixture.Api.RegisterAndSignInAsync();
        var stranger = await fixture.Api.RegisterAndSignInAsync();
        var medicationId = await MedicationAsync(owner, "08:00");
        var provider = await owner.Client.PostAsJsonAsync("/api/v1/me/providers", new { type = "psychiatrist", name = "Dr Lee" });
        var providerId = (await provider.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();

        await (await stranger.Client.PostAsJsonAsync(Path, new { target = "medication", medicationId, recurrence = "daily", times = new[] { "08:00" } }))
            .AssertBadRequestNamingAsync("medicationId");
        await (await stranger.Client.PostAsJsonAsync(Path, new { target = "appointment", providerId, recurrence = "once", onDate = "2030-01-01", times = new[] { "08:00" } }))
            .AssertBadRequestNamingAsync("providerId");

        var id = (await CreateAsync(owner, new { target = "medication", medicationId, recurrence = "daily", times = new[] { "08:00" } })).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"{Path}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PutAsJsonAsync($"{Path}/{id}", Daily("morningCheckIn", "09:00"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PostAsJsonAsync($"{Path}/{id}/snooze", new { minutes = 10 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.DeleteAsync($"{Path}/{id}")).StatusCode);
        Assert.Equal(0, (await stranger.Client.GetFromJsonAsync<JsonElement>(Path)).GetProperty("totalCount").GetInt32());
        Assert.Equal("medication", (await owner.Client.GetFromJsonAsync<JsonElement>($"{Path}/{id}")).GetProperty("target").GetString());
    }

    [Fact]
    public async Task Snooze_puts_the_reminder_off_for_the_minutes_and_an_edit_ends_it()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var created = await CreateAsync(user, Daily("eveningCheckIn", "21:00"));
        var id = created.GetProperty("id").GetGuid();

        await (await user.Client.PostAsJsonAsync($"{Path}/{id}/snooze", new { minutes = 1 })).AssertBadRequestNamingAsync("minutes");
        await (await user.Client.PostAsJsonAsync($"{Path}/{id}/snooze", new { minutes = 121 })).AssertBadRequestNamingAsync("minutes");
        await (await user.Client.PostAsJsonAsync($"{Path}/{id}/snooze", new { })).AssertBadRequestNamingAsync("minutes");

        var before = DateTimeOffset.UtcNow;
        var snoozed = await (await user.Client.PostAsJsonAsync($"{Path}/{id}/snooze", new { minutes = 15 })).ReadAsync<JsonElement>();
        var until = snoozed.GetProperty("snoozedUntil").GetDateTimeOffset();
        Assert.InRange(until, before.AddMinutes(15).AddSeconds(-1), DateTimeOffset.UtcNow.AddMinutes(15).AddSeconds(1));
        Assert.Equal(until, snoozed.GetProperty("nextDueAt").GetDateTimeOffset());
        Assert.Equal(created.GetProperty("occurrenceAt").GetDateTimeOffset(), snoozed.GetProperty("occurrenceAt").GetDateTimeOffset());

        var edited = await (await user.Client.PutAsJsonAsync($"{Path}/{id}", Daily("eveningCheckIn", "21:00"))).ReadAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, edited.GetProperty("snoozedUntil").ValueKind);
        Assert.Equal(created.GetProperty("nextDueAt").GetDateTimeOffset(), edited.GetProperty("nextDueAt").GetDateTimeOffset());

        await user.Client.PutAsJsonAsync($"{Path}/{id}", new { target = "eveningCheckIn", recurrence = "daily", times = new[] { "21:00" }, enabled = false });
        await (await user.Client.PostAsJsonAsync($"{Path}/{id}/snooze", new { minutes = 15 })).AssertBadRequestNamingAsync("enabled");
    }

    [Fact]
    public async Task Defaults_come_from_the_medication_schedule_and_check_ins_once()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var medicationId = await MedicationAsync(user, "20:00", "08:00");
        await MedicationAsync(user); // no schedule times: nothing to remind of

        var first = await (await user.Client.PostAsync($"{Path}/defaults", null)).ReadAsync<JsonElement>();
        var made = first.EnumerateArray().ToList();
        Assert.Equal(["medication", "morningCheckIn", "eveningCheckIn"], made.Select(r => r.GetProperty("target").GetString()));
        Assert.Equal(medicationId, made[0].GetProperty("medicationId").GetGuid());
        Assert.Equal(["08:00", "20:00"], made[0].GetProperty("times").EnumerateArray().Select(t => t.GetString()));
        Assert.All(made, r => Assert.NotEqual(JsonValueKind.Null, r.GetProperty("nextDueAt").ValueKind));

        var second = await (await user.Client.PostAsync($"{Path}/defaults", null)).ReadAsync<JsonElement>();
        Assert.Equal(0, second.GetArrayLength());
        Assert.Equal(3, (await user.Client.GetFromJsonAsync<JsonElement>(Path)).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Due_reminders_are_found_and_settled_ones_are_let_go_without_writing_anything()
    {
        var user = await fixture.Api.RegisterAndSignInAsync("America/New_York");
        var medicationId = await MedicationAsync(user, "08:00");
        var made = (await (await user.Client.PostAsync($"{Path}/defaults", null)).ReadAsync<JsonElement>()).EnumerateArray()
            .ToDictionary(r => r.GetProperty("target").GetString()!, r => r.GetProperty("id").GetGuid());
        var notDue = (await CreateAsync(user, Daily("eveningCheckIn", "23:59"))).GetProperty("id").GetGuid();

        // 08:00 in New York on 2026-01-15: the dose was taken and the morning check-in done; the evening one was not.
        var occurrence = new DateTimeOffset(2026, 1, 15, 13, 0, 0, TimeSpan.Zero);
        (await user.Client.PostAsJsonAsync($"/api/v1/medications/{medicationId}/doses",
            new { scheduledAt = occurrence, takenAt = occurrence, status = "taken" })).EnsureSuccessStatusCode();
        (await user.Client.PutAsJsonAsync("/api/v1/mood/baselines/2026-01-15/morning", new { morningMood = "Low" })).EnsureSuccessStatusCode();

        await using var db = fixture.CreateDbContext();
        var ids = made.Values.ToList();
        await db.Reminders.Where(r => ids.Contains(r.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.OccurrenceAt, occurrence).SetProperty(r => r.NextDueAt, occurrence));

        var now = occurrence.AddMinutes(1);
        var read = await db.Reminders.AsNoTracking().Where(r => r.UserId == user.Id && r.Enabled && r.NextDueAt <= now).ToListAsync();
        var due = (await DueReminders.DecideAsync(db, read, now, CancellationToken.None))
            .ToDictionary(d => d.Reminder.Id, d => d.Outcome.Fire);
        Assert.Equal(3, due.Count);
        Assert.False(due[made["medication"]]);
        Assert.False(due[made["morningCheckIn"]]);
        Assert.True(due[made["eveningCheckIn"]]);
        Assert.DoesNotContain(notDue, due.Keys);

        var unchanged = await db.Reminders.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => r.NextDueAt).ToListAsync();
        Assert.All(unchanged, at => Assert.Equal(occurrence, at));
    }
}
