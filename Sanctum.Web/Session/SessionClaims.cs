using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Session;

/// <summary>
/// The claims inside the session cookie: who the person is (OpenID Connect claim names, as in the Api's own
/// tokens) and the Api tokens the server uses on their behalf. The cookie is encrypted with Data Protection,
/// so the tokens never reach the browser's scripts.
/// </summary>
public static class SessionClaims
{
    public const string UserId = "sub";
    public const string Name = "name";
    public const string Email = "email";
    public const string TimeZone = "zoneinfo";
    public const string AccessToken = "access_token";
    public const string RefreshToken = "refresh_token";
    public const string AccessTokenExpiresAt = "access_token_expires_at";

    private static readonly string[] IdentityClaimTypes = [UserId, Name, Email, TimeZone];

    public static ClaimsPrincipal Create(AccountResponse account, TokenResponse tokens, DateTimeOffset now) =>
        Principal(IdentityClaims(account).Concat(TokenClaims(tokens, now)));

    /// <summary>The same person with freshly issued tokens.</summary>
    public static ClaimsPrincipal WithTokens(ClaimsPrincipal current, TokenResponse tokens, DateTimeOffset now) =>
        Principal(current.Claims.Where(claim => IdentityClaimTypes.Contains(claim.Type)).Concat(TokenClaims(tokens, now)));

    /// <summary>The same tokens with the person's details as the Api knows them now (after a name or time zone change).</summary>
    public static ClaimsPrincipal WithAccount(ClaimsPrincipal current, AccountResponse account) =>
        Principal(IdentityClaims(account).Concat(current.Claims.Where(claim => !IdentityClaimTypes.Contains(claim.Type))));

    public static string? AccessTokenOf(ClaimsPrincipal principal) => principal.FindFirstValue(AccessToken);

    public static string? RefreshTokenOf(ClaimsPrincipal principal) => principal.FindFirstValue(RefreshToken);

    /// <summary>When the access token expires; a cookie without a readable expiry counts as already expired.</summary>
    public static DateTimeOffset AccessTokenExpiryOf(ClaimsPrincipal principal) =>
        DateTimeOffset.TryParse(principal.FindFirstValue(AccessTokenExpiresAt), CultureInfo.InvariantCulture,
            DateTimeStyles.RoundtripKind, out var expiresAt)
            ? expiresAt
            : DateTimeOffset.MinValue;

    private static IEnumerable<Claim> IdentityClaims(AccountResponse account) =>
    [
        new(UserId, account.Id.ToString()),
        new(Name, account.DisplayName),
        new(Email, account.Email),
        new(TimeZone, account.TimeZone),
    ];

    private static IEnumerable<Claim> TokenClaims(TokenResponse tokens, DateTimeOffset now) =>
    [
        new(AccessToken, tokens.AccessToken),
        new(RefreshToken, tokens.RefreshToken),
        new(AccessTokenExpiresAt, now.AddSeconds(tokens.ExpiresIn).ToString("O", CultureInfo.InvariantCulture)),
    ];

    private static ClaimsPrincipal Principal(IEnumerable<Claim> claims) =>
        new(new ClaimsIdentity(claims.Select(claim => new Claim(claim.Type, claim.Value)),
            CookieAuthenticationDefaults.AuthenticationScheme, Name, "role"));
}
