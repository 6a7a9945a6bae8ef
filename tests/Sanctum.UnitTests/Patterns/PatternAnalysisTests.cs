using Sanctum.Core;
using Sanctum.Core.Episodes;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Patterns;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Trackers;

namespace Sanctum.UnitTests.Patterns;

public sealed class PatternAnalysisTests
{
    private static readonly TimeZoneInfo Zone = SyntheticPerson.Zone;
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static Comparison Find(PatternReport report, string key) => report.Comparisons.Single(c => c.Key == key);

    [Fact]
    public void A_mood_drop_the_day_after_a_missed_dose_is_found_at_lag_one_only()
    {
        var report = PatternAnalysis.Analyse(new SyntheticPerson { MissedDoseLowersNextDay = true }.Build(seed: 7));

        var lagOne = Find(report, "missed-dose-lag-1");
        Assert.True(lagOne.Notable, lagOne.Summary);
        Assert.True(lagOne.EffectSize < -1, $"d = {lagOne.EffectSize}");
        Assert.True(lagOne.NWith >= PatternComparisons.MinimumPerGroup && lagOne.NWithout >= PatternComparisons.MinimumPerGroup);
        Assert.StartsWith("Mood was", lagOne.Summary);
        Assert.Contains("lower", lagOne.Summary);
        foreach (var lag in new[] { 0, 2, 3 }) Assert.False(Find(report, $"missed-dose-lag-{lag}").Notable, $"lag {lag}");
    }

    [Fact]
    public void Work_comes_out_as_the_top_trigger_with_the_states_it_led_to()
    {
        var report = PatternAnalysis.Analyse(new SyntheticPerson { WorkIsTheTrigger = true }.Build(seed: 11));

        var top = report.TopTriggers[0];
        Assert.Equal("work", top.Trigger);
        Assert.True(top.Count > 2 * report.TopTriggers[1].Count);
        Assert.Equal("anxious", top.LeadsTo[0].State);
        Assert.Equal(top.Count, top.LeadsTo.Sum(s => s.Count));
    }

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Pure_noise_reports_no_effects_and_no_flags(int seed)
    {
        // With the cycle tracker kept, so that every comparison on the list, the cycle one too, has enough data.
        var report = PatternAnalysis.Analyse(new SyntheticPerson { TracksCycle = true }.Build(seed));

        Assert.True(report.Cycle.Available);

        Assert.All(report.Comparisons, c => Assert.True(c.EnoughData, c.Key));
        Assert.All(report.Comparisons, c => Assert.False(c.Notable, $"{c.Key}: {c.Summary} (effect {c.EffectSize})"));
        Assert.Empty(report.Flags);
    }

