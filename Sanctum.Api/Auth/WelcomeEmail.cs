using Sanctum.Core.Identity;
using Sanctum.Core.Notifications;

namespace Sanctum.Api.Auth;

public static class WelcomeEmail
{
    public static EmailJob For(User user) => new(
        user.Email,
        "Welcome to Sanctum",
        $"""
        Hi {user.DisplayName},

        Your Sanctum account is ready. Sanctum is a private place to notice how you are doing,
        one moment at a time, and to have help close when things get hard.

        If you are ever in crisis, you can call or text 988 (US) any time, day or night.

        Take care,
        Sanctum
        """);
}
