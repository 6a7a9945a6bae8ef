using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sanctum.IntegrationTests;

[Collection(SanctumCollection.Name)]
public sealed class ProfileTests(SanctumFixture fixture)
{
    private static readonly object CompleteProfile = new
    {
        displayName = "Sam R.",
        timeZone = "America/New_York",
        preferredName = "Sam",
        companionName = "Willow",
        pronouns = "they/them",
        dateOfBirth = "1994-03-12",
        diagnoses = new object[] { new { text = "Bipolar II", icd10Code = "F31.81" }, new { text = "ADHD", icd10Code = (string?)null } },
        intakeTier = 3,
    };

    [Fact]
    public async Task A_new_account_has_an_empty_profile_that_can_be_filled_in()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var empty = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/profile");
        Assert.Equal(1, empty.GetProperty("intakeTier").GetInt32());
        Assert.Equal(0, empty.GetProperty("diagnoses").GetArrayLength());

        var saved = await user.Client.PutAsJsonAsync("/api/v1/me/profile", CompleteProfile);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var profile = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/profile");
        Assert.Equal("Willow", profile.GetProperty("companionName").GetString());
        Assert.Equal("1994-03-12", profile.GetProperty("dateOfBirth").GetString());
        Assert.Equal("F31.81", profile.GetProperty("diagnoses")[0].GetProperty("icd10Code").GetString());
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("diagnoses")[1].GetProperty("icd10Code").ValueKind);
        var me = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal("America/New_York", me.GetProperty("timeZone").GetString());
        Assert.Equal("Sam R.", me.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Each_person_sees_only_their_own_profile()
    {
        var first = await fixture.Api.RegisterAndSignInAsync();
        var second = await fixture.Api.RegisterAndSignInAsync();
        await first.Client.PutAsJsonAsync("/api/v1/me/profile", CompleteProfile);

        var theirs = await second.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/profile");
        Assert.Equal(JsonValueKind.Null, theirs.GetProperty("companionName").ValueKind);
    }

    [Theory]
    [InlineData("intakeTier", """{"displayName":"Sam","timeZone":"UTC","intakeTier":9}""")]
    [InlineData("dateOfBirth", """{"displayName":"Sam","timeZone":"UTC","dateOfBirth":"2999-01-01"}""")]
    [InlineData("dateOfBirth", """{"displayName":"Sam","timeZone":"UTC","dateOfBirth":"12/03/1994"}""")]
    [InlineData("diagnoses[0].icd10Code", """{"displayName":"Sam","timeZone":"UTC","diagnoses":[{"text":"Bipolar","icd10Code":"bipolar"}]}""")]
    [InlineData("diagnoses[0].text", """{"displayName":"Sam","timeZone":"UTC","diagnoses":[{"text":""}]}""")]
    [InlineData("timeZone", """{"displayName":"Sam","timeZone":"Somewhere"}""")]
    [InlineData("displayName", """{"timeZone":"UTC"}""")]
    public async Task Bad_input_answers_400_naming_the_field_and_keeps_the_stored_profile(string field, string json)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await user.Client.PutAsJsonAsync("/api/v1/me/profile", CompleteProfile);
        var before = await user.Client.GetStringAsync("/api/v1/me/profile");

        var response = await user.Client.PutAsync("/api/v1/me/profile", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertBadRequestNamingAsync(field);
        Assert.Equal(before, await user.Client.GetStringAsync("/api/v1/me/profile"));
    }
}
