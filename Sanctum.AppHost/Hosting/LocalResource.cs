using System.Diagnostics;
using Sanctum.AppHost.Model;

namespace Sanctum.AppHost.Hosting;

internal enum ResourceState
{
    Waiting,
    Starting,
    Running,
    Exited,
    FailedToStart,
}

/// <summary>A resource of the model as it runs on this machine.</summary>
internal abstract class LocalResource(Resource model)
{
    public Resource Model { get; } = model;
    public string Name => Model.Name;
    public virtual ResourceState State { get; protected set; } = ResourceState.Waiting;

    /// <summary>The value of <c>ConnectionStrings__&lt;name&gt;</c> for the resources that reference this one.</summary>
    public string? ConnectionString { get; protected set; }

    /// <summary>Where it listens, by endpoint name (tcp, http, smtp).</summary>
    public IReadOnlyDictionary<string, Uri> Endpoints { get; protected set; } = new Dictionary<string, Uri>();

    public virtual int? ProcessId => null;

    /// <summary>Throws, with one line saying what to install, when a program that cannot be installed for the user is missing.</summary>
    public virtual void CheckPrerequisites()
    {
    }

    /// <summary>Starts the resource and returns once it is healthy.</summary>
    public abstract Task StartAsync(CancellationToken cancellationToken);

    public virtual Task StopAsync() => Task.CompletedTask;
}

/// <summary>A resource served by a child process, healthy once its health check passes.</summary>
internal abstract class ProcessResource(Resource model, HostContext context) : LocalResource(model)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    private ChildProcess? process;

    protected HostContext Context { get; } = context;

    public override int? ProcessId => process?.Id;

    public override ResourceState State
    {
        get => base.State == ResourceState.Running && process!.HasExited ? ResourceState.Exited : base.State;
        protected set => base.State = value;
    }

    /// <summary>The signal that shuts the program down cleanly.</summary>
    protected virtual int StopSignal => Native.SIGTERM;

    public sealed override async Task StartAsync(CancellationToken cancellationToken)
    {
        State = ResourceState.Starting;
        try
        {
            var spec = await PrepareAsync(cancellationToken);
            process = ChildProcess.Start(Name, spec, Context.Log);
            await WaitUntilHealthyAsync(process, cancellationToken);
            State = ResourceState.Running;
        }
        catch
        {
            State = ResourceState.FailedToStart;
            throw;
        }
    }

    public override Task StopAsync() => process?.StopAsync(StopSignal) ?? Task.CompletedTask;

    /// <summary>Installs or initialises what the program needs, sets the connection string and endpoints, and says what to launch.</summary>
    protected abstract Task<ProcessSpec> PrepareAsync(CancellationToken cancellationToken);

    /// <summary>One health probe; an exception counts as not healthy yet.</summary>
    protected abstract Task<bool> IsHealthyAsync(CancellationToken cancellationToken);

    private async Task WaitUntilHealthyAsync(ChildProcess child, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        while (!await ProbeAsync(cancellationToken))
        {
            if (child.HasExited)
            {
                throw new SanctumHostException(
                    $"{Name} exited with code {child.ExitCode} before it became healthy. Its last lines:\n{child.RecentOutput}");
            }
            if (elapsed.Elapsed > Context.StartTimeout)
            {
                throw new SanctumHostException(
                    $"{Name} did not become healthy within {Context.StartTimeout.TotalSeconds:0} s. Its last lines:\n{child.RecentOutput}");
            }
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await IsHealthyAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
