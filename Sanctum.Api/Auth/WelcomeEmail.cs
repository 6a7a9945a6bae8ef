using Sanctum.Core.Identity;
using Sanctum.Core.Notifications;

namespace Sanctum.Api.Auth;

public static class WelcomeEmail
{
    /// <summary>Queued through the outbox with the account itself, so a new account always gets it, and once.</summary>
    public static Notification For(User user) => new()
    {
        UserId = user.Id,
        Channel = NotificationChannel.Email,
        Kind = NotificationKind.Welcome,
        RecipientEmail = user.Email,
        IdempotencyKey = "welcome",
        Title = "Welcome to Sanctum",
        Body = $"""
            Hi {user.DisplayName},

            Your Sanctum account is ready. Sanctum is a private place to notice how you are doing,
            one moment at a time, and to have help close when things get hard.

            If you are ever in crisis, you can call or text 988 (US) any time, day or night.

            Take care,
            Sanctum
            """,
    };
}
