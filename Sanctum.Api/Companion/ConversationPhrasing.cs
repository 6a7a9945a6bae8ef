using System.ClientModel;
using System.ClientModel.Primitives;
using System.Data.Common;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Sanctum.Api.Companion;

/// <summary>
/// Optionally lets a language model word the built-in companion's replies. The protocols, the records and crisis
/// screening never depend on it: it only receives a finished reply to rephrase, and any failure or slowness keeps the
/// reply as written.
/// </summary>
public sealed class ConversationPhrasing(IChatClient? model, ILogger<ConversationPhrasing> logger)
{
    public const string ConnectionName = "companion-llm";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private const string Instructions =
        "You are a warm, calm companion inside a self-tracking app for people with mood conditions. Reword the message " +
        "you are given in your own voice, in at most three short sentences, suited to the person described in the context " +
        "(their name, tone and pacing). Keep every time, date, number, medication name and question exactly. Add nothing " +
        "new: no advice, no diagnosis, no medical claims. Reply with the message only.";

    /// <param name="reply">The built-in reply, complete as it is.</param>
    /// <param name="context">The assembled companion context (<see cref="Core.Companion.CompanionContextBuilder"/>), read only when a model is configured.</param>
    /// <param name="cancellationToken">The request's.</param>
    public async Task<string> PhraseAsync(string reply, Func<Task<string>> context, CancellationToken cancellationToken)
    {
        if (model is null) return reply;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        try
        {
            var response = await model.GetResponseAsync(
                [new ChatMessage(ChatRole.System, $"{Instructions}\n\nContext:\n{await context()}"), new ChatMessage(ChatRole.User, reply)],
                cancellationToken: timeout.Token);
            return string.IsNullOrWhiteSpace(response.Text) ? reply : response.Text.Trim();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "The companion model did not answer; the built-in wording is used.");
            return reply;
        }
    }

    /// <summary>
    /// Registers the phrasing; with <c>ConnectionStrings:companion-llm</c> set (Endpoint=...;Key=...;Model=...) an
    /// OpenAI-compatible endpoint words the replies, otherwise the built-in wording stands.
    /// </summary>
    public static void AddConversationPhrasing(IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration.GetConnectionString(ConnectionName);
        IChatClient? model = string.IsNullOrWhiteSpace(connection) ? null : ModelFrom(connection);
        services.AddSingleton(provider => new ConversationPhrasing(model, provider.GetRequiredService<ILogger<ConversationPhrasing>>()));
    }

    private static IChatClient ModelFrom(string connection)
    {
        var parts = new DbConnectionStringBuilder { ConnectionString = connection };
        string Part(string name) => parts.TryGetValue(name, out var value) && value?.ToString() is { Length: > 0 } text
            ? text : throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} needs {name}=...");
        // No retries: a person is waiting, and the built-in wording is a fine answer when the model stumbles.
        var options = new OpenAIClientOptions { Endpoint = new Uri(Part("Endpoint")), RetryPolicy = new ClientRetryPolicy(maxRetries: 0) };
        return new OpenAI.Chat.ChatClient(Part("Model"), new ApiKeyCredential(Part("Key")), options).AsIChatClient();
    }
}
