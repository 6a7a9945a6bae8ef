using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Components.Pages.Notifications;

/// <summary>A notification's channel and delivery status in plain words.</summary>
public static class NotificationWording
{
    /// <summary>An alert went to one of the person's contacts, not to them, so an email names where it went.</summary>
    public static string Channel(NotificationInfo notification) => notification switch
    {
        { Kind: "alert", Channel: "email", RecipientEmail: { } to } => $"Emailed to {to}",
        { Channel: "email" } => "By email",
        { Channel: "sms" } => "By text",
        _ => "In Sanctum",
    };

    public static string Delivery(NotificationInfo notification) => Delivery(notification.Status, notification.Attempts);

    public static string Delivery(string status, int attempts) => status switch
    {
        "sent" => Tries("Delivered", attempts),
        "failed" => Tries("Not delivered yet, trying again", attempts),
        "deadLettered" => Tries("Couldn't be delivered", attempts),
        _ => "Waiting to be sent",
    };

    private static string Tries(string status, int attempts) =>
        attempts > 1 ? $"{status} after {attempts} tries" : status;
}
