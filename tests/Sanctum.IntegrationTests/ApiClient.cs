using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sanctum.IntegrationTests;

public sealed record TestUser(Guid Id, string Email, string Password, HttpClient Client, Tokens Tokens);

public sealed record Tokens(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType);

public sealed record Problem(int? Status, string? Title, string? Detail, Dictionary<string, string[]>? Errors);

public static class ApiClient
{
    public const string Password = "a long enough passphrase";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string NewEmail() => $"person-{Guid.NewGuid():N}@example.org";

    public static async Task<TestUser> RegisterAndSignInAsync(this WebApplicationFactory<Program> api, string? timeZone = null)
    {
        var anonymous = api.CreateClient();
        var email = NewEmail();
        var registered = await anonymous.PostAsJsonAsync("/api/v1/auth/register",
            new { email, password = Password, displayName = "Sam", timeZone = timeZone ?? "Europe/London" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var account = await registered.Content.ReadFromJsonAsync<JsonElement>(Json);

        var tokens = await SignInAsync(anonymous, email, Password);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return new TestUser(account.GetProperty("id").GetGuid(), email, Password, client, tokens);
    }

    public static async Task<Tokens> SignInAsync(HttpClient client, string email, string password)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Tokens>(Json))!;
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;

    /// <summary>Asserts a 400 ProblemDetails that names <paramref name="field"/> among its errors.</summary>
    public static async Task AssertBadRequestNamingAsync(this HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400 naming '{field}', got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<Problem>(body, Json)!;
        Assert.True(problem.Errors?.ContainsKey(field) == true, $"Expected an error for '{field}', got: {body}");
    }
}
