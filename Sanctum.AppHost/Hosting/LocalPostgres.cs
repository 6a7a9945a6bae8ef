using Npgsql;
using Sanctum.AppHost.Model;

namespace Sanctum.AppHost.Hosting;

/// <summary>A PostgreSQL server on a free loopback port, its cluster kept in &lt;data&gt;/postgres.</summary>
internal sealed class LocalPostgres(PostgresServerResource model, HostContext context) : ProcessResource(model, context)
{
    // Fast shutdown. SIGTERM is "smart" shutdown, which waits for every client to disconnect.
    protected override int StopSignal => Native.SIGINT;

    // PostgreSQL refuses to run as root. setpriv execs in place: the PID stays the postmaster's and signals reach it directly.
    private static IReadOnlyList<string> AsPostgresUser =>
        Native.IsRoot ? ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups"] : [];

    public static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        // No pooling: a pooled connection left open would outlive the health probe or the database creation.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 2 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public override void CheckPrerequisites() => Prerequisites.PostgresBinDirectory();

    protected override async Task<ProcessSpec> PrepareAsync(CancellationToken cancellationToken)
    {
        var bin = Prerequisites.PostgresBinDirectory();
        var cluster = Path.Combine(Context.DataDir, "postgres");
        var password = Context.Secrets[model.Password];
        if (!File.Exists(Path.Combine(cluster, "PG_VERSION")))
            await InitDbAsync(bin, cluster, password, cancellationToken);

        var port = Network.GetFreePort();
        ConnectionString = $"Host=127.0.0.1;Port={port};Username={PostgresServerResource.UserName};Password={password}";
        Endpoints = new Dictionary<string, Uri> { ["tcp"] = new($"tcp://127.0.0.1:{port}") };

        // The socket goes in the cluster folder: /var/run/postgresql may not exist or be ours.
        return new ProcessSpec(
            [.. AsPostgresUser, Path.Combine(bin, "postgres"), "-D", cluster, "-k", cluster, "-h", "127.0.0.1", "-p", $"{port}"],
            cluster);
    }

    protected override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(ConnectionString!, cancellationToken);
        return true;
    }

    private async Task InitDbAsync(string bin, string cluster, string password, CancellationToken cancellationToken)
    {
        // A folder without PG_VERSION is an initdb that did not finish: it holds no data, and initdb wants it empty.
        // --no-sync saves seconds of fsync on a first start; the new cluster holds no data until the server runs.
        if (Directory.Exists(cluster))
            Directory.Delete(cluster, recursive: true);
        Directory.CreateDirectory(cluster);

        var passwordFile = Path.Combine(Context.DataDir, "postgres-password.initdb");
        File.WriteAllText(passwordFile, password);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            if (Native.IsRoot)
            {
                // The postgres user must be able to pass through the data folder (a temp folder is 700) to reach its own.
                File.SetUnixFileMode(Context.DataDir, File.GetUnixFileMode(Context.DataDir) | UnixFileMode.OtherExecute);
                await RunAsync(["chown", "postgres:postgres", cluster, passwordFile], cancellationToken);
            }
            await RunAsync(
                [.. AsPostgresUser, Path.Combine(bin, "initdb"), "-D", cluster, "-U", PostgresServerResource.UserName,
                    $"--pwfile={passwordFile}", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync", .. PostgresServerResource.InitDbArgs],
                cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private Task RunAsync(IReadOnlyList<string> command, CancellationToken cancellationToken) =>
        ChildProcess.RunAsync(Name, new ProcessSpec(command, Context.DataDir), Context.Log, cancellationToken);
}

/// <summary>A database on the local server, created when missing as Aspire 9 does; the services' migrations fill it.</summary>
internal sealed class LocalPostgresDatabase(PostgresDatabaseResource model, LocalPostgres server) : LocalResource(model)
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var connection = await LocalPostgres.OpenAsync(server.ConnectionString!, cancellationToken))
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
            {
                Parameters = { new NpgsqlParameter { Value = model.DatabaseName } },
            };
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                var quotedName = $"\"{model.DatabaseName.Replace("\"", "\"\"")}\"";
                await using var create = new NpgsqlCommand($"CREATE DATABASE {quotedName}", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        ConnectionString = $"{server.ConnectionString};Database={model.DatabaseName}";
        State = ResourceState.Running;
    }
}
