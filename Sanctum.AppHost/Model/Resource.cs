namespace Sanctum.AppHost.Model;

/// <summary>A named part of the application, in Aspire's vocabulary.</summary>
public abstract class Resource(string name)
{
    public string Name { get; } = name;

    /// <summary>What must be running and healthy before this resource starts.</summary>
    public abstract IEnumerable<Resource> Dependencies { get; }

    public override string ToString() => Name;
}

/// <summary>A resource others reach through a connection string (<c>ConnectionStrings__&lt;name&gt;</c>).</summary>
public interface IResourceWithConnectionString;

/// <summary>A secret generated once per environment (Aspire's parameter with a generated default).</summary>
public sealed class ParameterResource(string name, int minLength, bool special) : Resource(name)
{
    public int MinLength { get; } = minLength;

    /// <summary>Whether a deployment may put punctuation in the generated value.</summary>
    public bool Special { get; } = special;

    public override IEnumerable<Resource> Dependencies => [];
}

public sealed class PostgresServerResource(string name, ParameterResource password) : Resource(name), IResourceWithConnectionString
{
    public const string UserName = "postgres";

    /// <summary>Password authentication everywhere, as Aspire's postgres container is initialised.</summary>
    public static readonly IReadOnlyList<string> InitDbArgs = ["--auth-host=scram-sha-256", "--auth-local=scram-sha-256"];

    public ParameterResource Password { get; } = password;

    public override IEnumerable<Resource> Dependencies => [Password];
}

public sealed class PostgresDatabaseResource(string name, PostgresServerResource server, string databaseName)
    : Resource(name), IResourceWithConnectionString
{
    public PostgresServerResource Server { get; } = server;
    public string DatabaseName { get; } = databaseName;

    public override IEnumerable<Resource> Dependencies => [Server];
}

public sealed class RedisResource(string name, ParameterResource password) : Resource(name), IResourceWithConnectionString
{
    public ParameterResource Password { get; } = password;

    public override IEnumerable<Resource> Dependencies => [Password];
}

/// <summary>Which local server stands in for a connection string that a deployment supplies.</summary>
public enum LocalEmulator
{
    Azurite,
    MailDev,
}

/// <summary>
/// A connection string the deployment provides (Aspire's <c>AddConnectionString</c>); in run mode the
/// <see cref="Emulator"/> provides it.
/// </summary>
public sealed class ConnectionStringResource(string name, LocalEmulator emulator) : Resource(name), IResourceWithConnectionString
{
    public LocalEmulator Emulator { get; } = emulator;

    public override IEnumerable<Resource> Dependencies => [];
}

/// <summary>An environment variable whose value comes from <see cref="Source"/>: its connection string, its http URL or its value.</summary>
public sealed record EnvironmentReference(string Name, Resource Source);

/// <summary>A .NET project of this repository, served over http.</summary>
public sealed class ProjectResource(string name, string projectName) : Resource(name)
{
    private readonly List<EnvironmentReference> environment = [];
    private readonly List<Resource> waitsFor = [];

    /// <summary>The project's folder and assembly name, e.g. Sanctum.Api.</summary>
    public string ProjectName { get; } = projectName;

    public string ProjectDirectory => Path.Combine(BuildInfo.RepoRoot, ProjectName);
    public string ProjectPath => Path.Combine(ProjectDirectory, $"{ProjectName}.csproj");

    /// <summary>Whether the http endpoint is reachable from outside the deployment.</summary>
    public bool IsExternal { get; private set; }

    /// <summary>The references, in the order they were added (Aspire writes them in that order).</summary>
    public IReadOnlyList<EnvironmentReference> Environment => environment;

    public override IEnumerable<Resource> Dependencies => environment.Select(e => e.Source).Concat(waitsFor).Distinct();

    public ProjectResource WithReference<T>(T resource) where T : Resource, IResourceWithConnectionString
        => WithEnvironment($"ConnectionStrings__{resource.Name}", resource);

    /// <summary>Service discovery: the client resolves <c>http://name</c> through <c>services__name__http__0</c>.</summary>
    public ProjectResource WithReference(ProjectResource service)
        => WithEnvironment($"services__{service.Name}__http__0", service);

    public ProjectResource WithEnvironment(string variable, ParameterResource parameter)
        => WithEnvironment(variable, (Resource)parameter);

    /// <summary>Start only after <paramref name="resource"/> reports healthy, even without a reference to it.</summary>
    public ProjectResource WaitFor(Resource resource)
    {
        waitsFor.Add(resource);
        return this;
    }

    public ProjectResource WithExternalHttpEndpoints()
    {
        IsExternal = true;
        return this;
    }

    private ProjectResource WithEnvironment(string variable, Resource source)
    {
        environment.Add(new EnvironmentReference(variable, source));
        return this;
    }
}
