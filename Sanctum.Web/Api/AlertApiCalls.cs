using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Api;

/// <summary>The alerts part of the Api: the person's rules, and what was sent.</summary>
public static class AlertApiCalls
{
    private const string Alerts = "api/v1/alerts";

    public static RecordCollection<AlertRuleInfo, AlertRuleRequest> AlertRules(this SanctumApiClient api) => new(api, $"{Alerts}/rules");

    public static Task<PagedList<AlertSentInfo>> ListSentAlertsAsync(
        this SanctumApiClient api, int page, int pageSize, CancellationToken cancellationToken = default) =>
        api.SendAsync<PagedList<AlertSentInfo>>(HttpMethod.Get, $"{Alerts}/sent?page={page}&pageSize={pageSize}", null, cancellationToken);
}
