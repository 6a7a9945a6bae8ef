using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Sanctum.IntegrationTests;

[Collection(SanctumCollection.Name)]
public sealed class AuthTests(SanctumFixture fixture)
{
    private HttpClient Anonymous => fixture.Api.CreateClient();

    [Fact]
    public async Task Register_sign_in_and_read_who_I_am()
    {
        var user = await fixture.Api.RegisterAndSignInAsync(timeZone: "America/Denver");

        var me = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal(user.Id, me.GetProperty("id").GetGuid());
        Assert.Equal("America/Denver", me.GetProperty("timeZone").GetString());
        Assert.Equal(900, user.Tokens.ExpiresIn);
        Assert.Equal("Bearer", user.Tokens.TokenType);
    }

    [Fact]
    public async Task Email_is_unique_whatever_its_case()
    {
        var email = ApiClient.NewEmail();
        var first = await Anonymous.PostAsJsonAsync("/api/v1/auth/register",
            new { email, password = ApiClient.Password, displayName = "A", timeZone = "UTC" });
        var second = await Anonymous.PostAsJsonAsync("/api/v1/auth/register",
            new { email = email.ToUpperInvariant(), password = ApiClient.Password, displayName = "B", timeZone = "UTC" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var tokens = await ApiClient.SignInAsync(Anonymous, email.ToUpperInvariant(), ApiClient.Password);
        Assert.NotEmpty(tokens.AccessToken);
    }

    [Fact]
    public async Task Passwords_are_stored_as_slow_hashes()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        await using var db = fixture.CreateDbContext();
        var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
        Assert.StartsWith("$2", stored.PasswordHash);
        Assert.DoesNotContain(user.Password, stored.PasswordHash);
    }

    [Fact]
    public async Task Refresh_rotates_the_token_and_reuse_revokes_the_whole_family()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();

        var rotated = await Refresh(user.Tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var next = await rotated.ReadAsync<Tokens>();
        Assert.NotEqual(user.Tokens.RefreshToken, next.RefreshToken);

        // Someone replays the first token: that sign-in ends everywhere, including the rotated token.
        Assert.Equal(HttpStatusCode.Unauthorized, (await Refresh(user.Tokens.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Refresh(next.RefreshToken)).StatusCode);

        // Other sign-ins of the same person are untouched.
        var other = await ApiClient.SignInAsync(Anonymous, user.Email, user.Password);
        Assert.Equal(HttpStatusCode.OK, (await Refresh(other.RefreshToken)).StatusCode);

        var audit = await AuditActions(user);
        Assert.Contains("token_reuse_detected", audit);
    }

    [Fact]
    public async Task Concurrent_use_of_one_refresh_token_lets_only_one_through()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Refresh(user.Tokens.RefreshToken)));
        Assert.True(results.Count(r => r.StatusCode == HttpStatusCode.OK) <= 1);
    }

    [Fact]
    public async Task Logout_ends_the_sign_in()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var logout = await Anonymous.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = user.Tokens.RefreshToken });
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Refresh(user.Tokens.RefreshToken)).StatusCode);
        Assert.Contains("signed_out", await AuditActions(user));
    }

    [Fact]
    public async Task Wrong_password_five_times_pauses_the_account_even_for_the_right_password()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "not my password" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var fifth = await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "not my password" });
        Assert.Equal(HttpStatusCode.Locked, fifth.StatusCode);
        var right = await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password });
        Assert.Equal(HttpStatusCode.Locked, right.StatusCode);
        Assert.Contains("paused", (await right.ReadAsync<Problem>()).Detail);

        var audit = await AuditActions(user);
        Assert.Equal(5, audit.Count(a => a == "sign_in_failed"));
        Assert.Contains("locked_out", audit);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_account()
    {
        var email = ApiClient.NewEmail();
        var statuses = new List<HttpStatusCode>();
        // Windows are fixed minutes: allow for the test straddling one boundary.
        while (statuses.Count < 21 && !statuses.Contains(HttpStatusCode.TooManyRequests))
            statuses.Add((await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "whatever it is" })).StatusCode);

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_client_address()
    {
        await using var strict = fixture.CreateApi(new Dictionary<string, string?> { ["Auth:SignInAttemptsPerIpPerMinute"] = "3" });
        var client = strict.CreateClient();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 4 && limited is null; i++)
        {
            var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = ApiClient.NewEmail(), password = "whatever it is" });
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited = response;
        }

        Assert.NotNull(limited);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task An_unknown_email_and_a_wrong_password_look_the_same()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var unknown = await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = ApiClient.NewEmail(), password = user.Password });
        var wrong = await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "not my password" });
        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        Assert.Equal((await unknown.ReadAsync<Problem>()).Detail, (await wrong.ReadAsync<Problem>()).Detail);
    }

    [Fact]
    public async Task A_tampered_or_foreign_access_token_is_refused()
    {
        var user = await fixture.Api.RegisterAndSignInAsync();
        var client = fixture.Api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Tokens.AccessToken[..^4] + "AAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Theory]
    [InlineData("email", """{"email":"nope","password":"a long enough passphrase","displayName":"A","timeZone":"UTC"}""")]
    [InlineData("password", """{"email":"a@example.org","password":"short","displayName":"A","timeZone":"UTC"}""")]
    [InlineData("displayName", """{"email":"a@example.org","password":"a long enough passphrase","displayName":"","timeZone":"UTC"}""")]
    [InlineData("timeZone", """{"email":"a@example.org","password":"a long enough passphrase","displayName":"A","timeZone":"Mars/Olympus_Mons"}""")]
    [InlineData("timeZone", """{"email":"a@example.org","password":"a long enough passphrase","displayName":"A","timeZone":"Pacific Standard Time"}""")]
    [InlineData("displayName", """{"email":"a@example.org","password":"a long enough passphrase","displayName":42,"timeZone":"UTC"}""")]
    [InlineData("body", "this is not json")]
    [InlineData("email", """{"email":""")]
    public async Task Register_with_bad_input_answers_400_naming_the_field(string field, string json)
    {
        await (await Post("/api/v1/auth/register", json)).AssertBadRequestNamingAsync(field);
    }

    [Theory]
    [InlineData("/api/v1/auth/login", "email", """{"password":"x"}""")]
    [InlineData("/api/v1/auth/login", "password", """{"email":"a@example.org"}""")]
    [InlineData("/api/v1/auth/refresh", "refreshToken", """{}""")]
    [InlineData("/api/v1/auth/logout", "refreshToken", """{"refreshToken":""}""")]
    [InlineData("/api/v1/auth/refresh", "refreshToken", """{"refreshToken":17}""")]
    public async Task Auth_endpoints_with_bad_input_answer_400_naming_the_field(string url, string field, string json)
    {
        await (await Post(url, json)).AssertBadRequestNamingAsync(field);
    }

    private Task<HttpResponseMessage> Refresh(string refreshToken) =>
        Anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

    private Task<HttpResponseMessage> Post(string url, string json) =>
        Anonymous.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    private async Task<List<string>> AuditActions(TestUser user)
    {
        await using var db = fixture.CreateDbContext();
        return await db.AuditEvents.Where(a => a.SubjectUserId == user.Id).Select(a => a.Action).ToListAsync();
    }
}
