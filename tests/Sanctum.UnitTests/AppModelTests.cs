using Sanctum.AppHost;

namespace Sanctum.UnitTests;

public sealed class AppModelTests
{
    [Fact]
    public void A_selection_brings_in_what_it_depends_on()
    {
        var model = SanctumApp.BuildModel();
        Assert.Equal(
            ["postgres", "sanctumdb", "cache", "postgres-password", "cache-password"],
            model.WithDependencies(["sanctumdb", "cache"]).Select(r => r.Name));
    }

    [Fact]
    public void The_web_waits_for_the_api_which_waits_for_the_workers()
    {
        var model = SanctumApp.BuildModel();
        Assert.Contains(model["api"], model["web"].Dependencies);
        Assert.Contains(model["workers"], model["api"].Dependencies);
        Assert.Equal(
            ["sanctumdb", "cache", "blobs", "mail"],
            model["workers"].Dependencies.Select(r => r.Name));
    }
}
