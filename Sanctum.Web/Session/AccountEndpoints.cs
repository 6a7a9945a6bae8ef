using Microsoft.AspNetCore.Antiforgery;

namespace Sanctum.Web.Session;

/// <summary>The two account actions that are requests rather than pages: renewing the session cookie and signing out.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A circuit cannot write cookies, so when the Api refuses its token it sends the browser here for a full request.
        app.MapGet(AccountPaths.Refresh, async (HttpContext http, BrowserSession session, string? returnUrl) =>
        {
            var target = AccountPaths.LocalOrHome(returnUrl);
            return await session.ResyncAsync(http)
                ? Results.LocalRedirect(target)
                : Results.LocalRedirect(AccountPaths.SignInReturningTo(target));
        });

        app.MapPost(AccountPaths.SignOut, async (HttpContext http, BrowserSession session, IAntiforgery antiforgery) =>
        {
            // No form fields are bound here, so the antiforgery check is made explicitly.
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            await session.SignOutAsync(http);
            return Results.LocalRedirect(AccountPaths.SignedOut);
        });

        return app;
    }
}
