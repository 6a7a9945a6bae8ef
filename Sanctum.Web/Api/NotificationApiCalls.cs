using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Api;

/// <summary>The notifications part of the Api: the history, the unread count and marking read.</summary>
public static class NotificationApiCalls
{
    private const string Notifications = "api/v1/notifications";

    public static Task<PagedList<NotificationInfo>> ListNotificationsAsync(
        this SanctumApiClient api, int page, int pageSize, CancellationToken cancellationToken = default) =>
        api.SendAsync<PagedList<NotificationInfo>>(HttpMethod.Get, $"{Notifications}?page={page}&pageSize={pageSize}", null, cancellationToken);

    public static Task<UnreadCountInfo> GetUnreadNotificationCountAsync(this SanctumApiClient api, CancellationToken cancellationToken = default) =>
        api.SendAsync<UnreadCountInfo>(HttpMethod.Get, $"{Notifications}/unread-count", null, cancellationToken);

    public static Task<NotificationInfo> MarkNotificationReadAsync(this SanctumApiClient api, Guid id, CancellationToken cancellationToken = default) =>
        api.SendAsync<NotificationInfo>(HttpMethod.Post, $"{Notifications}/{id}/read", null, cancellationToken);

    public static Task<UnreadCountInfo> MarkAllNotificationsReadAsync(this SanctumApiClient api, CancellationToken cancellationToken = default) =>
        api.SendAsync<UnreadCountInfo>(HttpMethod.Post, $"{Notifications}/read-all", null, cancellationToken);
}
