using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Components.Pages.Notifications;

/// <summary>A notification's channel and delivery status in plain words.</summary>
public static class NotificationWording
{
    /// <summary>An alert went to one of the person's contacts, not to them, so it names where it went.</summary>
    public static string Channel(NotificationInfo notification) => notification switch
    {
        { Kind: "alert", RecipientEmail: { } to } => $"Emailed to {to}",
        { Channel: "email" } => "By email",
        _ => "In Sanctum",
    };

    public static string Delivery(NotificationInfo notification) => notification.Status switch
    {
        "sent" => Tries("Delivered", notification.Attempts),
        "failed" => Tries("Not delivered yet, trying again", notification.Attempts),
        "deadLettered" => Tries("Couldn't be delivered", notification.Attempts),
        _ => "Waiting to be sent",
    };

    private static string Tries(string status, int attempts) =>
        attempts > 1 ? $"{status} after {attempts} tries" : status;
}
