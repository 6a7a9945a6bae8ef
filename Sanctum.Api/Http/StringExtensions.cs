namespace Sanctum.Api.Http;

public static class StringExtensions
{
    /// <summary>Optional text fields store null rather than blanks.</summary>
    public static string? TrimToNull(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
