namespace Sanctum.Core.Identity;

/// <summary>
/// One refresh token of a sign-in. Tokens rotate on every use; all tokens of one sign-in share a
/// family, so presenting an already-used token revokes the whole family (it was probably stolen).
/// Only a hash of the token is stored.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public Guid FamilyId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedReason { get; set; }
}
