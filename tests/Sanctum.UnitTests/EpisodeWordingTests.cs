extern alias web;
using web::Sanctum.Web.Api.Contracts;

namespace Sanctum.UnitTests;

public sealed class EpisodeWordingTests
{
    private static EpisodeInfo Episode(DateTimeOffset startedAt, DateTimeOffset? endedAt = null) => new(
        Guid.NewGuid(), "mania", startedAt, endedAt, endedAt is null, null, null, [], [], [], [], [], null, false, null, null, null, null, "confirmed");

    [Fact]
    public void An_episode_started_late_in_the_evening_is_named_by_the_local_date_not_the_UTC_one()
    {
        // 02:00 UTC on October 3 is 7 PM on October 2 in Los Angeles.
        var episode = Episode(new DateTimeOffset(2026, 10, 3, 2, 0, 0, TimeSpan.Zero));

        var local = episode.InZone(TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"));

        Assert.Equal("Mania, Oct 3, 2026", episode.Name);
        Assert.Equal("Mania, Oct 2, 2026", local.Name);
        Assert.Equal(episode.StartedAt, local.StartedAt);
        Assert.Equal(19, local.StartedAt.Hour);
    }

    [Fact]
    public void The_end_moves_to_the_zone_too_with_each_instant_on_its_own_offset_across_DST()
    {
        // London changes clocks on October 25, 2026: the start is on summer time, the end on winter time.
        var episode = Episode(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 26, 12, 0, 0, TimeSpan.Zero));

        var local = episode.InZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

        Assert.Equal(TimeSpan.FromHours(1), local.StartedAt.Offset);
        Assert.Equal(TimeSpan.Zero, local.EndedAt!.Value.Offset);
        Assert.Equal(episode.EndedAt, local.EndedAt);
    }

    [Fact]
    public void A_summary_month_reads_as_its_name_and_its_types_in_words()
    {
        var month = new EpisodeMonthInfo("2026-11", 3, [new("mania", 2), new("suicidalCrisis", 1)]);

        Assert.Equal("November 2026", month.MonthName);
        Assert.Equal("Mania 2, Suicidal crisis 1", month.TypesText);
    }
}
