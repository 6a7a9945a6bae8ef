using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sanctum.IntegrationTests;

[Collection(SanctumCollection.Name)]
public sealed class PersonalCollectionTests(SanctumFixture fixture)
{
    [Theory]
    [MemberData(nameof(PersonalCollection.All), MemberType = typeof(PersonalCollection))]
    public async Task Create_read_update_list_and_delete_a_record(PersonalCollection collection)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var created = await user.Client.PostAsJsonAsync(collection.Path, collection.Valid);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var record = await created.ReadAsync<JsonElement>();
        var id = record.GetProperty("id").GetGuid();
        Assert.Equal($"{collection.Path}/{id}", created.Headers.Location?.OriginalString);

        var read = await user.Client.GetFromJsonAsync<JsonElement>($"{collection.Path}/{id}");
        Assert.Equal(record.GetProperty("name").GetString(), read.GetProperty("name").GetString());

        var updated = await user.Client.PutAsJsonAsync($"{collection.Path}/{id}", collection.Edited);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var edited = await updated.ReadAsync<JsonElement>();
        Assert.Equal(collection.EditedValue, edited.GetProperty(collection.EditedField).ToString());

        var list = await user.Client.GetFromJsonAsync<JsonElement>($"{collection.Path}?page=1&pageSize=10");
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(id, list.GetProperty("items")[0].GetProperty("id").GetGuid());

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"{collection.Path}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"{collection.Path}/{id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(PersonalCollection.All), MemberType = typeof(PersonalCollection))]
    public async Task Lists_are_paged_newest_first(PersonalCollection collection)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        for (var i = 0; i < 5; i++) (await user.Client.PostAsJsonAsync(collection.Path, collection.Valid)).EnsureSuccessStatusCode();

        var first = await user.Client.GetFromJsonAsync<JsonElement>($"{collection.Path}?page=1&pageSize=2");
        var last = await user.Client.GetFromJsonAsync<JsonElement>($"{collection.Path}?page=3&pageSize=2");

        Assert.Equal(5, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, last.GetProperty("items").GetArrayLength());
        var newest = first.GetProperty("items")[0].GetProperty("createdAt").GetDateTimeOffset();
        var oldest = last.GetProperty("items")[0].GetProperty("createdAt").GetDateTimeOffset();
        Assert.True(newest >= oldest);
    }

    [Theory]
    [MemberData(nameof(PersonalCollection.All), MemberType = typeof(PersonalCollection))]
    public async Task Another_persons_record_answers_404_and_stays_untouched(PersonalCollection collection)
    {
        var owner = await fixture.Api.RegisterAndSignInAsync();
        var stranger = await fixture.Api.RegisterAndSignInAsync();
        var created = await owner.Client.PostAsJsonAsync(collection.Path, collection.Valid);
        var id = (await created.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"{collection.Path}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PutAsJsonAsync($"{collection.Path}/{id}", collection.Edited)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.DeleteAsync($"{collection.Path}/{id}")).StatusCode);
        var strangersList = await stranger.Client.GetFromJsonAsync<JsonElement>(collection.Path);
        Assert.Equal(0, strangersList.GetProperty("totalCount").GetInt32());

        var stillThere = await owner.Client.GetFromJsonAsync<JsonElement>($"{collection.Path}/{id}");
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync($"{collection.Path}/{id}")).StatusCode);
        Assert.NotEqual(collection.EditedValue, stillThere.GetProperty(collection.EditedField).ToString());
    }

    [Theory]
    [MemberData(nameof(PersonalCollection.InvalidCases), MemberType = typeof(PersonalCollection))]
    public async Task Bad_input_answers_400_naming_the_field_and_loses_nothing(PersonalCollection collection, string field, int caseIndex)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var created = await user.Client.PostAsJsonAsync(collection.Path, collection.Valid);
        var id = (await created.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        var original = await user.Client.GetFromJsonAsync<JsonElement>($"{collection.Path}/{id}");
        var bad = collection.Invalid[caseIndex].Body;

        await (await user.Client.PostAsJsonAsync(collection.Path, bad)).AssertBadRequestNamingAsync(field);
        await (await user.Client.PutAsJsonAsync($"{collection.Path}/{id}", bad)).AssertBadRequestNamingAsync(field);

        var afterwards = await user.Client.GetFromJsonAsync<JsonElement>($"{collection.Path}/{id}");
        Assert.Equal(original.ToString(), afterwards.ToString());
        var list = await user.Client.GetFromJsonAsync<JsonElement>(collection.Path);
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/me/contacts?pageSize=0", "pageSize")]
    [InlineData("/api/v1/me/providers?pageSize=101", "pageSize")]
    [InlineData("/api/v1/me/medications?page=0", "page")]
    [InlineData("/api/v1/me/contacts?page=abc", "page")]
    [InlineData("/api/v1/me/audit?pageSize=500", "pageSize")]
    public async Task Bad_paging_answers_400_naming_the_parameter(string url, string field)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await (await user.Client.GetAsync(url)).AssertBadRequestNamingAsync(field);
    }

    [Theory]
    [InlineData("/api/v1/me/contacts")]
    [InlineData("/api/v1/me/providers")]
    [InlineData("/api/v1/me/medications")]
    [InlineData("/api/v1/me/profile")]
    [InlineData("/api/v1/me/audit")]
    [InlineData("/api/v1/auth/me")]
    public async Task Every_personal_endpoint_needs_a_signed_in_caller(string url)
    {
        var response = await fixture.Api.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
