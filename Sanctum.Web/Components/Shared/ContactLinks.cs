namespace Sanctum.Web.Components.Shared;

/// <summary>Turns what people type as a phone number into something a tel: or sms: link can dial.</summary>
public static class ContactLinks
{
    /// <summary>"+1 (555) 010-2030" becomes "+15550102030"; null when there is nothing to dial.</summary>
    public static string? Phone(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var digits = new string(typed.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0) return null;
        return typed.TrimStart().StartsWith('+') ? "+" + digits : digits;
    }
}
