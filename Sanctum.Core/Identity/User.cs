namespace Sanctum.Core.Identity;

public enum AccountStatus
{
    Active,
    Disabled,
}

/// <summary>A person's account. Its <see cref="PersonalRecord.UserId"/> is its own id.</summary>
public sealed class User : PersonalRecord
{
    public required string Email { get; set; }

    /// <summary>Upper-invariant email: the unique key that makes sign-in case-insensitive.</summary>
    public required string NormalizedEmail { get; set; }

    public required string PasswordHash { get; set; }
    public required string DisplayName { get; set; }

    /// <summary>IANA time zone id; everything is stored in UTC and shown in this zone.</summary>
    public required string TimeZone { get; set; }

    public AccountStatus Status { get; set; } = AccountStatus.Active;

    [NotAudited] public int FailedSignInCount { get; set; }
    [NotAudited] public DateTimeOffset? LockedUntil { get; set; }
    [NotAudited] public DateTimeOffset? LastSignInAt { get; set; }

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();
}
