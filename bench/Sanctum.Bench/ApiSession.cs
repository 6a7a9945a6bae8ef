using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sanctum.Bench;

/// <summary>One signed-in person: the bearer token every request of theirs carries, and their time zone.</summary>
public sealed record BenchUser(string Email, TimeZoneInfo Zone, AuthenticationHeaderValue Bearer)
{
    /// <summary>The person's local today, as the Api computes it.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zone).DateTime);

    /// <summary>A local wall-clock time as an instant with its offset (seeded times avoid the small hours, so no DST gaps).</summary>
    public DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}

/// <summary>
/// A plain HTTP client of the running Api, as any other client would be: one connection per concurrent caller,
/// kept open, no cookies, JSON in the Api's shape.
/// </summary>
public sealed class ApiSession(Uri api, int connections) : IDisposable
{
    public const string Password = "a long enough benchmark passphrase";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public HttpClient Http { get; } = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        BaseAddress = api,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public async Task<BenchUser> RegisterAndSignInAsync(string email, string timeZone, CancellationToken cancellationToken)
    {
        using (var registered = await Http.PostAsJsonAsync("/api/v1/auth/register",
                   new { email, password = Password, displayName = "Bench", timeZone }, Json, cancellationToken))
        {
            await EnsureAsync(registered, HttpStatusCode.Created);
        }

        using var signedIn = await Http.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password }, Json, cancellationToken);
        await EnsureAsync(signedIn, HttpStatusCode.OK);
        var tokens = await signedIn.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken);
        var bearer = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        return new BenchUser(email, TimeZoneInfo.FindSystemTimeZoneById(timeZone), bearer);
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, BenchUser user, object? body = null) => new(method, path)
    {
        Headers = { Authorization = user.Bearer },
        Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: Json),
    };

    public async Task SendAsync(HttpRequestMessage request, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using (request)
        using (var response = await Http.SendAsync(request, cancellationToken))
        {
            await EnsureAsync(response, expected);
        }
    }

    /// <summary>Creates a record and answers its id.</summary>
    public async Task<Guid> CreateAsync(string path, BenchUser user, object body, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, path, user, body);
        using var response = await Http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken)).GetProperty("id").GetGuid();
    }

    public static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
            throw new InvalidOperationException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered " +
                $"{(int)response.StatusCode}, expected {(int)expected}: {await response.Content.ReadAsStringAsync()}");
    }

    public void Dispose() => Http.Dispose();
}
