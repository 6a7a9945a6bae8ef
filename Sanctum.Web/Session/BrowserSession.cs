using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Sanctum.Web.Api;
using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Session;

/// <summary>
/// The person's session in this browser: a cookie carrying their Api tokens. Starting, re-reading and ending
/// it all write the cookie, which needs the HTTP response, so these run in static pages and minimal-API
/// endpoints, never inside a Blazor circuit.
/// </summary>
public sealed class BrowserSession(
    AccountApiClient accountApi, SessionRefresher refresher, TimeProvider time, ILogger<BrowserSession> logger)
{
    private const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>Signs in with the Api and writes the cookie. The Api's refusals arrive as <see cref="ApiProblemException"/>.</summary>
    public async Task SignInAsync(HttpContext http, SignInRequest request, CancellationToken cancellationToken)
    {
        var tokens = await accountApi.SignInAsync(request, cancellationToken);
        var account = await accountApi.GetAccountAsync(tokens.AccessToken, cancellationToken);
        await http.SignInAsync(Scheme, SessionClaims.Create(account, tokens, time.GetUtcNow()));
    }

    /// <summary>
    /// Brings the cookie up to date with the Api: after a circuit's call was refused (401), or after the person
    /// changed their name or time zone. Returns false when the session is over and they must sign in again.
    /// </summary>
    public async Task<bool> ResyncAsync(HttpContext http)
    {
        var principal = http.User;
        if (principal.Identity?.IsAuthenticated != true) return false;

        switch (await ReadAccountAsync(SessionClaims.AccessTokenOf(principal), http.RequestAborted))
        {
            case AccountRead.Found found:
                await http.SignInAsync(Scheme, SessionClaims.WithAccount(principal, found.Account));
                return true;
            case AccountRead.Unavailable:
                // Keep the session; the page the person returns to says the Api can't be reached.
                return true;
        }

        // The Api refused an access token that had not expired yet (revoked, or signed with an old key):
        // a refresh may still give a good one.
        switch (await refresher.RefreshAsync(principal, accountApi))
        {
            case SessionRefresh.Renewed renewed:
                switch (await ReadAccountAsync(SessionClaims.AccessTokenOf(renewed.Principal), http.RequestAborted))
                {
                    case AccountRead.Refused:
                        // The Api refuses even a brand-new token; sending the person back to the page would only loop.
                        logger.LogWarning("The Api refused a freshly refreshed access token; ending the session.");
                        await http.SignOutAsync(Scheme);
                        return false;
                    case AccountRead.Found found:
                        await http.SignInAsync(Scheme, SessionClaims.WithAccount(renewed.Principal, found.Account));
                        return true;
                    default:
                        // The old refresh token is spent: the new one must reach the cookie whatever else happens.
                        await http.SignInAsync(Scheme, renewed.Principal);
                        return true;
                }
            case SessionRefresh.Ended:
                await http.SignOutAsync(Scheme);
                return false;
            default:
                return true;
        }
    }

    /// <summary>Ends the session at the Api (revoking its refresh tokens) and removes the cookie.</summary>
    public async Task SignOutAsync(HttpContext http)
    {
        if (SessionClaims.RefreshTokenOf(http.User) is { } refreshToken)
        {
            try
            {
                await accountApi.SignOutAsync(refreshToken, http.RequestAborted);
            }
            catch (Exception exception) when (exception is ApiProblemException or ApiUnavailableException)
            {
                // The cookie goes anyway; the refresh token then simply expires unused at the Api.
                logger.LogWarning(exception, "The Api could not end a session; removing the cookie regardless.");
            }
        }

        await http.SignOutAsync(Scheme);
    }

    private async Task<AccountRead> ReadAccountAsync(string? accessToken, CancellationToken cancellationToken)
    {
        if (accessToken is null) return new AccountRead.Refused();
        try
        {
            return new AccountRead.Found(await accountApi.GetAccountAsync(accessToken, cancellationToken));
        }
        catch (ApiProblemException exception) when (exception.Problem.IsUnauthorized)
        {
            return new AccountRead.Refused();
        }
        catch (Exception exception) when (exception is ApiProblemException or ApiUnavailableException)
        {
            logger.LogWarning(exception, "Could not read the signed-in account from the Api.");
            return new AccountRead.Unavailable();
        }
    }

    private abstract record AccountRead
    {
        public sealed record Found(AccountResponse Account) : AccountRead;

        public sealed record Refused : AccountRead;

        public sealed record Unavailable : AccountRead;
    }
}
