using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Components.Pages.Notifications;

/// <summary>A notification's channel and delivery status in plain words.</summary>
public static class NotificationWording
{
    public static string Channel(NotificationInfo notification) => notification.Channel switch
    {
        "email" => "By email",
        "sms" => "By text",
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
