namespace Sanctum.Core.Infrastructure;

/// <summary>The names the AppHost gives its resources; each is read as ConnectionStrings:&lt;name&gt;.</summary>
public static class ConnectionNames
{
    public const string Database = "sanctumdb";
    public const string Cache = "cache";
    public const string Blobs = "blobs";
    public const string Mail = "mail";
}
