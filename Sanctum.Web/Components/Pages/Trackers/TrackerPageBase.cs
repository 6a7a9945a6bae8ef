using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sanctum.Web.Api;
using Sanctum.Web.Session;

namespace Sanctum.Web.Components.Pages.Trackers;

/// <summary>A tracker's page: its form and list at its own address, or one entry's editor at {address}/{id}/edit.</summary>
public abstract class TrackerPageBase : ComponentBase
{
    /// <summary>The entry being edited; null on the form and list.</summary>
    [Parameter]
    public Guid? Id { get; set; }

    [Inject]
    protected SanctumApiClient Api { get; set; } = default!;

    [Inject]
    protected TimeProvider Time { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthenticationState { get; set; } = default!;

    /// <summary>Whose clock times and today are read on; null until known (the page shows nothing until then).</summary>
    protected SignedInUser? User { get; private set; }

    protected DateTimeOffset Now => Time.GetUtcNow();

    protected override async Task OnInitializedAsync() =>
        User = SignedInUser.From((await AuthenticationState.GetAuthenticationStateAsync()).User);
}
