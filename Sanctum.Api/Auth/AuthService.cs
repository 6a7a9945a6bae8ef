using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sanctum.Core.Compliance;
using Sanctum.Core.Identity;
using Sanctum.Core.Notifications;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Auth;

public abstract record SignInResult
{
    public sealed record Success(TokenResponse Tokens) : SignInResult;
    public sealed record LockedOut(DateTimeOffset Until) : SignInResult;
    public sealed record Failed : SignInResult;
}

/// <summary>Accounts, passwords and the refresh-token families behind each sign-in.</summary>
public sealed class AuthService(
    SanctumDbContext db, TokenIssuer tokens, IOptions<AuthOptions> options, IAuditContext audit, TimeProvider time)
{
    private const string UserEntity = "user";
    private const string SessionEntity = "session";

    // Verified when the email is unknown, so a wrong email takes as long as a wrong password.
    private static readonly Lazy<string> UnknownUserHash = new(() => BCrypt.Net.BCrypt.EnhancedHashPassword(Guid.NewGuid().ToString(), 12));

    private AuthOptions Options => options.Value;

    /// <summary>
    /// Creates the account, its empty profile and its welcome email (all in one transaction); null when the email is already registered (two registrations racing
    /// for one email are settled by its unique index, and the loser finds the winner on its second look).
    /// </summary>
    public Task<User?> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken) =>
        db.RetryOnceOnConflictAsync(() => TryRegisterAsync(request, cancellationToken));

    private async Task<User?> TryRegisterAsync(RegisterRequest request, CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(request.Email!);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken)) return null;

        var user = new User
        {
            Email = request.Email!.Trim(),
            NormalizedEmail = normalized,
            PasswordHash = BCrypt.Net.BCrypt.EnhancedHashPassword(request.Password, Options.PasswordWorkFactor),
            DisplayName = request.DisplayName!.Trim(),
            TimeZone = request.TimeZone!,
        };
        user.UserId = user.Id;
        db.Users.Add(user);
        db.Profiles.Add(new Core.Profile.Profile { UserId = user.Id });
        db.QueueNotification(WelcomeEmail.For(user));
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    public async Task<SignInResult> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(email);
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user is null)
        {
            BCrypt.Net.BCrypt.EnhancedVerify(password, UnknownUserHash.Value);
            return new SignInResult.Failed();
        }

        var now = time.GetUtcNow();
        if (user.LockedUntil > now) return new SignInResult.LockedOut(user.LockedUntil.Value);

        if (user.Status != AccountStatus.Active || !BCrypt.Net.BCrypt.EnhancedVerify(password, user.PasswordHash))
        {
            user.FailedSignInCount++;
            db.Record(audit, time, user.Id, "sign_in_failed", UserEntity, user.Id.ToString());
            if (user.FailedSignInCount >= Options.MaxFailedSignIns)
            {
                user.FailedSignInCount = 0;
                user.LockedUntil = now + Options.LockoutDuration;
                db.Record(audit, time, user.Id, "locked_out", UserEntity, user.Id.ToString());
            }

            await db.SaveChangesAsync(cancellationToken);
            return user.LockedUntil > now ? new SignInResult.LockedOut(user.LockedUntil.Value) : new SignInResult.Failed();
        }

        user.FailedSignInCount = 0;
        user.LockedUntil = null;
        user.LastSignInAt = now;
        var familyId = Guid.CreateVersion7();
        var response = IssueInFamily(user, familyId);
        db.Record(audit, time, user.Id, "signed_in", SessionEntity, familyId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return new SignInResult.Success(response);
    }

    /// <summary>
    /// Rotates a refresh token. Presenting one that was already used means someone kept a copy:
    /// the whole family is revoked, ending that sign-in everywhere.
    /// </summary>
    public async Task<TokenResponse?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var hash = TokenIssuer.Hash(refreshToken);
        var presented = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (presented is null || presented.RevokedAt is not null) return null;

        var now = time.GetUtcNow();
        // Claim the token atomically: of two concurrent uses, only one can flip UsedAt from null.
        var claimed = await db.RefreshTokens
            .Where(t => t.Id == presented.Id && t.UsedAt == null && t.RevokedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.UsedAt, now), cancellationToken);
        if (claimed == 0)
        {
            if (presented.UsedAt is not null || presented.ExpiresAt > now)
            {
                await RevokeFamilyAsync(presented.FamilyId, "reuse", cancellationToken);
                db.Record(audit, time, presented.UserId, "token_reuse_detected", SessionEntity, presented.FamilyId.ToString());
                await db.SaveChangesAsync(cancellationToken);
            }

            return null;
        }

        var user = await db.Users.SingleAsync(u => u.Id == presented.UserId, cancellationToken);
        if (user.Status != AccountStatus.Active) return null;

        var response = IssueInFamily(user, presented.FamilyId);
        await db.SaveChangesAsync(cancellationToken);
        return response;
    }

    public async Task SignOutAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var hash = TokenIssuer.Hash(refreshToken);
        var presented = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (presented is null) return;

        await RevokeFamilyAsync(presented.FamilyId, "signed_out", cancellationToken);
        db.Record(audit, time, presented.UserId, "signed_out", SessionEntity, presented.FamilyId.ToString());
        await db.SaveChangesAsync(cancellationToken);
    }

    private TokenResponse IssueInFamily(User user, Guid familyId)
    {
        var (token, hash) = TokenIssuer.NewRefreshToken();
        var now = time.GetUtcNow();
        db.RefreshTokens.Add(new RefreshToken
        {
            UserId = user.Id,
            FamilyId = familyId,
            TokenHash = hash,
            CreatedAt = now,
            ExpiresAt = now + Options.RefreshTokenLifetime,
        });
        return tokens.Issue(user, token);
    }

    private Task<int> RevokeFamilyAsync(Guid familyId, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now).SetProperty(x => x.RevokedReason, reason), cancellationToken);
    }
}
