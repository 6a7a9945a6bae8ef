using Microsoft.AspNetCore.Components;

namespace Sanctum.Web.Session;

/// <summary>Where the account pages and endpoints live, and the redirects between them.</summary>
public static class AccountPaths
{
    public const string SignIn = "/account/login";
    public const string Register = "/account/register";
    public const string Refresh = "/account/refresh";
    public const string SignOut = "/account/logout";
    public const string SignedOut = SignIn + "?signedOut=true";

    public static string SignInReturningTo(string returnUrl) => $"{SignIn}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static string RefreshReturningTo(string returnUrl) => $"{Refresh}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>The current page as a local path ("/me/contacts?page=2"), for a returnUrl.</summary>
    public static string CurrentPage(NavigationManager navigation) => "/" + navigation.ToBaseRelativePath(navigation.Uri);

    /// <summary>
    /// The returnUrl if it stays on this site, else home: a returnUrl comes from the query string, and
    /// following it elsewhere would make Sanctum an open redirect.
    /// </summary>
    public static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
