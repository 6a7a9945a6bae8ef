namespace Sanctum.AppHost.Hosting;

/// <summary>What to launch: the program and its arguments, where, and the variables added to the AppHost's environment.</summary>
internal sealed record ProcessSpec(
    IReadOnlyList<string> Command,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string>? Environment = null);
