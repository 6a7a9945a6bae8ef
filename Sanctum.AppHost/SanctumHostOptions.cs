namespace Sanctum.AppHost;

public sealed class SanctumHostOptions
{
    public const int DefaultWebPort = 5180;

    /// <summary>&lt;repository&gt;/.sanctum-data, which git ignores.</summary>
    public static string DefaultDataDir => Path.Combine(BuildInfo.RepoRoot, ".sanctum-data");

    /// <summary>Where the servers keep their data and the generated secrets; kept between runs.</summary>
    public string DataDir { get; init; } = DefaultDataDir;

    /// <summary>The port of the web front end; 0 takes any free port. The other resources always take free ports.</summary>
    public int WebPort { get; init; } = DefaultWebPort;

    /// <summary>The resources to run, with everything they depend on; null runs the whole application.</summary>
    public IReadOnlyCollection<string>? Resources { get; init; }

    /// <summary>Receives the AppHost's messages and every child's output, each line prefixed with its resource name.</summary>
    public TextWriter Log { get; init; } = Console.Out;

    /// <summary>How long one resource may take, once launched, to become healthy.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(2);
}
