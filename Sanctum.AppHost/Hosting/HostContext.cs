namespace Sanctum.AppHost.Hosting;

/// <summary>What every local resource of one <see cref="SanctumHost"/> shares.</summary>
internal sealed record HostContext(
    string DataDir,
    TextWriter Log,
    TimeSpan StartTimeout,
    SecretStore Secrets,
    Prerequisites Prerequisites);
