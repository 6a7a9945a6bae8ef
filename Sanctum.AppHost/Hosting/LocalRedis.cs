using Sanctum.AppHost.Model;
using StackExchange.Redis;

namespace Sanctum.AppHost.Hosting;

/// <summary>
/// redis-server on a free loopback port, durable in &lt;data&gt;/redis because the job queue lives there.
/// Garnet, a Redis-compatible .NET tool, stands in where redis-server is missing and cannot be installed.
/// </summary>
internal sealed class LocalRedis(RedisResource model, HostContext context) : ProcessResource(model, context)
{
    protected override async Task<ProcessSpec> PrepareAsync(CancellationToken cancellationToken)
    {
        var password = Context.Secrets[model.Password];
        var port = Network.GetFreePort();
        ConnectionString = $"127.0.0.1:{port},password={password}";
        Endpoints = new Dictionary<string, Uri> { ["tcp"] = new($"tcp://127.0.0.1:{port}") };

        return await Context.Prerequisites.RedisServerAsync() is { } redisServer
            ? RedisServer(redisServer, port, password)
            : await GarnetAsync(port, password);
    }

    protected override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        var options = ConfigurationOptions.Parse(ConnectionString!);
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 2000;
        await using var connection = await ConnectionMultiplexer.ConnectAsync(options);
        await connection.GetDatabase().PingAsync();
        return true;
    }

    // Every write goes to the append-only file; no snapshots.
    private ProcessSpec RedisServer(string program, int port, string password)
    {
        var directory = Directory.CreateDirectory(Path.Combine(Context.DataDir, "redis")).FullName;
        return new ProcessSpec(
            [program, "--port", $"{port}", "--bind", "127.0.0.1", "--requirepass", password,
                "--dir", directory, "--appendonly", "yes", "--save", ""],
            directory);
    }

    // The RandomAccess device: Garnet's default native one needs libaio, which Debian does not ship by default.
    private async Task<ProcessSpec> GarnetAsync(int port, string password)
    {
        await Context.Prerequisites.RestoreDotnetToolsAsync();
        var directory = Directory.CreateDirectory(Path.Combine(Context.DataDir, "garnet")).FullName;
        return new ProcessSpec(
            ["dotnet", "tool", "run", "garnet-server", "--", "--port", $"{port}", "--bind", "127.0.0.1",
                "--auth", "Password", "--password", password,
                "--aof", "--recover", "--device-type", "RandomAccess", "--checkpointdir", directory],
            BuildInfo.RepoRoot);
    }
}
