using Sanctum.AppHost.Model;

namespace Sanctum.AppHost.Hosting;

/// <summary>Azurite's blob service: the local stand-in for Azure Blob Storage, kept in &lt;data&gt;/azurite.</summary>
internal sealed class LocalAzurite(ConnectionStringResource model, HostContext context) : ProcessResource(model, context)
{
    // The well-known development account of every Azure Storage emulator.
    private const string DevelopmentAccount =
        "AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public override void CheckPrerequisites() => Prerequisites.Node();

    protected override async Task<ProcessSpec> PrepareAsync(CancellationToken cancellationToken)
    {
        var azurite = await Context.Prerequisites.NodeCommandAsync("azurite-blob");
        var port = Network.GetFreePort();
        var directory = Directory.CreateDirectory(Path.Combine(Context.DataDir, "azurite")).FullName;
        ConnectionString = $"DefaultEndpointsProtocol=http;{DevelopmentAccount};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        Endpoints = new Dictionary<string, Uri> { ["http"] = new($"http://127.0.0.1:{port}") };

        // --skipApiVersionCheck: Azure.Storage.Blobs speaks a newer API version than Azurite knows.
        // --disableTelemetry: Azurite reports usage to a Microsoft service unless told not to, and that pending
        // upload would keep it running after SIGTERM.
        return new ProcessSpec(
            [.. azurite, "--blobHost", "127.0.0.1", "--blobPort", $"{port}", "--location", directory,
                "--skipApiVersionCheck", "--silent", "--disableTelemetry"],
            directory);
    }

    // Any answer will do: without credentials it is a 4xx, but it means the service is listening.
    protected override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        using var response = await Network.Http.GetAsync(Endpoints["http"], cancellationToken);
        return true;
    }
}

/// <summary>MailDev: an SMTP server that keeps what it receives and shows it in a web UI (REST API at /api/email).</summary>
internal sealed class LocalMailDev(ConnectionStringResource model, HostContext context) : ProcessResource(model, context)
{
    private int smtpPort;

    public override void CheckPrerequisites() => Prerequisites.Node();

    protected override async Task<ProcessSpec> PrepareAsync(CancellationToken cancellationToken)
    {
        var maildev = await Context.Prerequisites.NodeCommandAsync("maildev");
        smtpPort = Network.GetFreePort();
        var webPort = Network.GetFreePort();
        ConnectionString = $"Endpoint=smtp://127.0.0.1:{smtpPort}";
        Endpoints = new Dictionary<string, Uri>
        {
            ["smtp"] = new($"smtp://127.0.0.1:{smtpPort}"),
            ["http"] = new($"http://127.0.0.1:{webPort}"),
        };
        return new ProcessSpec(
            [.. maildev, "--smtp", $"{smtpPort}", "--web", $"{webPort}", "--ip", "127.0.0.1", "--web-ip", "127.0.0.1"],
            Context.DataDir);
    }

    protected override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        using var response = await Network.Http.GetAsync(new Uri(Endpoints["http"], "/api/email"), cancellationToken);
        return response.IsSuccessStatusCode && await Network.AcceptsConnectionsAsync(smtpPort, cancellationToken);
    }
}
