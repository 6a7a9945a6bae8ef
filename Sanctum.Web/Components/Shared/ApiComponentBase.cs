using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sanctum.Web.Api;
using Sanctum.Web.Session;

namespace Sanctum.Web.Components.Shared;

/// <summary>
/// A page or part of one that loads from the Api. Data loads once the page is interactive, so the first
/// HTML (with the Get help button) never waits for the Api and nothing is fetched twice; and every failed
/// call ends the same way: an expired session is renewed, anything else becomes a plain-words message.
/// </summary>
public abstract class ApiComponentBase : ComponentBase
{
    /// <summary>
    /// Renew a circuit's session when less than this is left on its token. Well under any sensible token
    /// lifetime (the Api's is 15 minutes), so a freshly loaded page never needs renewing again at once.
    /// </summary>
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(1);

    [Inject]
    protected SanctumApiClient Api { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    /// <summary>What went wrong with the last call, worded for the person; null when it went well.</summary>
    protected string? ProblemMessage { get; private set; }

    /// <summary>True until <see cref="LoadAsync"/> has finished, successfully or not.</summary>
    protected bool Loading { get; private set; } = true;

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive) return;
        if (await SessionIsEndingAsync())
        {
            // A circuit keeps the token it started with. Renewing now, before the page is used, beats
            // renewing on the next save, when a full reload would lose what the person typed.
            RenewSession();
            return;
        }

        await LoadAsync();
        Loading = false;
    }

    /// <summary>Loads what the component shows; runs once, when interactive. Wrap Api calls in <see cref="CallApiAsync"/>.</summary>
    protected virtual Task LoadAsync() => Task.CompletedTask;

    protected async Task<SignedInUser> GetSignedInUserAsync() =>
        SignedInUser.From((await AuthenticationState).User)
        ?? throw new InvalidOperationException("Pages that load from the Api are only reachable when signed in.");

    /// <summary>Runs an Api call; returns false (with <see cref="ProblemMessage"/> set) when it failed.</summary>
    /// <param name="call">The call.</param>
    /// <param name="onProblem">Sees the Api's answer first, e.g. to place field errors beside their inputs.</param>
    protected async Task<bool> CallApiAsync(Func<Task> call, Action<ApiProblem>? onProblem = null)
    {
        ProblemMessage = null;
        try
        {
            await call();
            return true;
        }
        catch (ApiProblemException exception) when (exception.Problem.IsUnauthorized)
        {
            // The circuit's access token has expired or been revoked, and a circuit cannot rewrite the cookie:
            // a full request to the refresh endpoint renews it (or leads to sign-in) and comes back here.
            RenewSession();
        }
        catch (ApiProblemException exception)
        {
            onProblem?.Invoke(exception.Problem);
            ProblemMessage = ApiProblemMessages.Describe(exception.Problem);
        }
        catch (ApiUnavailableException)
        {
            ProblemMessage = ApiProblemMessages.Unavailable;
        }

        return false;
    }

    private async Task<bool> SessionIsEndingAsync() =>
        SessionClaims.AccessTokenExpiryOf((await AuthenticationState).User) - Time.GetUtcNow() < RenewalMargin;

    // The page reloads at once; until then it simply goes on showing "Loading…".
    private void RenewSession() =>
        Navigation.NavigateTo(AccountPaths.RefreshReturningTo(AccountPaths.CurrentPage(Navigation)), forceLoad: true);
}
