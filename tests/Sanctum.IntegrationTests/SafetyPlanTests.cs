using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Sanctum.IntegrationTests;

[Collection(SanctumCollection.Name)]
public sealed class SafetyPlanTests(SanctumFixture fixture)
{
    private const string Plan = "/api/v1/safety/plan";

    private static object PlanBody(Guid[]? contactIds = null, Guid[]? providerIds = null, string warningSign = "Not sleeping for two nights") => new
    {
        warningSigns = new[] { warningSign, "  Pulling away from friends " },
        copingStrategies = new[] { "Cold water on my face", "Walk round the block" },
        distractions = new[] { "The coffee shop on Elm St" },
        peopleToAsk = new[] { "My neighbour Pat" },
        contactIds = contactIds ?? [],
        professionals = new[] { "Harbor Clinic front desk" },
        providerIds = providerIds ?? [],
        safeEnvironment = new[] { "Ask Alex to keep my pills" },
        mattersMost = "My daughter, and seeing her grow up",
    };

    private static async Task<Guid> CreateAsync(TestUser user, PersonalCollection collection)
    {
        var created = await user.Client.PostAsJsonAsync(collection.Path, collection.Valid);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_plan_is_saved_with_its_linked_people_and_the_crisis_lines_and_read_back()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync(Plan)).StatusCode);
        var contactId = await CreateAsync(user, PersonalCollection.Contacts);
        var providerId = await CreateAsync(user, PersonalCollection.Providers);

        var saved = await user.Client.PutAsJsonAsync(Plan, PlanBody([contactId], [providerId]));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var plan = await user.Client.GetFromJsonAsync<JsonElement>(Plan);
        Assert.Equal(1, plan.GetProperty("version").GetInt32());
        Assert.Equal("Pulling away from friends", plan.GetProperty("warningSigns")[1].GetString());
        Assert.Equal("My daughter, and seeing her grow up", plan.GetProperty("mattersMost").GetString());
        var contact = plan.GetProperty("contacts").EnumerateArray().Single();
        Assert.Equal(("Alex", "+1 555 0100"), (contact.GetProperty("name").GetString(), contact.GetProperty("phone").GetString()));
        Assert.Equal("Dr. Rivera", plan.GetProperty("providers")[0].GetProperty("name").GetString());
        Assert.Contains(plan.GetProperty("crisisLines").EnumerateArray(), line => line.GetProperty("href").GetString() == "tel:988");

        await using var db = fixture.CreateDbContext();
        var audit = await db.AuditEvents.Where(a => a.SubjectUserId == user.Id && a.EntityType == "safety_plan")
            .Select(a => a.Action).ToListAsync();
        Assert.Equal(["created"], audit);
    }

    [Fact]
    public async Task Every_save_is_a_new_version_and_earlier_versions_stay_as_they_were()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        await user.Client.PutAsJsonAsync(Plan, PlanBody(warningSign: "First"));
        await user.Client.PutAsJsonAsync(Plan, PlanBody(warningSign: "Second"));
        await user.Client.PutAsJsonAsync(Plan, PlanBody(warningSign: "Third"));

        var latest = await user.Client.GetFromJsonAsync<JsonElement>(Plan);
        Assert.Equal(3, latest.GetProperty("version").GetInt32());
        Assert.Equal("Third", latest.GetProperty("warningSigns")[0].GetString());
        var page = await user.Client.GetFromJsonAsync<JsonElement>($"{Plan}/versions?page=1&pageSize=2");
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        Assert.Equal([3, 2], page.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        var first = await user.Client.GetFromJsonAsync<JsonElement>($"{Plan}/versions/1");
        Assert.Equal("First", first.GetProperty("warningSigns")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"{Plan}/versions/4")).StatusCode);

        await using var db = fixture.CreateDbContext();
        var actions = await db.AuditEvents.Where(a => a.SubjectUserId == user.Id && a.EntityType == "safety_plan")
            .Select(a => a.Action).ToListAsync();
        Assert.Equal(["created", "created", "created"], actions);
        var edit = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            db.Database.ExecuteSqlAsync($"UPDATE safety.plan_versions SET matters_most = 'changed' WHERE user_id = {user.Id}"));
        Assert.Contains("never edited", edit.MessageText);
    }

    [Fact]
    public async Task Saves_at_the_same_moment_each_become_a_version()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var saves = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => user.Client.PutAsJsonAsync(Plan, PlanBody())));

        Assert.All(saves, save => Assert.Equal(HttpStatusCode.OK, save.StatusCode));
        var versions = await user.Client.GetFromJsonAsync<JsonElement>($"{Plan}/versions");
        Assert.Equal([2, 1], versions.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task Another_persons_plan_is_never_visible_and_their_contacts_cannot_be_linked()
    {
        var owner = await fixture.Api.RegisterAndSignInAsync();
        var other = await fixture.Api.RegisterAndSignInAsync();
        await owner.Client.PutAsJsonAsync(Plan, PlanBody());
        var ownersContact = await CreateAsync(owner, PersonalCollection.Contacts);
        var ownersProvider = await CreateAsync(owner, PersonalCollection.Providers);

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(Plan)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"{Plan}/versions/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"{Plan}/pdf")).StatusCode);
        Assert.Equal(0, (await other.Client.GetFromJsonAsync<JsonElement>($"{Plan}/versions")).GetProperty("totalCount").GetInt32());
        await (await other.Client.PutAsJsonAsync(Plan, PlanBody(contactIds: [ownersContact]))).AssertBadRequestNamingAsync("contactIds");
        await (await other.Client.PutAsJsonAsync(Plan, PlanBody(providerIds: [ownersProvider]))).AssertBadRequestNamingAsync("providerIds");
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Api.CreateClient().GetAsync(Plan)).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        await (await user.Client.PutAsJsonAsync(Plan, new { warningSigns = new[] { new string('x', 201) } })).AssertBadRequestNamingAsync("warningSigns[0]");
        await (await user.Client.PutAsJsonAsync(Plan, new { copingStrategies = new[] { " " } })).AssertBadRequestNamingAsync("copingStrategies[0]");
        await (await user.Client.PutAsJsonAsync(Plan, new { distractions = Enumerable.Repeat("walk", 21) })).AssertBadRequestNamingAsync("distractions");
        await (await user.Client.PutAsJsonAsync(Plan, new { mattersMost = new string('x', 1001) })).AssertBadRequestNamingAsync("mattersMost");
        await (await user.Client.PutAsJsonAsync(Plan, new { contactIds = new[] { Guid.NewGuid() } })).AssertBadRequestNamingAsync("contactIds");
        await (await user.Client.GetAsync($"{Plan}/versions?pageSize=500")).AssertBadRequestNamingAsync("pageSize");
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync(Plan)).StatusCode);
    }

    [Fact]
    public async Task The_latest_plan_prints_as_one_page_with_every_step_and_the_crisis_lines()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var contactId = await CreateAsync(user, PersonalCollection.Contacts);
        await user.Client.PutAsJsonAsync(Plan, PlanBody([contactId], warningSign: "Old sign"));
        await user.Client.PutAsJsonAsync(Plan, PlanBody([contactId], warningSign: "Café closing early"));

        var response = await user.Client.GetAsync($"{Plan}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ReadAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("My safety plan", text);
        Assert.Contains("Version 2", text);
        Assert.Contains("Café closing early", text);
        Assert.DoesNotContain("Old sign", text);
        Assert.Contains("Alex, sister, +1 555 0100", text);
        Assert.Contains("Text HOME to 741741", text);
        Assert.Contains("My daughter, and seeing her grow up", text);
        Assert.Single(text.Split('\f', StringSplitOptions.RemoveEmptyEntries), page => page.Trim().Length > 0);
    }
}
