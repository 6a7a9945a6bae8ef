using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Components.Shared;

/// <summary>
/// The crisis override a save answered with, for <see cref="CrisisHost"/> (in the layout) to show at the top of the page,
/// above everything else. It stays until the person goes to another page; a save that then leaves for a list
/// (an editor) keeps it through that one move.
/// </summary>
public sealed class CrisisNotice
{
    private bool _keepThroughNavigation;

    public CrisisInfo? Current { get; private set; }

    public event Action? Changed;

    /// <summary>Shows <paramref name="crisis"/> when the save answered with one; a save with none leaves what is shown.</summary>
    public void Show(CrisisInfo? crisis, bool beforeNavigating = false)
    {
        if (crisis is null) return;
        Current = crisis;
        _keepThroughNavigation = beforeNavigating;
        Changed?.Invoke();
    }

    /// <summary>Called on every move to another page.</summary>
    public void Navigated()
    {
        if (_keepThroughNavigation)
        {
            _keepThroughNavigation = false;
            return;
        }
        if (Current is null) return;
        Current = null;
        Changed?.Invoke();
    }
}
