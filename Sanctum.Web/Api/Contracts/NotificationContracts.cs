namespace Sanctum.Web.Api.Contracts;

/// <summary>
/// One of the person's notifications with its delivery history. Channel ("inApp", "email"), kind and status
/// ("queued", "sent", "failed", "deadLettered") are the Api's camelCase names. ReminderId: the reminder a reminder
/// notification came from.
/// </summary>
public sealed record NotificationInfo(
    Guid Id, string Channel, string Kind, string Title, string Body, string Status, int Attempts, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset? ReadAt, string? RecipientEmail, Guid? ReminderId);

public sealed record UnreadCountInfo(int Count);
