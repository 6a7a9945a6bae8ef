using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sanctum.IntegrationTests;

/// <summary>Contacts, alert rules and high-risk notes as the alert tests set them up.</summary>
public static class AlertSetup
{
    public const string Rules = "/api/v1/alerts/rules";
    public const string Shifts = "/api/v1/mood/shifts";

    public sealed record Contact(Guid Id, string Name, string Email);

    public static async Task<Contact> AddContactAsync(TestUser user, string name, bool optIn)
    {
        var email = ApiClient.NewEmail();
        var response = await user.Client.PostAsJsonAsync("/api/v1/me/contacts",
            new { name, email, phone = optIn ? "555-0101" : "555-0102", alertsOptIn = optIn });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return new Contact((await response.ReadAsync<JsonElement>()).GetProperty("id").GetGuid(), name, email);
    }

    public static object Rule(params Guid[] contactIds) => new { minimumRisk = "high", contactIds };

    public static object Shift(string notes) => new { currentState = "low", intensity = 8, notes };

    /// <summary>A person with opted-in contacts named by one crisis rule.</summary>
    public static async Task<(TestUser User, List<Contact> Contacts)> PersonWithAlertRuleAsync(SanctumFixture fixture, int contacts)
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var added = new List<Contact>();
        for (var i = 0; i < contacts; i++) added.Add(await AddContactAsync(user, $"Friend {i + 1}", optIn: true));
        var rule = await user.Client.PostAsJsonAsync(Rules, Rule([.. added.Select(c => c.Id)]));
        Assert.Equal(HttpStatusCode.Created, rule.StatusCode);
        return (user, added);
    }
}
