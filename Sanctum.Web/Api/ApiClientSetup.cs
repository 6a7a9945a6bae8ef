using Microsoft.Extensions.Http.Resilience;

namespace Sanctum.Web.Api;

public static class ApiClientSetup
{
    /// <summary>"api" as the AppHost names it; service discovery resolves it (env services__api__http__0).</summary>
    private static readonly Uri ApiBaseAddress = new("https+http://api");

    public static IServiceCollection AddSanctumApiClients(this IServiceCollection services)
    {
        ConfigureRetries(services.AddHttpClient<AccountApiClient>(client => client.BaseAddress = ApiBaseAddress));
        ConfigureRetries(services.AddHttpClient<SanctumApiClient>(client => client.BaseAddress = ApiBaseAddress));
        return services;
    }

    /// <summary>
    /// The service defaults retry every method; here only reads are retried. A repeated POST could spend a
    /// rotating refresh token twice (which revokes the session), count a sign-in attempt twice, or save twice.
    /// </summary>
    private static void ConfigureRetries(IHttpClientBuilder client)
    {
        // Marked experimental, but it is the supported way to replace the handler the service defaults add
        // to every client; if it changes, the build says so.
#pragma warning disable EXTEXP0001
        client.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        client.AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());
    }
}
