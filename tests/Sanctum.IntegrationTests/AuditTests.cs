using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Sanctum.IntegrationTests;

[Collection(SanctumCollection.Name)]
public sealed class AuditTests(SanctumFixture fixture)
{
    [Theory]
    [MemberData(nameof(PersonalCollection.All), MemberType = typeof(PersonalCollection))]
    public async Task Every_write_to_a_personal_list_leaves_an_audit_row(PersonalCollection collection)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var created = await user.Client.PostAsJsonAsync(collection.Path, collection.Valid);
        var id = (await created.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        await user.Client.PutAsJsonAsync($"{collection.Path}/{id}", collection.Edited);
        await user.Client.DeleteAsync($"{collection.Path}/{id}");

        await using var db = fixture.CreateDbContext();
        var rows = await db.AuditEvents.Where(a => a.EntityId == id.ToString()).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["created", "updated", "deleted"], rows.Select(r => r.Action));
        Assert.All(rows, r =>
        {
            Assert.Equal(user.Id, r.SubjectUserId);
            Assert.Equal(user.Id, r.ActorUserId);
            Assert.False(string.IsNullOrEmpty(r.RequestId));
        });
        // The trail names changed fields, never their values.
        Assert.Contains(collection.EditedField.ToLowerInvariant(), rows[1].Details);
        Assert.DoesNotContain(collection.EditedValue, rows[1].Details);
    }

    [Fact]
    public async Task Registering_and_editing_the_profile_are_audited_and_shown_to_the_person()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await user.Client.PutAsJsonAsync("/api/v1/me/profile", new { displayName = "Sam", timeZone = "Asia/Tokyo", pronouns = "she/her" });

        var trail = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/audit?pageSize=50");
        var entries = trail.GetProperty("items").EnumerateArray()
            .Select(e => $"{e.GetProperty("action").GetString()} {e.GetProperty("entityType").GetString()}")
            .ToList();
        Assert.Contains("created user", entries);
        Assert.Contains("created profile", entries);
        Assert.Contains("signed_in session", entries);
        Assert.Contains("updated user", entries);
        Assert.Contains("updated profile", entries);
    }

    [Fact]
    public async Task A_person_sees_only_their_own_trail()
    {
        var first = await fixture.Api.RegisterAndSignInAsync();
        var second = await fixture.Api.RegisterAndSignInAsync();
        await first.Client.PostAsJsonAsync(PersonalCollection.Contacts.Path, PersonalCollection.Contacts.Valid);

        var trail = await second.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/audit?pageSize=100");
        Assert.DoesNotContain(trail.GetProperty("items").EnumerateArray(), e => e.GetProperty("entityType").GetString() == "emergency_contact");
    }

    [Theory]
    [InlineData("UPDATE compliance.audit_events SET action = 'rewritten'")]
    [InlineData("DELETE FROM compliance.audit_events")]
    [InlineData("TRUNCATE compliance.audit_events")]
    public async Task The_database_refuses_to_rewrite_the_trail(string sql)
    {
        await fixture.Api.RegisterAndSignInAsync();
        await using var dataSource = fixture.CreateDataSource();
        var error = await Assert.ThrowsAsync<PostgresException>(() => dataSource.CreateCommand(sql).ExecuteNonQueryAsync());
        Assert.Contains("append-only", error.MessageText);
    }
}
