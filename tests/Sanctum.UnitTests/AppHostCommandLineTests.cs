using Sanctum.AppHost;

namespace Sanctum.UnitTests;

public sealed class AppHostCommandLineTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Runs_with_the_repository_data_folder_and_port_5180_by_default()
    {
        var commandLine = CommandLine.Parse([], NoEnvironment);
        Assert.Null(commandLine.ManifestPath);
        Assert.Equal(SanctumHostOptions.DefaultDataDir, commandLine.RunOptions.DataDir);
        Assert.Equal(".sanctum-data", Path.GetFileName(commandLine.RunOptions.DataDir));
        Assert.Equal(5180, commandLine.RunOptions.WebPort);
    }

    [Fact]
    public void Arguments_win_over_the_environment()
    {
        var environment = new Dictionary<string, string?> { ["SANCTUM_DATA_DIR"] = "/tmp/from-env", ["SANCTUM_WEB_PORT"] = "6000" };

        var fromEnvironment = CommandLine.Parse([], environment.GetValueOrDefault).RunOptions;
        Assert.Equal(("/tmp/from-env", 6000), (fromEnvironment.DataDir, fromEnvironment.WebPort));

        var fromArguments = CommandLine.Parse(["--data-dir", "/tmp/from-args", "--web-port", "0"], environment.GetValueOrDefault).RunOptions;
        Assert.Equal(("/tmp/from-args", 0), (fromArguments.DataDir, fromArguments.WebPort));
    }

    [Fact]
    public void Publishes_the_manifest_where_asked() =>
        Assert.Equal("out/m.json", CommandLine.Parse(["--publisher", "manifest", "--output-path", "out/m.json"], NoEnvironment).ManifestPath);

    [Theory]
    [InlineData("--verbose")]
    [InlineData("--web-port")]
    [InlineData("--web-port", "http")]
    [InlineData("--publisher", "manifest")]
    [InlineData("--publisher", "docker-compose", "--output-path", "x")]
    public void Refuses_what_it_does_not_understand(params string[] args) =>
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(args, NoEnvironment));
}
