using Sanctum.AppHost.Model;

namespace Sanctum.AppHost.Hosting;

/// <summary>A generated secret: nothing to run, its value is in the secret store.</summary>
internal sealed class LocalParameter(ParameterResource model) : LocalResource(model)
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        State = ResourceState.Running;
        return Task.CompletedTask;
    }
}
