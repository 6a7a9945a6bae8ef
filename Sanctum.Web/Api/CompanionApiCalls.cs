using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Api;

/// <summary>The companion part of the Api: messages and the proposals they make.</summary>
public static class CompanionApiCalls
{
    private const string Companion = "api/v1/companion";

    /// <summary>Sends a message; without a session id the Api starts a session and names it in the answer.</summary>
    public static Task<CompanionReplyInfo> SendCompanionMessageAsync(
        this SanctumApiClient api, string text, Guid? sessionId, CancellationToken cancellationToken = default) =>
        api.SendAsync<CompanionReplyInfo>(HttpMethod.Post, $"{Companion}/messages", new { text, sessionId }, cancellationToken);

    public static Task<ProposalInfo> ConfirmProposalAsync(
        this SanctumApiClient api, Guid id, ProposalEditsRequest? edits, CancellationToken cancellationToken = default) =>
        api.SendAsync<ProposalInfo>(HttpMethod.Post, $"{Companion}/proposals/{id}/confirm", edits, cancellationToken);

    public static Task<ProposalInfo> DiscardProposalAsync(this SanctumApiClient api, Guid id, CancellationToken cancellationToken = default) =>
        api.SendAsync<ProposalInfo>(HttpMethod.Post, $"{Companion}/proposals/{id}/discard", null, cancellationToken);
}
