using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Sanctum.Web.Api;

namespace Sanctum.Web.Session;

/// <summary>
/// Keeps the Api tokens in the session cookie usable. On each request, when the access token is about to
/// expire, its refresh token is spent and the cookie re-issued with the new pair; when the Api refuses the
/// refresh token, the session is over and the cookie is removed.
/// </summary>
public sealed class SessionCookieEvents(SessionRefresher refresher, AccountApiClient accountApi, TimeProvider time)
    : CookieAuthenticationEvents
{
    /// <summary>Renew this long before expiry, so a page and its circuit start with a token that lasts a while.</summary>
    private static readonly TimeSpan RefreshWindow = TimeSpan.FromMinutes(2);

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal
            || SessionClaims.AccessTokenExpiryOf(principal) - time.GetUtcNow() > RefreshWindow)
        {
            return;
        }

        switch (await refresher.RefreshAsync(principal, accountApi))
        {
            case SessionRefresh.Renewed renewed:
                context.ReplacePrincipal(renewed.Principal);
                context.ShouldRenew = true;
                break;
            case SessionRefresh.Ended:
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                break;
            case SessionRefresh.Unavailable:
                // Keep the cookie: signing the person out because the Api blinked would be worse than a failed page.
                break;
        }
    }
}
