using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Core.Notifications;
using Sanctum.Core.Persistence;
using Sanctum.Core.Reminders;

namespace Sanctum.Api.Notifications;

public sealed record NotificationResponse(
    Guid Id, NotificationChannel Channel, NotificationKind Kind, string Title, string Body, NotificationStatus Status,
    int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset? ReadAt, string? RecipientEmail,
    Guid? ReminderId)
{
    /// <summary>
    /// recipientEmail: where an email went (an alert goes to a contact); reminderId: the reminder a reminder
    /// notification came from, so it can be snoozed from here.
    /// </summary>
    public static NotificationResponse From(Notification n) =>
        new(n.Id, n.Channel, n.Kind, n.Title, n.Body, n.Status, n.Attempts, n.LastError, n.CreatedAt, n.SentAt, n.ReadAt,
            n.RecipientEmail, n.Kind == NotificationKind.Reminder ? ReminderKeys.ReminderIdOf(n.IdempotencyKey) : null);
}

public sealed record UnreadCountResponse(int Count);

/// <summary>
/// The person's notifications, in the app and by email, newest first: the history of what Sanctum sent, with each
/// one's delivery status and attempts (including those that could not be delivered).
/// </summary>
public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization();
        group.MapGet("", List).WithValidation();
        group.MapGet("/unread-count", UnreadCount);
        group.MapPost("/{id:guid}/read", MarkRead);
        group.MapPost("/read-all", MarkAllRead);
        return group;
    }

    private static async Task<Ok<PagedList<NotificationResponse>>> List(
        [AsParameters] PageQuery page, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var ordered = db.Notifications.AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id);
        return TypedResults.Ok(await ordered.ToPageAsync(page, NotificationResponse.From, cancellationToken));
    }

    private static async Task<Ok<UnreadCountResponse>> UnreadCount(HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        return TypedResults.Ok(new UnreadCountResponse(await Unread(db, userId).CountAsync(cancellationToken)));
    }

    private static async Task<Results<Ok<NotificationResponse>, NotFound>> MarkRead(
        Guid id, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken);
        if (notification is null) return TypedResults.NotFound();
        // Reading again keeps the first time it was read.
        notification.ReadAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(NotificationResponse.From(notification));
    }

    private static async Task<Ok<UnreadCountResponse>> MarkAllRead(
        HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        // Loaded rather than updated in bulk, so each change passes the audit interceptor.
        var unread = await Unread(db, http.User.UserId()).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var notification in unread) notification.ReadAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new UnreadCountResponse(0));
    }

    private static IQueryable<Notification> Unread(SanctumDbContext db, Guid userId) =>
        db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null);
}
