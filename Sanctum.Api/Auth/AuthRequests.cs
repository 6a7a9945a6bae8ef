using Sanctum.Api.Http;

namespace Sanctum.Api.Auth;

public sealed record RegisterRequest(string? Email, string? Password, string? DisplayName, string? TimeZone) : IValidatedRequest
{
    public const int MinPasswordLength = 10;

    public void Validate(ValidationErrors errors)
    {
        errors.Email("email", Email, required: true);
        if (string.IsNullOrEmpty(Password) || Password.Length < MinPasswordLength)
            errors.Add("password", $"Use at least {MinPasswordLength} characters.");
        else errors.MaxLength("password", Password, 128);
        errors.Required("displayName", DisplayName, 100);
        errors.TimeZone("timeZone", TimeZone);
    }
}

public sealed record SignInRequest(string? Email, string? Password) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("email", Email, 320);
        errors.Required("password", Password, 128);
    }
}

public sealed record RefreshRequest(string? RefreshToken) : IValidatedRequest
{
    public void Validate(ValidationErrors errors) => errors.Required("refreshToken", RefreshToken, 200);
}

public sealed record AccountResponse(Guid Id, string Email, string DisplayName, string TimeZone, DateTimeOffset CreatedAt);
