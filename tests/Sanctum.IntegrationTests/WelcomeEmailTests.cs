extern alias workers;

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using workers::Sanctum.Workers.Migrations;

namespace Sanctum.IntegrationTests;

/// <summary>The whole background path: Api enqueues, Workers take the job from Redis and send it over SMTP.</summary>
[Collection(SanctumCollection.Name)]
public sealed class WelcomeEmailTests(SanctumFixture fixture)
{
    [Fact]
    public async Task Registering_sends_a_welcome_email_through_the_queue()
    {
        await using var workers = new WebApplicationFactory<MigrationState>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in fixture.ServiceSettings()) builder.UseSetting(key, value);
        });
        _ = workers.Server; // starts the hosted services

        var user = await fixture.Api.RegisterAndSignInAsync();

        using var mail = new HttpClient { BaseAddress = fixture.Host.GetUrl("mail") };
        var deadline = DateTime.UtcNow.AddSeconds(15);
        JsonElement? welcome = null;
        while (welcome is null && DateTime.UtcNow < deadline)
        {
            var inbox = await mail.GetFromJsonAsync<JsonElement[]>("/api/email");
            welcome = inbox!.Cast<JsonElement?>().FirstOrDefault(e =>
                e!.Value.GetProperty("to").EnumerateArray().Any(to => to.GetProperty("address").GetString() == user.Email));
            if (welcome is null) await Task.Delay(200);
        }

        Assert.NotNull(welcome);
        Assert.Equal("Welcome to Sanctum", welcome.Value.GetProperty("subject").GetString());
        Assert.Contains("988", welcome.Value.GetProperty("text").GetString());
    }
}
