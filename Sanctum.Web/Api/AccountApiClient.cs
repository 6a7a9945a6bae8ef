using System.Net.Http.Headers;
using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Api;

/// <summary>
/// The Api's account endpoints: the ones used to start, renew and end a session. They run during a plain
/// HTTP request (sign-in form, cookie validation, sign-out), never inside a Blazor circuit.
/// </summary>
public sealed class AccountApiClient(HttpClient http)
{
    private const string Base = "api/v1/auth";

    public async Task<AccountResponse> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken = default) =>
        await ApiHttp.ReadAsync<AccountResponse>(
            await ApiHttp.SendAsync(http, ApiHttp.Request(HttpMethod.Post, $"{Base}/register", request), cancellationToken),
            cancellationToken);

    public async Task<TokenResponse> SignInAsync(SignInRequest request, CancellationToken cancellationToken = default) =>
        await ApiHttp.ReadAsync<TokenResponse>(
            await ApiHttp.SendAsync(http, ApiHttp.Request(HttpMethod.Post, $"{Base}/login", request), cancellationToken),
            cancellationToken);

    /// <summary>Spends the refresh token (it rotates): call it once per token, through <c>SessionRefresher</c>.</summary>
    public async Task<TokenResponse> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default) =>
        await ApiHttp.ReadAsync<TokenResponse>(
            await ApiHttp.SendAsync(http, ApiHttp.Request(HttpMethod.Post, $"{Base}/refresh", new RefreshRequest(refreshToken)), cancellationToken),
            cancellationToken);

    public async Task SignOutAsync(string refreshToken, CancellationToken cancellationToken = default) =>
        (await ApiHttp.SendAsync(http, ApiHttp.Request(HttpMethod.Post, $"{Base}/logout", new RefreshRequest(refreshToken)), cancellationToken))
        .Dispose();

    /// <summary>The account an access token belongs to; the token is passed in because there may be no cookie yet.</summary>
    public async Task<AccountResponse> GetAccountAsync(string accessToken, CancellationToken cancellationToken = default)
    {
        var request = ApiHttp.Request(HttpMethod.Get, $"{Base}/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await ApiHttp.ReadAsync<AccountResponse>(await ApiHttp.SendAsync(http, request, cancellationToken), cancellationToken);
    }
}
