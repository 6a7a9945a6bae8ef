using System.Net;
using Sanctum.AppHost.Model;

namespace Sanctum.AppHost.Hosting;

/// <summary>A service of this repository, run from its build output with the environment an Aspire AppHost gives it.</summary>
/// <param name="fixedPort">The port it must listen on; null takes a free one.</param>
internal sealed class LocalProject(ProjectResource model, HostContext context, int? fixedPort, Func<Resource, string> referenceValue)
    : ProcessResource(model, context)
{
    protected override Task<ProcessSpec> PrepareAsync(CancellationToken cancellationToken)
    {
        var assembly = Path.Combine(
            model.ProjectDirectory, "bin", BuildInfo.Configuration, BuildInfo.TargetFramework, $"{model.ProjectName}.dll");
        if (!File.Exists(assembly))
            throw new SanctumHostException($"{assembly} is missing: build first (dotnet build Sanctum.AppHost -c {BuildInfo.Configuration})");

        var url = $"http://127.0.0.1:{fixedPort ?? Network.GetFreePort()}";
        Endpoints = new Dictionary<string, Uri> { ["http"] = new(url) };
        return Task.FromResult(new ProcessSpec(["dotnet", "exec", assembly], model.ProjectDirectory, Environment(url)));
    }

    protected override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        using var response = await Network.Http.GetAsync(new Uri(Endpoints["http"], "/health"), cancellationToken);
        return response.StatusCode == HttpStatusCode.OK;
    }

    // The children inherit the AppHost's environment, so OTEL_EXPORTER_OTLP_ENDPOINT reaches them exactly when
    // the AppHost has it, as with Aspire's dashboard.
    private Dictionary<string, string> Environment(string url)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = url,
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["OTEL_SERVICE_NAME"] = Name,
            ["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={Guid.NewGuid()}",
        };
        foreach (var reference in model.Environment)
            environment[reference.Name] = referenceValue(reference.Source);
        return environment;
    }
}
