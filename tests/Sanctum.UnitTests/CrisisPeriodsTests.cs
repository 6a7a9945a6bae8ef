using Sanctum.Core.Episodes;
using Sanctum.Core.Mood;
using Sanctum.Core.Timeline;

namespace Sanctum.UnitTests;

public sealed class CrisisPeriodsTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = Start.AddDays(7);
    private static readonly DateTimeOffset Later = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Hour(int hours) => Start.AddHours(hours);

    private static MoodMark Mark(int hours, string state, FunctionalityLevel functionality = FunctionalityLevel.Functional) =>
        new(Hour(hours), state, functionality);

    private static IReadOnlyList<CrisisPeriod> Find(
        IReadOnlyList<MoodMark> shifts, IReadOnlyList<EpisodeSpan>? episodes = null, MoodMark? carried = null, DateTimeOffset? now = null) =>
        CrisisPeriods.Find(Start, End, now ?? Later, carried, shifts, episodes ?? []);

    [Fact]
    public void Nothing_recorded_means_no_crisis()
    {
        Assert.Empty(Find([]));
        Assert.Empty(Find([Mark(1, "low"), Mark(5, "elevated", FunctionalityLevel.Limited)]));
    }

    [Fact]
    public void A_crisis_state_lasts_until_the_next_shift()
    {
        var periods = Find([Mark(1, "stable"), Mark(3, "crisis"), Mark(7, "low")]);

        Assert.Equal([new CrisisPeriod(Hour(3), Hour(7), CrisisReason.MoodState)], periods);
    }

    [Fact]
    public void Crisis_functioning_counts_whatever_the_state_and_a_crisis_state_names_the_reason_first()
    {
        var periods = Find([Mark(2, "anxious", FunctionalityLevel.Crisis), Mark(4, "crisis", FunctionalityLevel.Crisis), Mark(6, "stable")]);

        Assert.Equal(
            [new CrisisPeriod(Hour(2), Hour(4), CrisisReason.Functioning), new CrisisPeriod(Hour(4), Hour(6), CrisisReason.MoodState)],
            periods);
    }

    [Fact]
    public void Back_to_back_crisis_shifts_with_one_reason_are_one_period()
    {
        var periods = Find([Mark(2, "crisis"), Mark(3, "crisis", FunctionalityLevel.Limited), Mark(5, "crisis"), Mark(9, "low")]);

        Assert.Equal([new CrisisPeriod(Hour(2), Hour(9), CrisisReason.MoodState)], periods);
    }

    [Fact]
    public void A_crisis_carried_over_starts_at_the_window_and_the_last_one_runs_to_its_end_or_now()
    {
        var carried = new MoodMark(Start.AddDays(-3), "crisis", FunctionalityLevel.Crisis);

        Assert.Equal([new CrisisPeriod(Start, Hour(5), CrisisReason.MoodState)], Find([Mark(5, "low")], carried: carried));
        Assert.Equal([new CrisisPeriod(Start, End, CrisisReason.MoodState)], Find([], carried: carried));
        Assert.Equal([new CrisisPeriod(Start, Hour(30), CrisisReason.MoodState)], Find([], carried: carried, now: Hour(30)));
    }

    [Fact]
    public void A_shift_at_the_first_moment_replaces_the_carried_over_state()
    {
        var carried = new MoodMark(Start.AddDays(-1), "crisis", FunctionalityLevel.Functional);

        Assert.Empty(Find([Mark(0, "stable")], carried: carried));
    }

    [Theory]
    [InlineData(EpisodeType.SuicidalCrisis, CrisisReason.SuicidalCrisisEpisode)]
    [InlineData(EpisodeType.Psychosis, CrisisReason.PsychosisEpisode)]
    [InlineData(EpisodeType.Hospitalization, CrisisReason.HospitalizationEpisode)]
    public void Crisis_episodes_are_shaded_clipped_to_the_window(EpisodeType type, CrisisReason reason)
    {
        var periods = Find([], [new EpisodeSpan(type, Start.AddDays(-2), Hour(10)), new EpisodeSpan(type, Hour(100), End.AddDays(1))]);

        Assert.Equal([new CrisisPeriod(Start, Hour(10), reason), new CrisisPeriod(Hour(100), End, reason)], periods);
    }

    [Fact]
    public void Other_episodes_are_not_crises_and_an_ongoing_crisis_runs_to_now()
    {
        var periods = Find([],
        [
            new EpisodeSpan(EpisodeType.Mania, Hour(1), Hour(20)),
            new EpisodeSpan(EpisodeType.SevereDepression, Hour(1), null),
            new EpisodeSpan(EpisodeType.Hospitalization, Hour(24), null),
        ], now: Hour(48));

        Assert.Equal([new CrisisPeriod(Hour(24), Hour(48), CrisisReason.HospitalizationEpisode)], periods);
    }

    [Fact]
    public void Overlapping_reasons_are_all_kept_in_order_of_start()
    {
        var periods = Find([Mark(10, "crisis"), Mark(14, "low")], [new EpisodeSpan(EpisodeType.SuicidalCrisis, Hour(8), Hour(12))]);

        Assert.Equal(
            [new CrisisPeriod(Hour(8), Hour(12), CrisisReason.SuicidalCrisisEpisode), new CrisisPeriod(Hour(10), Hour(14), CrisisReason.MoodState)],
            periods);
    }

    [Fact]
    public void A_window_entirely_in_the_future_has_no_crisis()
    {
        Assert.Empty(Find([], [new EpisodeSpan(EpisodeType.Psychosis, Start.AddDays(-1), null)], now: Start.AddDays(-1)));
    }
}
