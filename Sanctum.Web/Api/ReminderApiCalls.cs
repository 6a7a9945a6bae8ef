using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Api;

/// <summary>The reminders part of the Api: the paged list, on/off, snooze, delete and the default set.</summary>
public static class ReminderApiCalls
{
    private const string Reminders = "api/v1/reminders";

    public static Task<PagedList<ReminderInfo>> ListRemindersAsync(
        this SanctumApiClient api, int page, int pageSize, CancellationToken cancellationToken = default) =>
        api.SendAsync<PagedList<ReminderInfo>>(HttpMethod.Get, $"{Reminders}?page={page}&pageSize={pageSize}", null, cancellationToken);

    public static Task<ReminderInfo> UpdateReminderAsync(
        this SanctumApiClient api, Guid id, ReminderRequest request, CancellationToken cancellationToken = default) =>
        api.SendAsync<ReminderInfo>(HttpMethod.Put, $"{Reminders}/{id}", request, cancellationToken);

    public static Task<ReminderInfo> SnoozeReminderAsync(
        this SanctumApiClient api, Guid id, int minutes, CancellationToken cancellationToken = default) =>
        api.SendAsync<ReminderInfo>(HttpMethod.Post, $"{Reminders}/{id}/snooze", new SnoozeRequest(minutes), cancellationToken);

    public static async Task DeleteReminderAsync(this SanctumApiClient api, Guid id, CancellationToken cancellationToken = default) =>
        (await api.SendAsync(HttpMethod.Delete, $"{Reminders}/{id}", null, cancellationToken)).Dispose();

    public static Task<IReadOnlyList<ReminderInfo>> CreateDefaultRemindersAsync(this SanctumApiClient api, CancellationToken cancellationToken = default) =>
        api.SendAsync<IReadOnlyList<ReminderInfo>>(HttpMethod.Post, $"{Reminders}/defaults", null, cancellationToken);
}