    [Theory]
    [InlineData(180)]
    [InlineData(90)] // three cycles
    public void Low_and_crisis_states_in_the_week_before_each_period_are_found_and_flagged_for_discussion(int days)
    {
        var report = PatternAnalysis.Analyse(new SyntheticPerson { TracksCycle = true, LowBeforePeriod = true, Days = days }.Build(seed: 5));

        var premenstrual = Find(report, PatternAnalysis.PremenstrualKey);
        Assert.True(premenstrual.Notable, premenstrual.Summary);
        Assert.True(premenstrual.EffectSize < -1, $"d = {premenstrual.EffectSize}");
        Assert.StartsWith("Mood was", premenstrual.Summary);
        Assert.Contains("lower on days in the week before a period", premenstrual.Summary);
        Assert.True(report.Cycle.Available);
        Assert.True(report.Cycle.Cycles >= 3, $"{report.Cycle.Cycles} cycles");
        Assert.EndsWith(premenstrual.Summary, report.Cycle.Note);
        var lateLuteal = report.Cycle.Phases.Single(p => p.Phase == CyclePhase.LateLuteal);
        Assert.All(report.Cycle.Phases.Where(p => p.Phase != CyclePhase.LateLuteal), p => Assert.True(p.Mood > lateLuteal.Mood, $"{p.Phase}: {p.Mood}"));
        Assert.True(lateLuteal.CrisisDays > report.Cycle.Phases.Where(p => p.Phase != CyclePhase.LateLuteal).Max(p => p.CrisisDays));
        // Other comparisons are not moved by it.
        Assert.False(Find(report, "weekend-mood").Notable);

        var flag = Assert.Single(report.Flags, f => f.Key == "pattern:premenstrual-mood");
        Assert.Equal((FlagType.PotentialComorbidity, FlagSeverity.Medium), (flag.Type, flag.Severity));
        Assert.Equal("Your mood tended to dip in the days before your period. Worth discussing with your provider.", flag.Description);
        Assert.Contains($"Week before a period: mean mood {premenstrual.MeanWith.ToString()} over {premenstrual.NWith} days", flag.SupportingData);
        Assert.DoesNotContain("PMDD", flag.Description);
        Assert.DoesNotContain("diagnos", flag.Description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Without_cycle_records_the_cycle_comparison_says_not_enough_data_and_the_report_says_why()
    {
        var report = PatternAnalysis.Analyse(new SyntheticPerson().Build(seed: 1));

        var premenstrual = Find(report, PatternAnalysis.PremenstrualKey);
        Assert.Same(premenstrual, report.Comparisons[^1]);
        Assert.False(premenstrual.EnoughData);
        Assert.Null(premenstrual.EffectSize);
        Assert.Equal(0, premenstrual.N);
        Assert.StartsWith("Not enough data yet", premenstrual.Summary);
        Assert.False(report.Cycle.Available);
        Assert.Equal(PatternAnalysis.NoCycleData, report.Cycle.Note);
        Assert.Empty(report.Cycle.Phases);
        Assert.DoesNotContain(report.Flags, f => f.Key == "pattern:premenstrual-mood");
    }

    [Fact]
    public void One_period_is_not_enough_to_compare_the_week_before_it()
    {
        var report = PatternAnalysis.Analyse(new SyntheticPerson { TracksCycle = true, LowBeforePeriod = true, Days = 35 }.Build(seed: 5));

        var premenstrual = Find(report, PatternAnalysis.PremenstrualKey);
        Assert.False(premenstrual.EnoughData);
        Assert.Equal("Not enough data yet: this needs mood logged in the week before at least 2 periods.", premenstrual.Summary);
        Assert.True(report.Cycle.Available);
    }

    [Fact]
    public void Comparisons_say_not_enough_data_below_three_days_with_and_without()
    {
        var input = Empty(Day, Day.AddDays(6)) with
        {
            Shifts = Enumerable.Range(0, 7).Select(i => Shift(Day.AddDays(i), 12, "low", 4)).ToList(),
            Baselines = Enumerable.Range(0, 4).Select(i => new DailyBaseline { Date = Day.AddDays(i), SleepHours = 7 }).ToList(),
        };

        var report = PatternAnalysis.Analyse(input);

        Assert.All(report.Comparisons, c => Assert.False(c.EnoughData, c.Key));
        Assert.All(report.Comparisons, c => Assert.Null(c.EffectSize));
        Assert.All(report.Comparisons, c => Assert.StartsWith("Not enough data yet", c.Summary));
        Assert.Equal(4, Find(report, "sleep-mood").N);
    }

    [Fact]
    public void Daily_figures_volatility_and_rapid_cycling_follow_local_days()
    {
        var input = Empty(Day, Day.AddDays(1)) with
        {
            Shifts =
            [
                Shift(Day, 9, "low", 4),        // -4
                Shift(Day, 13, "elevated", 6),  // +6
                Shift(Day, 23, "stable", 3),    // 0, 23:00 New York is the next day in UTC
                Shift(Day.AddDays(1), 10, "depressed", 8), // -8
            ],
        };

        var report = PatternAnalysis.Analyse(input);

        Assert.Equal([3, 1], report.Daily.Select(d => d.Shifts));
        Assert.Equal(0.67, report.Daily[0].Mood);
        Assert.True(report.Daily[0].RapidCycling);
        Assert.False(report.Daily[1].RapidCycling);
        Assert.Equal(1, report.RapidCyclingDays);
        Assert.Equal((10 + 6 + 8) / 3.0, report.VolatilityIndex!.Value, 2);
        Assert.Equal(2, report.ShiftsPerDay);
        Assert.Equal(["Night (00-06)", "Morning (06-12)", "Afternoon (12-18)", "Evening (18-24)"], report.TimeOfDay.Select(b => b.Label));
        Assert.Equal([0, 2, 1, 1], report.TimeOfDay.Select(b => b.Shifts));
    }

    [Fact]
    public void Crises_count_confirmed_episodes_and_crisis_states_merged_and_leave_drafts_out()
    {
        var episodeStart = ZonedTime.ToUtc(Zone, Day, new TimeOnly(10, 0));
        var input = Empty(Day, Day.AddDays(9)) with
        {
            Shifts = [Shift(Day, 11, MoodStates.Crisis, 9), Shift(Day, 15, "low", 5), Shift(Day.AddDays(5), 9, MoodStates.Crisis, 9), Shift(Day.AddDays(5), 12, "low", 4)],
            Episodes =
            [
                new Episode { Type = EpisodeType.SuicidalCrisis, StartedAt = episodeStart, EndedAt = episodeStart.AddHours(3) },
                new Episode { Type = EpisodeType.SuicidalCrisis, Status = EpisodeStatus.Draft, StartedAt = episodeStart.AddDays(8), EndedAt = episodeStart.AddDays(8).AddHours(2) },
            ],
        };

        var report = PatternAnalysis.Analyse(input);

        Assert.Equal(2, report.Crises.Periods);
        Assert.Equal(2, report.Crises.DaysWithCrisis);
        Assert.Equal(5 + 3, report.Crises.Hours);
        Assert.Equal(6, report.Crises.PerThirtyDays);
    }

    [Fact]
    public void A_side_effect_after_a_dose_increase_is_flagged_for_discussion()
    {
        var medication = Guid.NewGuid();
        var input = Empty(Day, Day.AddDays(29)) with
        {
            Schedules = [new DoseSchedule(medication, "Lithium", [new TimeOnly(8, 0)], Day.AddDays(-60), null)],
            MedicationChanges = [new MedicationChange { MedicationId = medication, Date = Day.AddDays(3), Type = MedicationChangeType.DoseIncreased, OldDose = 600, NewDose = 900 }],
            SideEffects =
            [
                new SideEffect { MedicationId = medication, OccurredAt = ZonedTime.ToUtc(Zone, Day.AddDays(1), new TimeOnly(9, 0)), Effect = "Tremor", Severity = 3 },
                new SideEffect { MedicationId = medication, OccurredAt = ZonedTime.ToUtc(Zone, Day.AddDays(8), new TimeOnly(9, 0)), Effect = "Tremor", Severity = 6 },
            ],
        };

        var report = PatternAnalysis.Analyse(input);

        var onset = Assert.Single(report.SideEffectOnsets);
        Assert.Equal(5, onset.DaysAfter);
        var flag = Assert.Single(report.Flags);
        Assert.Equal(FlagType.MedicationSideEffect, flag.Type);
        Assert.Equal(FlagSeverity.Medium, flag.Severity);
        Assert.Equal("You noted tremor 5 days after your Lithium dose went up. It may or may not be related. Worth discussing with your provider.", flag.Description);
        Assert.DoesNotContain("diagnos", flag.Description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_rising_questionnaire_score_is_an_escalation_warning_and_trends_leave_out_the_cssrs()
    {
        var input = Empty(Day, Day.AddDays(29)) with
        {
            Questionnaires =
            [
                Response(Instrument.Phq9, Day, 8),
                Response(Instrument.Phq9, Day.AddDays(14), 14),
                Response(Instrument.Phq9, Day.AddDays(28), 21),
                Response(Instrument.Cssrs, Day.AddDays(28), null),
            ],
        };

        var report = PatternAnalysis.Analyse(input);

        var trend = Assert.Single(report.Questionnaires);
        Assert.Equal((8m, 21m, 13m, 3), (trend.First, trend.Last, trend.Change, trend.Count));
        var flag = Assert.Single(report.Flags);
        Assert.Equal((FlagType.EscalationWarning, FlagSeverity.High), (flag.Type, flag.Severity));
        Assert.Equal("Your PHQ-9 score went up from 8 to 21 over this period. Worth discussing with your provider.", flag.Description);
        Assert.Equal(3, flag.SupportingData.Count);
    }

    [Fact]
    public void Mostly_anxious_time_with_a_high_GAD7_is_a_pattern_to_talk_over_and_more_crises_lately_an_escalation_warning()
    {
        var days = Enumerable.Range(0, 14).Select(i => Day.AddDays(i)).ToList();
        var input = Empty(days[0], days[^1]) with
        {
            Shifts = days.SelectMany(d => new[] { Shift(d, 8, "anxious", 6), Shift(d, 20, "low", 3) })
                .Concat([Shift(days[9], 12, MoodStates.Crisis, 9), Shift(days[11], 12, MoodStates.Crisis, 9)])
                .ToList(),
            Questionnaires = [Response(Instrument.Gad7, days[3], 12)],
        };

        var report = PatternAnalysis.Analyse(input);

        var anxiety = Assert.Single(report.Flags, f => f.Key == "pattern:anxiety");
        Assert.Equal((FlagType.PotentialComorbidity, FlagSeverity.Medium), (anxiety.Type, anxiety.Severity));
        Assert.Equal("Anxiety showed up a lot in what you logged. Worth discussing with your provider.", anxiety.Description);
        Assert.Contains("Latest GAD-7: 12", anxiety.SupportingData);
        var escalation = Assert.Single(report.Flags, f => f.Key == "escalation:crises");
        Assert.Equal((FlagType.EscalationWarning, FlagSeverity.Medium), (escalation.Type, escalation.Severity));
        Assert.StartsWith("Crisis times came more often in the second half of this period (2) than in the first (0).", escalation.Description);
        Assert.All(report.Flags, f => Assert.DoesNotContain("you have", f.Description, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Skills_are_summarised_by_module_with_mean_effectiveness()
    {
        var input = new SyntheticPerson { Days = 30 }.Build(seed: 3);

        var report = PatternAnalysis.Analyse(input);

        var tipp = Assert.Single(report.Skills);
        Assert.Equal(("TIPP", input.SkillUses.Count), (tipp.Skill, tipp.Uses));
        Assert.Equal(Math.Round(input.SkillUses.Average(u => u.Effectiveness!.Value), 1), tipp.MeanEffectiveness);
    }

    private static PatternInput Empty(DateOnly from, DateOnly to) =>
        new(from, to, Zone, ZonedTime.StartOf(Zone, to.AddDays(1)), [], [], [], [], [], [], [], [], [], []);

    private static MoodShift Shift(DateOnly date, int hour, string state, int intensity) =>
        new() { OccurredAt = ZonedTime.ToUtc(Zone, date, new TimeOnly(hour, 0)), CurrentState = state, Intensity = intensity };

    private static QuestionnaireResponse Response(Instrument instrument, DateOnly date, decimal? score) =>
        new() { Instrument = instrument, CompletedAt = ZonedTime.ToUtc(Zone, date, new TimeOnly(9, 0)), Score = score, Band = "" };
}
