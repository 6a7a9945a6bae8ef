using Sanctum.AppHost.Model;

namespace Sanctum.AppHost;

/// <summary>
/// The whole Sanctum application, written as an Aspire AppHost would write it. Run mode, publish mode
/// and the tests all use this one definition.
/// </summary>
public static class SanctumApp
{
    public const string Web = "web";

    public static AppModel BuildModel()
    {
        var builder = new AppModelBuilder();

        var postgres = builder.AddPostgres("postgres");
        var database = builder.AddDatabase(postgres, "sanctumdb");
        var cache = builder.AddRedis("cache");
        var blobs = builder.AddConnectionString("blobs", LocalEmulator.Azurite);
        var mail = builder.AddConnectionString("mail", LocalEmulator.MailDev);
        var signingKey = builder.AddGeneratedSecret("auth-signing-key", minLength: 32);

        // Workers apply the database migrations and report healthy only after, so the api waits for them.
        var workers = builder.AddProject("workers", "Sanctum.Workers")
            .WithReference(database)
            .WithReference(cache)
            .WithReference(blobs)
            .WithReference(mail);

        var api = builder.AddProject("api", "Sanctum.Api")
            .WithReference(database)
            .WithReference(cache)
            .WithReference(blobs)
            .WithReference(mail)
            .WithEnvironment("Auth__SigningKey", signingKey)
            .WaitFor(workers);

        builder.AddProject(Web, "Sanctum.Web")
            .WithExternalHttpEndpoints()
            .WithReference(cache)
            .WithReference(api)
            .WaitFor(api);

        return builder.Build();
    }
}
