namespace Sanctum.AppHost.Model;

/// <summary>Builds an <see cref="AppModel"/> with the calls an Aspire AppHost would make.</summary>
public sealed class AppModelBuilder
{
    private readonly List<Resource> resources = [];

    // Aspire creates the default passwords outside the model, so its manifest lists them after everything else.
    private readonly List<Resource> defaultPasswords = [];

    public PostgresServerResource AddPostgres(string name)
        => Add(new PostgresServerResource(name, DefaultPassword(name, special: true)));

    public PostgresDatabaseResource AddDatabase(PostgresServerResource server, string name)
        => Add(new PostgresDatabaseResource(name, server, databaseName: name));

    // Aspire leaves punctuation out of Redis passwords: they go on a shell command line in the container.
    public RedisResource AddRedis(string name)
        => Add(new RedisResource(name, DefaultPassword(name, special: false)));

    public ConnectionStringResource AddConnectionString(string name, LocalEmulator emulator)
        => Add(new ConnectionStringResource(name, emulator));

    public ParameterResource AddGeneratedSecret(string name, int minLength)
        => Add(new ParameterResource(name, minLength, special: true));

    public ProjectResource AddProject(string name, string projectName)
        => Add(new ProjectResource(name, projectName));

    public AppModel Build() => new([.. resources, .. defaultPasswords]);

    private ParameterResource DefaultPassword(string owner, bool special)
    {
        var password = new ParameterResource($"{owner}-password", minLength: 22, special);
        defaultPasswords.Add(password);
        return password;
    }

    private T Add<T>(T resource) where T : Resource
    {
        if (resources.Concat(defaultPasswords).Any(r => r.Name == resource.Name))
            throw new InvalidOperationException($"A resource named '{resource.Name}' already exists.");
        resources.Add(resource);
        return resource;
    }
}
