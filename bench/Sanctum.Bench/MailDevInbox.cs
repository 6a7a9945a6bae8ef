using System.Net.Http.Json;
using System.Text.Json;

namespace Sanctum.Bench;

/// <summary>MailDev's REST API: how many emails the sink holds, and when each one reached it.</summary>
public sealed class MailDevInbox(Uri url) : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private readonly HttpClient _http = new() { BaseAddress = url };

    /// <summary>Waits until the sink holds at least <paramref name="count"/> emails; false if the time ran out first.</summary>
    public async Task<bool> WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        // One summary a poll, not the whole inbox, so that waiting costs the measured app next to nothing.
        while ((await _http.GetFromJsonAsync<JsonElement>("/api/email/summary?limit=1")).GetProperty("total").GetInt32() < count)
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(Poll);
        }
        return true;
    }

    /// <summary>When each email reached the sink, by recipient address.</summary>
    public async Task<ILookup<string, DateTimeOffset>> ArrivalsAsync()
    {
        var emails = await _http.GetFromJsonAsync<JsonElement[]>("/api/email") ?? [];
        return emails
            .SelectMany(email => email.GetProperty("to").EnumerateArray().Select(to => (Address: to.GetProperty("address").GetString()!, Arrived: Arrived(email))))
            .ToLookup(e => e.Address, e => e.Arrived, StringComparer.OrdinalIgnoreCase);
    }

    // MailDev's `time` is the message's own Date header when it has one, which MimeKit always writes, in whole seconds
    // and from the sender's clock. The moment MailDev finished writing the message's file (`source`, on this machine)
    // is when it arrived, to the microsecond.
    private static DateTimeOffset Arrived(JsonElement email) =>
        new(File.GetLastWriteTimeUtc(email.GetProperty("source").GetString()!), TimeSpan.Zero);

    public void Dispose() => _http.Dispose();
}
