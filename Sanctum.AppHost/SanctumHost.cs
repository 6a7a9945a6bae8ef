using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Sanctum.AppHost.Hosting;
using Sanctum.AppHost.Model;

namespace Sanctum.AppHost;

/// <summary>
/// Runs the application on this machine: real PostgreSQL, Redis, Azurite and MailDev servers and the services,
/// as child processes wired with Aspire's conventions. Run mode and the tests both start it here.
/// </summary>
public sealed class SanctumHost : IAsyncDisposable
{
    private readonly IReadOnlyList<LocalResource> resources;
    private readonly HostContext context;
    private readonly string endpointsFile;
    private bool disposed;

    private SanctumHost(IReadOnlyList<Resource> selected, HostContext context, int webPort)
    {
        this.context = context;
        endpointsFile = Path.Combine(context.DataDir, "endpoints.json");

        var created = new Dictionary<Resource, LocalResource>();
        resources = selected.Select(Local).ToList();

        LocalResource Local(Resource resource)
        {
            if (!created.TryGetValue(resource, out var local))
                created[resource] = local = Create(resource);
            return local;
        }

        LocalResource Create(Resource resource) => resource switch
        {
            ParameterResource parameter => new LocalParameter(parameter),
            PostgresServerResource server => new LocalPostgres(server, context),
            PostgresDatabaseResource database => new LocalPostgresDatabase(database, (LocalPostgres)Local(database.Server)),
            RedisResource redis => new LocalRedis(redis, context),
            ConnectionStringResource { Emulator: LocalEmulator.Azurite } blobs => new LocalAzurite(blobs, context),
            ConnectionStringResource { Emulator: LocalEmulator.MailDev } mail => new LocalMailDev(mail, context),
            ProjectResource project => new LocalProject(
                project, context, project.Name == SanctumApp.Web && webPort != 0 ? webPort : null, ReferenceValue),
            _ => throw new NotSupportedException($"{resource.Name}: no local runner for {resource.GetType().Name}."),
        };
    }

    /// <summary>How long the start took, from the call to every resource healthy.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>The PID of every child process, by resource name.</summary>
    public IReadOnlyDictionary<string, int> Processes =>
        resources.Where(r => r.ProcessId is not null).ToDictionary(r => r.Name, r => r.ProcessId!.Value);

    /// <summary>
    /// Starts the selected resources and what they depend on, each once its dependencies are healthy, and returns
    /// once all are healthy. On failure, stops what it started and throws.
    /// </summary>
    public static async Task<SanctumHost> StartAsync(SanctumHostOptions options, CancellationToken cancellationToken = default)
    {
        var model = SanctumApp.BuildModel();
        var selected = options.Resources is null ? model.Resources : model.WithDependencies(options.Resources);
        var dataDir = Directory.CreateDirectory(options.DataDir).FullName;
        var log = TextWriter.Synchronized(options.Log);
        var secrets = SecretStore.Open(Path.Combine(dataDir, "secrets.json"), selected.OfType<ParameterResource>());
        var context = new HostContext(dataDir, log, options.StartTimeout, secrets, new Prerequisites(log));

        var host = new SanctumHost(selected, context, options.WebPort);

        // Say what to install before anything starts, rather than after half the servers have.
        foreach (var resource in host.resources)
            resource.CheckPrerequisites();

        try
        {
            await host.StartAllAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>The value a referencing project gets as <c>ConnectionStrings__&lt;name&gt;</c>.</summary>
    public string GetConnectionString(string name) =>
        Find(name).ConnectionString ?? throw new InvalidOperationException($"'{name}' has no connection string.");

    /// <summary>The resource's http endpoint: a service, MailDev's web UI and REST API, or Azurite's blob service.</summary>
    public Uri GetUrl(string name) =>
        Find(name).Endpoints.TryGetValue("http", out var url) ? url : throw new InvalidOperationException($"'{name}' has no http endpoint.");

    /// <summary>Stops every child, dependents before what they depend on, and removes endpoints.json.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
            return;
        disposed = true;

        context.Log.WriteLine("Sanctum: stopping");
        var stops = new Dictionary<LocalResource, Task>();
        await Task.WhenAll(resources.Select(Stop));
        File.Delete(endpointsFile);
        context.Log.WriteLine("Sanctum: stopped");

        // Every call to Stop happens in this first synchronous pass: the awaits that follow only wait.
        Task Stop(LocalResource resource)
        {
            if (!stops.TryGetValue(resource, out var stop))
                stops[resource] = stop = StopAfterDependentsAsync(resource);
            return stop;
        }

        async Task StopAfterDependentsAsync(LocalResource resource)
        {
            await Task.WhenAll(resources.Where(r => r.Model.Dependencies.Contains(resource.Model)).Select(Stop));
            await resource.StopAsync();
        }
    }

    private async Task StartAllAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var starts = new Dictionary<LocalResource, Task>();
        var all = Task.WhenAll(resources.Select(Start));
        try
        {
            await all;
        }
        catch
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Report what failed, not the cancellations it caused in the others.
            var failure = starts.Values
                .Where(start => start.IsFaulted)
                .Select(start => start.Exception!.InnerException!)
                .FirstOrDefault(e => e is not OperationCanceledException);
            ExceptionDispatchInfo.Throw(failure ?? all.Exception!.InnerException!);
        }

        StartupTime = clock.Elapsed;
        StatusReport.WriteTable(context.Log, resources);
        StatusReport.WriteJson(endpointsFile, resources, StartupTime);
        context.Log.WriteLine($"Sanctum: all healthy in {StartupTime.TotalSeconds:0.0} s");

        // Every call to Start happens in this first synchronous pass: the awaits that follow only wait.
        Task Start(LocalResource resource)
        {
            if (!starts.TryGetValue(resource, out var start))
                starts[resource] = start = StartAfterDependenciesAsync(resource);
            return start;
        }

        async Task StartAfterDependenciesAsync(LocalResource resource)
        {
            try
            {
                await Task.WhenAll(resource.Model.Dependencies.Select(d => Start(Find(d.Name))));
                await resource.StartAsync(abort.Token);
            }
            catch
            {
                // One failure stops the rest from starting or waiting any longer.
                await abort.CancelAsync();
                throw;
            }
        }
    }

    private string ReferenceValue(Resource source) => source switch
    {
        ProjectResource service => Find(service.Name).Endpoints["http"].GetLeftPart(UriPartial.Authority),
        ParameterResource parameter => context.Secrets[parameter],
        _ => Find(source.Name).ConnectionString!,
    };

    private LocalResource Find(string name) =>
        resources.FirstOrDefault(r => r.Name == name)
        ?? throw new KeyNotFoundException($"'{name}' is not one of the resources this host runs.");
}
