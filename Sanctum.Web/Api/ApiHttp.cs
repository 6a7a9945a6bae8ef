using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Polly;

namespace Sanctum.Web.Api;

/// <summary>Sending and reading shared by the Api clients: one JSON shape, one way errors come back.</summary>
internal static class ApiHttp
{
    /// <summary>camelCase, enums as camelCase strings: the Api's JSON.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>
    /// Sends the request and returns a successful response; anything else becomes an
    /// <see cref="ApiProblemException"/> or, when the Api cannot be reached, an <see cref="ApiUnavailableException"/>.
    /// </summary>
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var sent = request;
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (IsUnreachable(exception, cancellationToken))
        {
            throw new ApiUnavailableException(exception);
        }

        if (response.IsSuccessStatusCode) return response;
        using (response)
        {
            throw new ApiProblemException(await ReadProblemAsync(response, cancellationToken));
        }
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using (response)
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                ?? throw new InvalidOperationException($"The Api answered {(int)response.StatusCode} with an empty body.");
        }
    }

    /// <summary>A body is sent as JSON, unless it is already content (a file's text, say).</summary>
    public static HttpRequestMessage Request(HttpMethod method, string uri, object? body = null) => new(method, uri)
    {
        Content = body switch
        {
            null => null,
            HttpContent content => content,
            _ => JsonContent.Create(body, body.GetType(), options: Json),
        },
    };

    // Timeouts and an open circuit breaker come from the resilience handler as Polly rejections.
    private static bool IsUnreachable(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or ExecutionRejectedException
        || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private static async Task<ApiProblem> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? title = null, detail = null;
        Guid? existingId = null;
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (body.Length > 0)
            {
                using var document = JsonDocument.Parse(body);
                var root = document.RootElement;
                title = StringProperty(root, "title");
                detail = StringProperty(root, "detail");
                if (Guid.TryParse(StringProperty(root, "existingId"), out var existing)) existingId = existing;
                if (root.TryGetProperty("errors", out var fieldErrors) && fieldErrors.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in fieldErrors.EnumerateObject())
                    {
                        errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                            ? field.Value.EnumerateArray().Select(message => message.GetString() ?? "").ToArray()
                            : [field.Value.ToString()];
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not a ProblemDetails body (a proxy's error page, say): the status code alone still says enough.
        }

        return new ApiProblem((int)response.StatusCode, title, detail, errors, RetryAfter(response)) { ExistingId = existingId };
    }

    private static string? StringProperty(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };
}
