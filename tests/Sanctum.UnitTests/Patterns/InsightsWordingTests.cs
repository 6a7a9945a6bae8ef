extern alias web;

using System.Text.Json;
using Sanctum.Core.Patterns;
using Sanctum.Core.Trackers;
using web::Sanctum.Web.Api.Contracts;
using web::Sanctum.Web.Components.Pages.Insights;

namespace Sanctum.UnitTests.Patterns;

public sealed class InsightsWordingTests
{
    [Fact]
    public void Each_cycle_phase_as_the_Api_names_it_reads_in_plain_words()
    {
        // The Api writes enums camelCase; the Insights page words what arrives.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        };
        var sent = new CycleFindings(true, "From your cycle tracker (3 cycles): ...", 3,
            Enum.GetValues<CyclePhase>().Select(p => new PhaseMood(p, 10, -1.5, 0)).ToList());

        var received = JsonSerializer.Deserialize<CycleFindingsInfo>(JsonSerializer.Serialize(sent, options), options)!;

        Assert.Equal(3, received.Cycles);
        Assert.Equal(
            ["Period (days 1-5)", "After your period", "Around ovulation", "Second half of the cycle", "The week before your period"],
            received.Phases!.Select(p => InsightsWording.Phase(p.Phase)));
    }
}
