using System.Reflection;

namespace Sanctum.AppHost;

/// <summary>
/// Facts about the build this AppHost came from, written into the assembly at build time so that they do
/// not depend on the current directory.
/// </summary>
internal static class BuildInfo
{
    private static readonly Assembly Assembly = typeof(BuildInfo).Assembly;

    public static string RepoRoot { get; } = Metadata("RepoRoot");

    /// <summary>The services are launched from the output of the same configuration as the AppHost's.</summary>
    public static string Configuration { get; } = Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    public static string TargetFramework { get; } = Metadata("TargetFramework");

    private static string Metadata(string key) =>
        Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
