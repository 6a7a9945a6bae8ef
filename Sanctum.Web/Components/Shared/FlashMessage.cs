namespace Sanctum.Web.Components.Shared;

/// <summary>
/// A message carried across one navigation inside the circuit ("Saved Sam."), set by the page that saved
/// and shown once by the page it goes to.
/// </summary>
public sealed class FlashMessage
{
    private string? _message;

    public void Set(string message) => _message = message;

    public string? Take()
    {
        var message = _message;
        _message = null;
        return message;
    }
}
