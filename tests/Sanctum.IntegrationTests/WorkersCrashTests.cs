using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Notifications;

namespace Sanctum.IntegrationTests;

/// <summary>
/// The Workers process is killed (SIGKILL, no shutdown) while alerts are queued and in flight; after a restart every
/// alert reaches the mail sink exactly once.
/// </summary>
[Collection(SanctumCollection.Name)]
public sealed class WorkersCrashTests(SanctumFixture fixture)
{
    private const int People = 6;
    private const int ContactsEach = 2;

    [Fact]
    public async Task Alerts_queued_when_the_Workers_process_is_killed_are_each_delivered_once_after_a_restart()
    {
        var people = new List<(TestUser User, List<AlertSetup.Contact> Contacts)>();
        for (var i = 0; i < People; i++) people.Add(await AlertSetup.PersonWithAlertRuleAsync(fixture, ContactsEach));
        var userIds = people.Select(p => p.User.Id).ToArray();
        var addresses = people.SelectMany(p => p.Contacts).Select(c => c.Email).ToList();
        foreach (var (user, _) in people)
        {
            var saved = await user.Client.PostAsJsonAsync(AlertSetup.Shifts, AlertSetup.Shift("I want to kill myself tonight"));
            Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        }
        await fixture.SetAsideOutboxOfOthersAsync(userIds);

        // The first Workers reach an SMTP server that accepts connections and never answers, so emails hang mid-send
        // (the state most likely to be lost or doubled) while the rest wait in the queue.
        using var silentSmtp = new TcpListener(System.Net.IPAddress.Loopback, 0);
        silentSmtp.Start();
        var keyPrefix = WorkersHost.NewKeyPrefix();
        using (var first = StartWorkersProcess(keyPrefix, $"Endpoint=smtp://127.0.0.1:{((IPEndPoint)silentSmtp.LocalEndpoint).Port}"))
        {
            await WorkersHost.WaitUntilAsync(async () => await AlertsQueuedAsync(userIds) == People * ContactsEach,
                "the crisis jobs to queue every alert", TimeSpan.FromSeconds(60));
            Assert.Equal(0, await SentAsync(userIds));
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }
        Assert.Empty((await Task.WhenAll(addresses.Select(fixture.InboxForAsync))).SelectMany(inbox => inbox));

        using var second = StartWorkersProcess(keyPrefix, fixture.Host.GetConnectionString("mail"));
        try
        {
            await WorkersHost.WaitUntilAsync(async () => await SentAsync(userIds) == People * ContactsEach,
                "every alert to be sent after the restart", TimeSpan.FromSeconds(60));
            // Time for a duplicate to show up, were one coming (leases are 3 s here).
            await Task.Delay(TimeSpan.FromSeconds(5));
            foreach (var address in addresses) Assert.Single(await fixture.InboxForAsync(address));
            Assert.Equal(People * ContactsEach, await AlertsQueuedAsync(userIds));
        }
        finally
        {
            second.Kill(entireProcessTree: true);
        }
    }

    private async Task<int> AlertsQueuedAsync(Guid[] userIds)
    {
        await using var db = fixture.CreateDbContext();
        return await db.AlertDeliveries.CountAsync(d => userIds.Contains(d.UserId));
    }

    private async Task<int> SentAsync(Guid[] userIds)
    {
        await using var db = fixture.CreateDbContext();
        return await db.Notifications.CountAsync(n => userIds.Contains(n.UserId) && n.Kind == NotificationKind.Alert
            && n.Status == NotificationStatus.Sent);
    }

    /// <summary>The real Workers build, as its own process, configured the way an Aspire AppHost would configure it.</summary>
    private Process StartWorkersProcess(string keyPrefix, string mail)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Sanctum.Workers.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in fixture.ServiceSettings()) start.Environment[key.Replace(":", "__")] = value;
        start.Environment["ConnectionStrings__mail"] = mail;
        start.Environment["JobQueue__KeyPrefix"] = keyPrefix;
        start.Environment["JobQueue__Lease"] = "00:00:03";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        var process = Process.Start(start)!;
        // Drained so a chatty process never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
