using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Sanctum.Web.Session;

public static class SessionSetup
{
    /// <summary>Cookie sessions that carry the person's Api tokens, renewed as they near expiry.</summary>
    public static IServiceCollection AddBrowserSessions(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddSingleton<SessionRefresher>();
        services.AddScoped<SessionCookieEvents>();
        services.AddScoped<BrowserSession>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "sanctum.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = AccountPaths.SignIn;
                options.ReturnUrlParameter = "returnUrl";
                // As long as the Api's refresh tokens; the session really ends when the Api refuses a refresh.
                options.ExpireTimeSpan = TimeSpan.FromDays(7);
                options.SlidingExpiration = true;
                options.EventsType = typeof(SessionCookieEvents);
            });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        return services;
    }
}
