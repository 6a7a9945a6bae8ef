extern alias workers;

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using workers::Sanctum.Workers.Migrations;

namespace Sanctum.IntegrationTests;

/// <summary>Runs the real Workers against the fixture's servers, and reads what reached the mail sink.</summary>
public static class WorkersHost
{
    public static string NewKeyPrefix() => $"sanctum:test:{Guid.NewGuid():N}:jobs";

    /// <summary>
    /// Starts a Workers host on its own queue. Other tests' users leave welcome emails in the shared outbox; they are
    /// marked dispatched first so this test's rows are not queued behind hundreds of others.
    /// </summary>
    public static async Task<WebApplicationFactory<MigrationState>> StartWorkersAsync(
        this SanctumFixture fixture, Guid userId, string keyPrefix, Dictionary<string, string?>? settings = null,
        Action<IWebHostBuilder>? configure = null)
    {
        await fixture.SetAsideOutboxOfOthersAsync([userId]);
        var workers = new WebApplicationFactory<MigrationState>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in fixture.ServiceSettings()) builder.UseSetting(key, value);
            builder.UseSetting("JobQueue:KeyPrefix", keyPrefix);
            foreach (var (key, value) in settings ?? []) builder.UseSetting(key, value);
            configure?.Invoke(builder);
        });
        _ = workers.Server; // starts the hosted services
        return workers;
    }

    /// <summary>Marks every undispatched outbox row that is not about these users as dispatched.</summary>
    public static async Task SetAsideOutboxOfOthersAsync(this SanctumFixture fixture, Guid[] userIds)
    {
        await using var db = fixture.CreateDbContext();
        await db.Database.ExecuteSqlAsync($"""
            UPDATE notifications.outbox o SET dispatched_at = now()
            WHERE o.dispatched_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM notifications.notifications n WHERE n.id = o.notification_id AND n.user_id = ANY({userIds}))
              AND NOT EXISTS (SELECT 1 FROM safety.events e
                              WHERE e.id::text = o.job_payload ->> 'safetyEventId' AND e.user_id = ANY({userIds}))
              AND NOT EXISTS (SELECT 1 FROM exports.exports x
                              WHERE x.id::text = o.job_payload ->> 'exportId' AND x.user_id = ANY({userIds}))
            """);
    }

    public static async Task<List<JsonElement>> InboxForAsync(this SanctumFixture fixture, string address)
    {
        using var mail = new HttpClient { BaseAddress = fixture.Host.GetUrl("mail") };
        var inbox = await mail.GetFromJsonAsync<JsonElement[]>("/api/email");
        return inbox!.Where(e => e.GetProperty("to").EnumerateArray().Any(to => to.GetProperty("address").GetString() == address)).ToList();
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what = "the queue to drain", TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }
}
