using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Sanctum.Api.Auth;
using Sanctum.Core.Identity;

namespace Sanctum.UnitTests;

public sealed class TokenIssuerTests
{
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Access_tokens_last_fifteen_minutes_and_carry_who_and_where()
    {
        var now = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        var issuer = new TokenIssuer(Options.Create(new AuthOptions { SigningKey = new string('k', 32) }), new FixedTime(now));
        var user = new User { Email = "sam@example.org", NormalizedEmail = "SAM@EXAMPLE.ORG", PasswordHash = "x", DisplayName = "Sam", TimeZone = "Europe/Paris" };

        var response = issuer.Issue(user, "refresh");
        var token = new JsonWebToken(response.AccessToken);

        Assert.Equal(900, response.ExpiresIn);
        Assert.Equal(now.AddMinutes(15).UtcDateTime, token.ValidTo);
        Assert.Equal(user.Id.ToString(), token.Subject);
        Assert.Equal("Europe/Paris", token.GetClaim("zoneinfo").Value);
        Assert.Equal("refresh", response.RefreshToken);
    }

    [Fact]
    public void Refresh_tokens_are_random_and_stored_only_as_hashes()
    {
        var (first, firstHash) = TokenIssuer.NewRefreshToken();
        var (second, _) = TokenIssuer.NewRefreshToken();

        Assert.NotEqual(first, second);
        Assert.True(first.Length >= 43);
        Assert.Equal(firstHash, TokenIssuer.Hash(first));
        Assert.DoesNotContain(first, firstHash);
    }
}
