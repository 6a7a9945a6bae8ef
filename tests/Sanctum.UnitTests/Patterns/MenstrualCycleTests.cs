using Sanctum.Core.Trackers;

namespace Sanctum.UnitTests.Patterns;

public sealed class MenstrualCycleTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private static MenstrualEntry Day(DateOnly date, MenstrualFlow flow, int? cycleDay = null) => new() { Date = date, Flow = flow, CycleDay = cycleDay };

    /// <summary>Five days of bleeding at each start, nothing logged in between.</summary>
    private static List<MenstrualEntry> Bleeding(params DateOnly[] starts) =>
        starts.SelectMany(s => Enumerable.Range(0, 5).Select(i => Day(s.AddDays(i), MenstrualFlow.Medium))).ToList();

    [Fact]
    public void A_28_day_cycle_runs_menstrual_follicular_ovulatory_luteal_then_the_premenstrual_week()
    {
        var days = MenstrualCycle.Days(Bleeding(Start, Start.AddDays(28)), Start, Start.AddDays(27));

        CyclePhase?[] expected =
        [
            .. Enumerable.Repeat(CyclePhase.Menstrual, 5), .. Enumerable.Repeat(CyclePhase.Follicular, 7),
            .. Enumerable.Repeat(CyclePhase.Ovulatory, 3), .. Enumerable.Repeat(CyclePhase.Luteal, 6),
            .. Enumerable.Repeat(CyclePhase.LateLuteal, 7),
        ];
        Assert.Equal(expected, days.Values.OrderBy(d => d.Date).Select(d => d.Phase));
        Assert.Equal(Enumerable.Range(1, 28), days.Values.OrderBy(d => d.Date).Select(d => d.CycleDay));
        Assert.Equal(14, days[Start.AddDays(13)].CycleDay);
        Assert.Equal(CyclePhase.Ovulatory, days[Start.AddDays(13)].Phase);
    }

    [Fact]
    public void The_persons_own_count_wins_over_bleeding_and_spotting_starts_nothing()
    {
        List<MenstrualEntry> entries =
        [
            Day(Start.AddDays(-3), MenstrualFlow.Spotting),
            Day(Start.AddDays(-1), MenstrualFlow.Light),
            Day(Start.AddDays(2), MenstrualFlow.Heavy, cycleDay: 3),
            Day(Start.AddDays(20), MenstrualFlow.Spotting),
        ];

        Assert.Equal([Start], MenstrualCycle.Starts(entries));
    }

    [Fact]
    public void Bleeding_starts_a_cycle_only_after_a_week_without()
    {
        var entries = Bleeding(Start, Start.AddDays(30));
        entries.Add(Day(Start.AddDays(10), MenstrualFlow.Light)); // mid-cycle bleeding, too soon to be a period

        Assert.Equal([Start, Start.AddDays(30)], MenstrualCycle.Starts(entries));
    }

    [Fact]
    public void Days_are_not_guessed_across_a_gap_in_tracking_or_past_an_expected_period_not_yet_logged()
    {
        var days = MenstrualCycle.Days(Bleeding(Start, Start.AddDays(30), Start.AddDays(120)), Start.AddDays(-5), Start.AddDays(130));

        Assert.False(days.ContainsKey(Start.AddDays(-1)));
        // The 30-day cycle sets the expectation for the one after it, which had no period logged within 45 days.
        Assert.Equal(CyclePhase.LateLuteal, days[Start.AddDays(59)].Phase);
        Assert.Null(days[Start.AddDays(60)].Phase);
        Assert.Equal(31, days[Start.AddDays(60)].CycleDay);
        Assert.Equal(MenstrualCycle.MaximumCycleDays, days[Start.AddDays(74)].CycleDay);
        Assert.False(days.ContainsKey(Start.AddDays(75)));
        Assert.Equal(1, days[Start.AddDays(120)].CycleDay);
    }
}
