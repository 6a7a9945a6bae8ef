namespace Sanctum.Api.Auth;

public sealed class AuthOptions
{
    public const string Issuer = "sanctum";
    public const string Audience = "sanctum-api";

    /// <summary>HMAC key for access tokens; the AppHost passes its generated "auth-signing-key" parameter.</summary>
    public string SigningKey { get; set; } = "";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>bcrypt cost; 12 takes a few hundred milliseconds, which is the point.</summary>
    public int PasswordWorkFactor { get; set; } = 12;

    public int MaxFailedSignIns { get; set; } = 5;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public int SignInAttemptsPerIpPerMinute { get; set; } = 30;
    public int SignInAttemptsPerAccountPerMinute { get; set; } = 10;
}
