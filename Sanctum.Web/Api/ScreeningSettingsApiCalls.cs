using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Api;

/// <summary>The person's screening settings (their own warning words, the crisis-shift count).</summary>
public static class ScreeningSettingsApiCalls
{
    private const string Settings = "api/v1/safety/settings";

    public static Task<ScreeningSettingsInfo> GetScreeningSettingsAsync(this SanctumApiClient api, CancellationToken cancellationToken = default) =>
        api.SendAsync<ScreeningSettingsInfo>(HttpMethod.Get, Settings, null, cancellationToken);

    public static Task<ScreeningSettingsInfo> SaveScreeningSettingsAsync(
        this SanctumApiClient api, ScreeningSettingsInfo settings, CancellationToken cancellationToken = default) =>
        api.SendAsync<ScreeningSettingsInfo>(HttpMethod.Put, Settings, settings, cancellationToken);
}
