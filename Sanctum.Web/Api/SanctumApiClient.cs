using System.Net.Http.Headers;
using Microsoft.AspNetCore.Components.Authorization;
using Sanctum.Web.Api.Contracts;
using Sanctum.Web.Session;

namespace Sanctum.Web.Api;

/// <summary>
/// The signed-in person's own records in the Api. Each request carries their access token, read from the
/// claims of the current authentication state: in a Blazor circuit that is the circuit's state, which a
/// DelegatingHandler (created in the HttpClient factory's own scope) could not see.
/// </summary>
public sealed class SanctumApiClient(HttpClient http, AuthenticationStateProvider authenticationState)
{
    private const string Me = "api/v1/me";

    public RecordCollection<ContactResponse, ContactRequest> Contacts => new(this, $"{Me}/contacts");

    public RecordCollection<ProviderResponse, ProviderRequest> Providers => new(this, $"{Me}/providers");

    public RecordCollection<MedicationResponse, MedicationRequest> Medications => new(this, $"{Me}/medications");

    public Task<ProfileResponse> GetProfileAsync(CancellationToken cancellationToken = default) =>
        SendAsync<ProfileResponse>(HttpMethod.Get, $"{Me}/profile", null, cancellationToken);

    public Task<ProfileResponse> UpdateProfileAsync(ProfileRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<ProfileResponse>(HttpMethod.Put, $"{Me}/profile", request, cancellationToken);

    public Task<PagedList<AuditEventResponse>> ListActivityAsync(int page, int pageSize, CancellationToken cancellationToken = default) =>
        SendAsync<PagedList<AuditEventResponse>>(HttpMethod.Get, $"{Me}/audit?page={page}&pageSize={pageSize}", null, cancellationToken);

    internal async Task<T> SendAsync<T>(HttpMethod method, string uri, object? body, CancellationToken cancellationToken) =>
        await ApiHttp.ReadAsync<T>(await SendAsync(method, uri, body, cancellationToken), cancellationToken);

    internal async Task<HttpResponseMessage> SendAsync(HttpMethod method, string uri, object? body, CancellationToken cancellationToken)
    {
        var state = await authenticationState.GetAuthenticationStateAsync();
        if (SessionClaims.AccessTokenOf(state.User) is not { } accessToken)
        {
            // No session at all: answer as the Api would, so callers treat it like any expired session.
            throw new ApiProblemException(new ApiProblem(401, "Not signed in", null, new Dictionary<string, string[]>(), null));
        }

        var request = ApiHttp.Request(method, uri, body);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await ApiHttp.SendAsync(http, request, cancellationToken);
    }
}

/// <summary>A list of records a person keeps (contacts, providers, medications), with the Api's paging and CRUD.</summary>
public sealed class RecordCollection<TItem, TRequest>(SanctumApiClient api, string path)
    where TItem : IPersonalRecord
{
    public Task<PagedList<TItem>> ListAsync(int page, int pageSize, CancellationToken cancellationToken = default) =>
        api.SendAsync<PagedList<TItem>>(HttpMethod.Get, $"{path}?page={page}&pageSize={pageSize}", null, cancellationToken);

    public Task<TItem> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.SendAsync<TItem>(HttpMethod.Get, $"{path}/{id}", null, cancellationToken);

    public Task<TItem> CreateAsync(TRequest request, CancellationToken cancellationToken = default) =>
        api.SendAsync<TItem>(HttpMethod.Post, path, request, cancellationToken);

    public Task<TItem> UpdateAsync(Guid id, TRequest request, CancellationToken cancellationToken = default) =>
        api.SendAsync<TItem>(HttpMethod.Put, $"{path}/{id}", request, cancellationToken);

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await api.SendAsync(HttpMethod.Delete, $"{path}/{id}", null, cancellationToken)).Dispose();
}
