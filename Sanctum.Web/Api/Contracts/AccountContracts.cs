namespace Sanctum.Web.Api.Contracts;

public sealed record RegisterRequest(string Email, string Password, string DisplayName, string TimeZone);

public sealed record SignInRequest(string Email, string Password);

public sealed record RefreshRequest(string RefreshToken);

/// <summary>What the Api hands out on sign-in and on every refresh; the refresh token is single-use.</summary>
public sealed record TokenResponse(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType);

public sealed record AccountResponse(Guid Id, string Email, string DisplayName, string TimeZone, DateTimeOffset CreatedAt);
