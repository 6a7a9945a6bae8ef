using Microsoft.AspNetCore.Components.Authorization;
using Sanctum.Web.Api;
using Sanctum.Web.Components.Shared;
using Sanctum.Web.Session;

namespace Sanctum.Web.Components.Pages.SafetyPlan;

/// <summary>
/// "Download as PDF": a plain request (a file download cannot come through a circuit) that fetches the Api's
/// PDF with the person's own token from their session cookie and hands it on.
/// </summary>
public static class SafetyPlanPdfEndpoint
{
    public const string Path = "/safety-plan/pdf";

    public static IEndpointRouteBuilder MapSafetyPlanPdf(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (HttpContext http, SanctumApiClient api, AuthenticationStateProvider authenticationState, CancellationToken cancellationToken) =>
        {
            // Outside a circuit nothing has told the scope's authentication state who is asking; the cookie has.
            if (authenticationState is IHostEnvironmentAuthenticationStateProvider host)
                host.SetAuthenticationState(Task.FromResult(new AuthenticationState(http.User)));
            try
            {
                using var response = await api.GetSafetyPlanPdfAsync(cancellationToken);
                var pdf = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                return Results.File(pdf, "application/pdf", "safety-plan.pdf");
            }
            catch (ApiProblemException exception) when (exception.Problem.IsUnauthorized)
            {
                return Results.LocalRedirect(AccountPaths.RefreshReturningTo(Path));
            }
            catch (ApiProblemException exception) when (exception.Problem.Status == 404)
            {
                return Results.LocalRedirect("/safety-plan");
            }
            catch (ApiUnavailableException)
            {
                return Results.Problem(ApiProblemMessages.Unavailable, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).RequireAuthorization();
        return app;
    }
}
