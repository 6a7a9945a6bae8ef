using System.Text.Json;

namespace Sanctum.AppHost.Hosting;

/// <summary>
/// What runs where, once everything is healthy: a table for the developer and &lt;data&gt;/endpoints.json for
/// scripts. Neither holds a secret: connection strings are only said to exist.
/// </summary>
internal static class StatusReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void WriteTable(TextWriter log, IReadOnlyList<LocalResource> resources)
    {
        var width = resources.Max(r => r.Name.Length) + 2;
        log.WriteLine($"{"Resource".PadRight(width)}{"State",-10}{"PID",-9}URLs");
        foreach (var resource in resources)
        {
            var urls = string.Join(' ', Urls(resource));
            log.WriteLine($"{resource.Name.PadRight(width)}{resource.State,-10}{resource.ProcessId,-9}{urls}");
        }
    }

    public static void WriteJson(string path, IReadOnlyList<LocalResource> resources, TimeSpan startupTime)
    {
        var report = new
        {
            StartupSeconds = Math.Round(startupTime.TotalSeconds, 1),
            Resources = resources.Select(r => new
            {
                r.Name,
                State = r.State.ToString(),
                Pid = r.ProcessId,
                Urls = Urls(r),
                HasConnectionString = r.ConnectionString is not null,
            }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(report, Json));
    }

    private static IEnumerable<string> Urls(LocalResource resource) =>
        resource.Endpoints.Values.Select(url => url.GetLeftPart(UriPartial.Authority));
}
