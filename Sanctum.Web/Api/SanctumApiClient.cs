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

    public Task<IReadOnlyList<InstrumentInfo>> GetInstrumentsAsync(CancellationToken cancellationToken = default) =>
        SendAsync<IReadOnlyList<InstrumentInfo>>(HttpMethod.Get, "api/v1/questionnaires/instruments", null, cancellationToken);

    public Task<QuestionnaireResult> SubmitQuestionnaireAsync(string instrument, QuestionnaireSubmission submission, CancellationToken cancellationToken = default) =>
        SendAsync<QuestionnaireResult>(HttpMethod.Post, $"api/v1/questionnaires/{instrument}", submission, cancellationToken);

    public Task<PagedList<QuestionnaireResult>> ListQuestionnairesAsync(int page, int pageSize, CancellationToken cancellationToken = default) =>
        SendAsync<PagedList<QuestionnaireResult>>(HttpMethod.Get, $"api/v1/questionnaires?page={page}&pageSize={pageSize}", null, cancellationToken);

    public Task<IReadOnlyList<TrendPointInfo>> GetQuestionnaireTrendAsync(string instrument, CancellationToken cancellationToken = default) =>
        SendAsync<IReadOnlyList<TrendPointInfo>>(HttpMethod.Get, $"api/v1/questionnaires/{instrument}/trend", null, cancellationToken);

    /// <summary>The day's card, or null when none has been filled in yet.</summary>
    public Task<DiaryCardInfo?> GetDiaryCardAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        OrNullWhenNotFoundAsync(SendAsync<DiaryCardInfo>(HttpMethod.Get, $"api/v1/dbt/cards/{date:yyyy-MM-dd}", null, cancellationToken));

    /// <summary>For records that may not exist yet (today's card, a first safety plan): a 404 is null, not an error.</summary>
    public static async Task<T?> OrNullWhenNotFoundAsync<T>(Task<T> call) where T : class
    {
        try
        {
            return await call;
        }
        catch (ApiProblemException exception) when (exception.Problem.Status == 404)
        {
            return null;
        }
    }

    public Task<DiaryCardInfo> SaveDiaryCardAsync(DateOnly date, DiaryCardRequest card, CancellationToken cancellationToken = default) =>
        SendAsync<DiaryCardInfo>(HttpMethod.Put, $"api/v1/dbt/cards/{date:yyyy-MM-dd}", card, cancellationToken);

    public Task<SkillUseInfo> AddSkillUseAsync(DateOnly date, SkillUseRequest skill, CancellationToken cancellationToken = default) =>
        SendAsync<SkillUseInfo>(HttpMethod.Post, $"api/v1/dbt/cards/{date:yyyy-MM-dd}/skills", skill, cancellationToken);

    public Task<DiaryWeekInfo> GetDiaryWeekAsync(DateOnly anyDateInWeek, CancellationToken cancellationToken = default) =>
        SendAsync<DiaryWeekInfo>(HttpMethod.Get, $"api/v1/dbt/weeks/{anyDateInWeek:yyyy-MM-dd}", null, cancellationToken);

    public Task<TodaysDosesInfo> GetTodaysDosesAsync(CancellationToken cancellationToken = default) =>
        SendAsync<TodaysDosesInfo>(HttpMethod.Get, "api/v1/medications/doses/today", null, cancellationToken);

    public Task<DoseLogInfo> LogDoseAsync(Guid medicationId, DoseLogRequest dose, CancellationToken cancellationToken = default) =>
        SendAsync<DoseLogInfo>(HttpMethod.Post, $"api/v1/medications/{medicationId}/doses", dose, cancellationToken);

    public Task<DoseLogInfo> UpdateDoseAsync(Guid medicationId, Guid id, DoseLogRequest dose, CancellationToken cancellationToken = default) =>
        SendAsync<DoseLogInfo>(HttpMethod.Put, $"api/v1/medications/{medicationId}/doses/{id}", dose, cancellationToken);

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

/// <summary>
/// A list of records a person keeps (contacts, providers, medications), with the Api's paging and CRUD.
/// <paramref name="received"/>, when given, adjusts every record as it arrives (e.g. puts its times on the person's clock).
/// </summary>
public sealed class RecordCollection<TItem, TRequest>(SanctumApiClient api, string path, Func<TItem, TItem>? received = null)
    where TItem : IPersonalRecord
{
    public async Task<PagedList<TItem>> ListAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var list = await api.SendAsync<PagedList<TItem>>(HttpMethod.Get, $"{path}?page={page}&pageSize={pageSize}", null, cancellationToken);
        return received is null ? list : list with { Items = list.Items.Select(received).ToList() };
    }

    public async Task<TItem> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        Received(await api.SendAsync<TItem>(HttpMethod.Get, $"{path}/{id}", null, cancellationToken));

    public async Task<TItem> CreateAsync(TRequest request, CancellationToken cancellationToken = default) =>
        Received(await api.SendAsync<TItem>(HttpMethod.Post, path, request, cancellationToken));

    public async Task<TItem> UpdateAsync(Guid id, TRequest request, CancellationToken cancellationToken = default) =>
        Received(await api.SendAsync<TItem>(HttpMethod.Put, $"{path}/{id}", request, cancellationToken));

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await api.SendAsync(HttpMethod.Delete, $"{path}/{id}", null, cancellationToken)).Dispose();

    private TItem Received(TItem item) => received is null ? item : received(item);
}
