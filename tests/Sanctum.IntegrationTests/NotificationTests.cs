using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Sanctum.Core.Jobs;
using Sanctum.Core.Notifications;
using StackExchange.Redis;

namespace Sanctum.IntegrationTests;

/// <summary>
/// The outbox path end to end: a notification and its outbox row commit together, the Workers' relay queues it,
/// the email handler sends it over SMTP once, and a delivery that keeps failing ends dead-lettered in the history.
/// </summary>
[Collection(SanctumCollection.Name)]
public sealed class NotificationTests(SanctumFixture fixture)
{
    private const string Notifications = "/api/v1/notifications";

    [Fact]
    public async Task A_notification_and_its_outbox_row_are_written_by_one_transaction_or_not_at_all()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await using var db = fixture.CreateDbContext();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var rolledBack = db.QueueNotification(InApp(user.Id, "rolled-back"));
            await db.SaveChangesAsync();
            Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.NotificationId == rolledBack.Id));
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            Assert.False(await db.Notifications.AnyAsync(n => n.Id == rolledBack.Id));
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.NotificationId == rolledBack.Id));
        }

        var committed = db.QueueNotification(InApp(user.Id, "committed"));
        await db.SaveChangesAsync();
        var outbox = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.NotificationId == committed.Id);
        Assert.Null(outbox.DispatchedAt);
        Assert.True(outbox.CreatedAt > DateTimeOffset.UtcNow.AddMinutes(-1), "the database stamps the row");

        // The same thing queued twice for one person is refused.
        db.QueueNotification(InApp(user.Id, "committed"));
        var duplicate = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(duplicate.InnerException).SqlState);
        db.ChangeTracker.Clear();

        // Registering queues the welcome email in the registration's own transaction.
        var welcome = await db.Notifications.AsNoTracking().SingleAsync(n => n.UserId == user.Id && n.Kind == NotificationKind.Welcome);
        Assert.Equal((NotificationChannel.Email, NotificationStatus.Queued, user.Email), (welcome.Channel, welcome.Status, welcome.RecipientEmail));
        Assert.True(await db.OutboxMessages.AnyAsync(m => m.NotificationId == welcome.Id));
    }

    [Fact]
    public async Task The_welcome_email_arrives_exactly_once_even_when_its_job_runs_three_times()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var welcome = await NotificationOfKindAsync(user.Id, NotificationKind.Welcome);
        Guid inAppId;
        await using (var db = fixture.CreateDbContext())
        {
            inAppId = db.QueueNotification(InApp(user.Id, "reminder")).Id;
            await db.SaveChangesAsync();
        }

        // Two stray copies of the job (as after a relay crash or a lease running out) race the relay's own.
        var keyPrefix = WorkersHost.NewKeyPrefix();
        await using (var redis = await ConnectionMultiplexer.ConnectAsync(fixture.Host.GetConnectionString("cache")))
        {
            var queue = new JobQueue(redis, Options.Create(new JobQueueOptions { KeyPrefix = keyPrefix }), TimeProvider.System);
            for (var copy = 0; copy < 2; copy++)
            {
                await queue.EnqueueAsync(NotificationEmailJob.JobType, new NotificationEmailJob(welcome.Id), id: welcome.Id.ToString());
            }
        }

        await using var workers = await fixture.StartWorkersAsync(user.Id, keyPrefix);
        var sent = await WaitForStatusAsync(welcome.Id, NotificationStatus.Sent);
        Assert.Equal(1, sent.Attempts);
        Assert.NotNull(sent.SentAt);
        Assert.Equal(NotificationStatus.Sent, (await WaitForStatusAsync(inAppId, NotificationStatus.Sent)).Status);

        // Every copy has run: the relay's (once its row is dispatched) and the two strays.
        await WorkersHost.WaitUntilAsync(async () =>
        {
            await using var db = fixture.CreateDbContext();
            return await db.OutboxMessages.AllAsync(m => m.NotificationId != welcome.Id || m.DispatchedAt != null);
        }, "the relay");
        var workerQueue = workers.Services.GetRequiredService<JobQueue>();
        await WorkersHost.WaitUntilAsync(async () => await workerQueue.GetStatsAsync() == new JobQueueStats(0, 0, 0, 0));
        var emails = await fixture.InboxForAsync(user.Email);
        var email = Assert.Single(emails);
        Assert.Equal("Welcome to Sanctum", email.GetProperty("subject").GetString());
        Assert.Contains("988", email.GetProperty("text").GetString());

        var history = await user.Client.GetFromJsonAsync<JsonElement>(Notifications, ApiClient.Json);
        var listed = history.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("id").GetGuid() == welcome.Id);
        Assert.Equal(("email", "welcome", "sent", 1),
            (listed.GetProperty("channel").GetString(), listed.GetProperty("kind").GetString(), listed.GetProperty("status").GetString(),
                listed.GetProperty("attempts").GetInt32()));
    }

    [Fact]
    public async Task An_email_that_cannot_be_sent_is_retried_then_dead_lettered_and_shown_in_the_history()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var welcome = await NotificationOfKindAsync(user.Id, NotificationKind.Welcome);

        // Port 1: nothing listens, every attempt is refused.
        await using var workers = await fixture.StartWorkersAsync(user.Id, WorkersHost.NewKeyPrefix(), new()
        {
            ["ConnectionStrings:mail"] = "Endpoint=smtp://127.0.0.1:1",
            ["JobQueue:MaxAttempts"] = "3",
            ["JobQueue:FirstRetryDelay"] = "00:00:00.050",
        });

        var dead = await WaitForStatusAsync(welcome.Id, NotificationStatus.DeadLettered);
        Assert.Equal(3, dead.Attempts);
        Assert.False(string.IsNullOrEmpty(dead.LastError));
        Assert.Null(dead.SentAt);
        var letter = Assert.Single(await workers.Services.GetRequiredService<JobQueue>().GetDeadLettersAsync());
        Assert.Equal(welcome.Id.ToString(), letter.Id);

        var history = await user.Client.GetFromJsonAsync<JsonElement>(Notifications, ApiClient.Json);
        var listed = Assert.Single(history.GetProperty("items").EnumerateArray());
        Assert.Equal(("deadLettered", 3), (listed.GetProperty("status").GetString(), listed.GetProperty("attempts").GetInt32()));
        Assert.False(string.IsNullOrEmpty(listed.GetProperty("lastError").GetString()));
    }

    [Fact]
    public async Task The_list_is_newest_first_and_paged_and_reading_clears_the_unread_count()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var older = await QueueAsync(InApp(user.Id, "older", DateTimeOffset.UtcNow.AddMinutes(1)));
        var newer = await QueueAsync(InApp(user.Id, "newer", DateTimeOffset.UtcNow.AddMinutes(2)));
        Assert.Equal(3, await UnreadCountAsync(user));

        var page = await user.Client.GetFromJsonAsync<JsonElement>($"{Notifications}?pageSize=2", ApiClient.Json);
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.Equal([newer, older], page.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()));
        var first = page.GetProperty("items")[0];
        Assert.Equal(("inApp", "reminder", "queued", 0), (first.GetProperty("channel").GetString(), first.GetProperty("kind").GetString(),
            first.GetProperty("status").GetString(), first.GetProperty("attempts").GetInt32()));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("readAt").ValueKind);

        var read = await user.Client.PostAsync($"{Notifications}/{older}/read", null);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var readAt = (await read.ReadAsync<JsonElement>()).GetProperty("readAt").GetDateTimeOffset();
        Assert.Equal(2, await UnreadCountAsync(user));
        // Reading again keeps the first time (to PostgreSQL's microseconds).
        var again = await (await user.Client.PostAsync($"{Notifications}/{older}/read", null)).ReadAsync<JsonElement>();
        Assert.Equal(readAt, again.GetProperty("readAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));

        var all = await user.Client.PostAsync($"{Notifications}/read-all", null);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal(0, await UnreadCountAsync(user));

        await (await user.Client.GetAsync($"{Notifications}?pageSize=0")).AssertBadRequestNamingAsync("pageSize");
    }

    [Fact]
    public async Task Another_persons_notification_answers_404_and_is_never_listed_or_counted()
    {
        var owner = await fixture.Api.RegisterAndSignInAsync();
        var other = await fixture.Api.RegisterAndSignInAsync();
        var id = await QueueAsync(InApp(owner.Id, "private"));

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PostAsync($"{Notifications}/{id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.Client.PostAsync($"{Notifications}/{Guid.NewGuid()}/read", null)).StatusCode);
        await other.Client.PostAsync($"{Notifications}/read-all", null);

        var othersList = await other.Client.GetFromJsonAsync<JsonElement>(Notifications, ApiClient.Json);
        Assert.DoesNotContain(othersList.GetProperty("items").EnumerateArray(), n => n.GetProperty("id").GetGuid() == id);
        Assert.Equal(2, await UnreadCountAsync(owner));
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Api.CreateClient().GetAsync(Notifications)).StatusCode);
    }

    private static Notification InApp(Guid userId, string key, DateTimeOffset? createdAt = null) => new()
    {
        UserId = userId,
        Channel = NotificationChannel.InApp,
        Kind = NotificationKind.Reminder,
        Title = "Time for your evening check-in",
        Body = "A minute to note how today went.",
        IdempotencyKey = key,
        CreatedAt = createdAt ?? DateTimeOffset.UtcNow,
    };

    private async Task<Guid> QueueAsync(Notification notification)
    {
        await using var db = fixture.CreateDbContext();
        db.QueueNotification(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }

    private static async Task<int> UnreadCountAsync(TestUser user) =>
        (await user.Client.GetFromJsonAsync<JsonElement>($"{Notifications}/unread-count", ApiClient.Json)).GetProperty("count").GetInt32();

    private async Task<Notification> NotificationOfKindAsync(Guid userId, NotificationKind kind)
    {
        await using var db = fixture.CreateDbContext();
        return await db.Notifications.AsNoTracking().SingleAsync(n => n.UserId == userId && n.Kind == kind);
    }

    private async Task<Notification> WaitForStatusAsync(Guid id, NotificationStatus status)
    {
        Notification? found = null;
        await WorkersHost.WaitUntilAsync(async () =>
        {
            await using var db = fixture.CreateDbContext();
            found = await db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id);
            return found.Status == status;
        }, $"notification {id} to be {status}");
        return found!;
    }
}
