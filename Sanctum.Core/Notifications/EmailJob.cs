namespace Sanctum.Core.Notifications;

/// <summary>An email to send through the durable queue; Workers deliver it over SMTP with retries.</summary>
public sealed record EmailJob(string To, string Subject, string Body)
{
    public const string JobType = "email.send";
}
