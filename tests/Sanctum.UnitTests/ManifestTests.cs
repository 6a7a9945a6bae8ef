using System.Text.Json.Nodes;
using Sanctum.AppHost;

namespace Sanctum.UnitTests;

/// <summary>The Aspire 9.5 manifest that `--publisher manifest` writes, checked field by field.</summary>
public sealed class ManifestTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sanctum-manifest-").FullName;
    private readonly JsonObject resources;

    public ManifestTests()
    {
        var path = Path.Combine(directory, "aspire-manifest.json");
        Assert.Equal(0, RunAppHost("--publisher", "manifest", "--output-path", path));
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();

        Assert.Equal("https://json.schemastore.org/aspire-8.0.json", (string?)manifest["$schema"]);
        resources = manifest["resources"]!.AsObject();
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Lists_every_resource_and_no_dev_only_executable()
    {
        Assert.Equal(
            ["postgres", "sanctumdb", "cache", "blobs", "mail", "auth-signing-key", "workers", "api", "web", "postgres-password", "cache-password"],
            resources.Select(r => r.Key));
        Assert.DoesNotContain(resources, r => (string?)r.Value!["type"] == "executable.v0");
    }

    [Fact]
    public void Postgres_is_a_container_with_a_generated_password()
    {
        var postgres = resources["postgres"]!;
        Assert.Equal("container.v0", (string?)postgres["type"]);
        Assert.Equal("docker.io/library/postgres:17.6", (string?)postgres["image"]);
        Assert.Equal(
            "Host={postgres.bindings.tcp.host};Port={postgres.bindings.tcp.port};Username=postgres;Password={postgres-password.value}",
            (string?)postgres["connectionString"]);
        AssertEntries(postgres["env"], new()
        {
            ["POSTGRES_HOST_AUTH_METHOD"] = "scram-sha-256",
            ["POSTGRES_INITDB_ARGS"] = "--auth-host=scram-sha-256 --auth-local=scram-sha-256",
            ["POSTGRES_USER"] = "postgres",
            ["POSTGRES_PASSWORD"] = "{postgres-password.value}",
        });
        AssertTcpBinding(postgres, targetPort: 5432);
        AssertGeneratedSecret("postgres-password", minLength: 22, special: true);
    }

    [Fact]
    public void The_database_is_a_value_on_the_server_connection_string()
    {
        var database = resources["sanctumdb"]!.AsObject();
        Assert.Equal(["type", "connectionString"], database.Select(p => p.Key));
        Assert.Equal("value.v0", (string?)database["type"]);
        Assert.Equal("{postgres.connectionString};Database=sanctumdb", (string?)database["connectionString"]);
    }

    [Fact]
    public void Redis_is_a_container_started_with_its_password()
    {
        var cache = resources["cache"]!;
        Assert.Equal("container.v0", (string?)cache["type"]);
        Assert.Equal("docker.io/library/redis:8.2", (string?)cache["image"]);
        Assert.Equal("/bin/sh", (string?)cache["entrypoint"]);
        Assert.Equal(["-c", "redis-server --requirepass $REDIS_PASSWORD"], cache["args"]!.AsArray().Select(a => (string?)a));
        Assert.Equal("{cache.bindings.tcp.host}:{cache.bindings.tcp.port},password={cache-password.value}", (string?)cache["connectionString"]);
        AssertEntries(cache["env"], new() { ["REDIS_PASSWORD"] = "{cache-password.value}" });
        AssertTcpBinding(cache, targetPort: 6379);
        AssertGeneratedSecret("cache-password", minLength: 22, special: false);
    }

    [Theory]
    [InlineData("blobs")]
    [InlineData("mail")]
    public void Blobs_and_mail_are_connection_strings_the_deployment_supplies(string name)
    {
        var expected = JsonNode.Parse($$"""
            {
              "type": "parameter.v0",
              "connectionString": "{{{name}}.value}",
              "value": "{{{name}}.inputs.value}",
              "inputs": { "value": { "type": "string", "secret": true } }
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, resources[name]), resources[name]!.ToJsonString());
    }

    [Fact]
    public void The_signing_key_is_a_generated_secret_of_32_characters() =>
        AssertGeneratedSecret("auth-signing-key", minLength: 32, special: true);

    [Fact]
    public void Workers_get_the_database_cache_blobs_and_mail()
    {
        AssertProject("workers", "Sanctum.Workers", external: false, new()
        {
            ["ConnectionStrings__sanctumdb"] = "{sanctumdb.connectionString}",
            ["ConnectionStrings__cache"] = "{cache.connectionString}",
            ["ConnectionStrings__blobs"] = "{blobs.connectionString}",
            ["ConnectionStrings__mail"] = "{mail.connectionString}",
        });
    }

    [Fact]
    public void The_api_also_gets_the_signing_key()
    {
        AssertProject("api", "Sanctum.Api", external: false, new()
        {
            ["ConnectionStrings__sanctumdb"] = "{sanctumdb.connectionString}",
            ["ConnectionStrings__cache"] = "{cache.connectionString}",
            ["ConnectionStrings__blobs"] = "{blobs.connectionString}",
            ["ConnectionStrings__mail"] = "{mail.connectionString}",
            ["Auth__SigningKey"] = "{auth-signing-key.value}",
        });
    }

    [Fact]
    public void The_web_is_the_only_external_project_and_finds_the_api_by_service_discovery()
    {
        AssertProject("web", "Sanctum.Web", external: true, new()
        {
            ["ConnectionStrings__cache"] = "{cache.connectionString}",
            ["services__api__http__0"] = "{api.bindings.http.url}",
        });
    }

    [Fact]
    public void Carries_no_telemetry_settings_or_health_checks()
    {
        var json = resources.ToJsonString();
        Assert.DoesNotContain("OTEL_", json);
        Assert.DoesNotContain("health", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Is_the_same_every_time()
    {
        var again = Path.Combine(directory, "again.json");
        Assert.Equal(0, RunAppHost("--publisher", "manifest", "--output-path", again));
        Assert.Equal(File.ReadAllText(Path.Combine(directory, "aspire-manifest.json")), File.ReadAllText(again));
    }

    /// <summary>Runs the AppHost's Main in this process, as `dotnet run --project Sanctum.AppHost -- args` would.</summary>
    private static int RunAppHost(params string[] args) =>
        (int)typeof(SanctumApp).Assembly.EntryPoint!.Invoke(null, [args])!;

    private void AssertProject(string name, string projectName, bool external, Dictionary<string, string> references)
    {
        var project = resources[name]!;
        Assert.Equal("project.v0", (string?)project["type"]);

        // Relative to the manifest's folder, as Aspire writes it.
        var path = (string)project["path"]!;
        Assert.False(Path.IsPathRooted(path));
        var csproj = Path.GetFullPath(Path.Combine(directory, path));
        Assert.Equal($"{projectName}.csproj", Path.GetFileName(csproj));
        Assert.True(File.Exists(csproj), csproj);

        AssertEntries(project["env"], new Dictionary<string, string>
        {
            ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
            ["HTTP_PORTS"] = $"{{{name}.bindings.http.targetPort}}",
        }.Concat(references).ToDictionary());

        var bindings = project["bindings"]!.AsObject();
        Assert.Equal(["http"], bindings.Select(b => b.Key));
        var http = new JsonObject { ["scheme"] = "http", ["protocol"] = "tcp", ["transport"] = "http" };
        if (external)
            http["external"] = true;
        Assert.True(JsonNode.DeepEquals(http, bindings["http"]), bindings["http"]!.ToJsonString());
    }

    private void AssertGeneratedSecret(string name, int minLength, bool special)
    {
        var generate = new JsonObject { ["minLength"] = minLength };
        if (!special)
            generate["special"] = false;
        var expected = new JsonObject
        {
            ["type"] = "parameter.v0",
            ["value"] = $"{{{name}.inputs.value}}",
            ["inputs"] = new JsonObject
            {
                ["value"] = new JsonObject { ["type"] = "string", ["secret"] = true, ["default"] = new JsonObject { ["generate"] = generate } },
            },
        };
        Assert.True(JsonNode.DeepEquals(expected, resources[name]), resources[name]!.ToJsonString());
    }

    private static void AssertTcpBinding(JsonNode container, int targetPort)
    {
        var expected = new JsonObject
        {
            ["tcp"] = new JsonObject { ["scheme"] = "tcp", ["protocol"] = "tcp", ["transport"] = "tcp", ["targetPort"] = targetPort },
        };
        Assert.True(JsonNode.DeepEquals(expected, container["bindings"]), container["bindings"]!.ToJsonString());
    }

    /// <summary>Exactly these entries, in this order: Aspire writes references in the order they were added.</summary>
    private static void AssertEntries(JsonNode? actual, Dictionary<string, string> expected) =>
        Assert.Equal(expected.ToList(), actual!.AsObject().Select(e => KeyValuePair.Create(e.Key, (string)e.Value!)));
}
