using System.Text.Json;
using System.Text.Json.Nodes;
using Sanctum.AppHost.Model;

namespace Sanctum.AppHost.Publishing;

/// <summary>
/// Writes the Aspire 9.5 deployment manifest (<c>--publisher manifest</c>): what a deploy pipeline reads.
/// Keys are written in Aspire's order so the output is stable and diffs cleanly.
/// </summary>
public static class ManifestWriter
{
    private const string Schema = "https://json.schemastore.org/aspire-8.0.json";
    private const string PostgresImage = "docker.io/library/postgres:17.6";
    private const string RedisImage = "docker.io/library/redis:8.2";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(AppModel model, string outputPath)
    {
        var fullPath = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, Build(model, Path.GetDirectoryName(fullPath)!).ToJsonString(Indented) + "\n");
    }

    /// <param name="manifestDirectory">Project paths are written relative to it, as Aspire does.</param>
    private static JsonObject Build(AppModel model, string manifestDirectory)
    {
        var resources = new JsonObject();
        foreach (var resource in model.Resources)
            resources[resource.Name] = Describe(resource, manifestDirectory);
        return new JsonObject { ["$schema"] = Schema, ["resources"] = resources };
    }

    private static JsonObject Describe(Resource resource, string manifestDirectory) => resource switch
    {
        PostgresServerResource postgres => Postgres(postgres),
        PostgresDatabaseResource database => new JsonObject
        {
            ["type"] = "value.v0",
            ["connectionString"] = $"{Ref(database.Server, "connectionString")};Database={database.DatabaseName}",
        },
        RedisResource redis => Redis(redis),
        ConnectionStringResource connection => new JsonObject
        {
            ["type"] = "parameter.v0",
            ["connectionString"] = Ref(connection, "value"),
            ["value"] = Ref(connection, "inputs.value"),
            ["inputs"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "string", ["secret"] = true } },
        },
        ParameterResource parameter => GeneratedSecret(parameter),
        ProjectResource project => Project(project, manifestDirectory),
        _ => throw new NotSupportedException($"No manifest entry for {resource.GetType().Name}."),
    };

    private static JsonObject Postgres(PostgresServerResource postgres) => new()
    {
        ["type"] = "container.v0",
        ["connectionString"] =
            $"Host={Ref(postgres, "bindings.tcp.host")};Port={Ref(postgres, "bindings.tcp.port")};" +
            $"Username={PostgresServerResource.UserName};Password={Ref(postgres.Password, "value")}",
        ["image"] = PostgresImage,
        ["env"] = new JsonObject
        {
            ["POSTGRES_HOST_AUTH_METHOD"] = "scram-sha-256",
            ["POSTGRES_INITDB_ARGS"] = string.Join(' ', PostgresServerResource.InitDbArgs),
            ["POSTGRES_USER"] = PostgresServerResource.UserName,
            ["POSTGRES_PASSWORD"] = Ref(postgres.Password, "value"),
        },
        ["bindings"] = new JsonObject { ["tcp"] = TcpBinding(targetPort: 5432) },
    };

    private static JsonObject Redis(RedisResource redis) => new()
    {
        ["type"] = "container.v0",
        ["connectionString"] = $"{Ref(redis, "bindings.tcp.host")}:{Ref(redis, "bindings.tcp.port")},password={Ref(redis.Password, "value")}",
        ["image"] = RedisImage,
        ["entrypoint"] = "/bin/sh",
        ["args"] = new JsonArray("-c", "redis-server --requirepass $REDIS_PASSWORD"),
        ["env"] = new JsonObject { ["REDIS_PASSWORD"] = Ref(redis.Password, "value") },
        ["bindings"] = new JsonObject { ["tcp"] = TcpBinding(targetPort: 6379) },
    };

    private static JsonObject GeneratedSecret(ParameterResource parameter)
    {
        var generate = new JsonObject { ["minLength"] = parameter.MinLength };
        if (!parameter.Special)
            generate["special"] = false;

        return new JsonObject
        {
            ["type"] = "parameter.v0",
            ["value"] = Ref(parameter, "inputs.value"),
            ["inputs"] = new JsonObject
            {
                ["value"] = new JsonObject
                {
                    ["type"] = "string",
                    ["secret"] = true,
                    ["default"] = new JsonObject { ["generate"] = generate },
                },
            },
        };
    }

    private static JsonObject Project(ProjectResource project, string manifestDirectory)
    {
        var env = new JsonObject
        {
            ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
            ["HTTP_PORTS"] = Ref(project, "bindings.http.targetPort"),
        };
        foreach (var reference in project.Environment)
            env[reference.Name] = ValueOf(reference.Source);

        // Aspire leaves targetPort off a project's first http binding: the container's HTTP_PORTS decides it.
        var http = new JsonObject { ["scheme"] = "http", ["protocol"] = "tcp", ["transport"] = "http" };
        if (project.IsExternal)
            http["external"] = true;

        return new JsonObject
        {
            ["type"] = "project.v0",
            ["path"] = Path.GetRelativePath(manifestDirectory, project.ProjectPath).Replace('\\', '/'),
            ["env"] = env,
            ["bindings"] = new JsonObject { ["http"] = http },
        };
    }

    private static string ValueOf(Resource source) => source switch
    {
        ProjectResource service => Ref(service, "bindings.http.url"),
        ParameterResource parameter => Ref(parameter, "value"),
        _ => Ref(source, "connectionString"),
    };

    private static JsonObject TcpBinding(int targetPort) => new()
    {
        ["scheme"] = "tcp",
        ["protocol"] = "tcp",
        ["transport"] = "tcp",
        ["targetPort"] = targetPort,
    };

    /// <summary>A manifest expression such as <c>{postgres.bindings.tcp.host}</c>.</summary>
    private static string Ref(Resource resource, string property) => $"{{{resource.Name}.{property}}}";
}
