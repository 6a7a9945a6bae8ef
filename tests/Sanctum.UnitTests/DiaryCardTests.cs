using Sanctum.Core.Dbt;
using Sanctum.Core.Safety;

namespace Sanctum.UnitTests;

public sealed class DiaryCardTests
{
    private static readonly DateOnly Wednesday = new(2026, 11, 18);

    [Theory]
    [InlineData(null, null, null, new string[0])]
    [InlineData(3, false, false, new string[0])]
    [InlineData(4, false, false, new[] { "dbt.suicidal_thoughts:Moderate" })]
    [InlineData(5, null, null, new[] { "dbt.suicidal_thoughts:Moderate" })]
    [InlineData(0, true, false, new[] { "dbt.suicidal_thoughts:High" })]
    [InlineData(5, true, null, new[] { "dbt.suicidal_thoughts:High" })]
    [InlineData(0, false, true, new[] { "dbt.self_harm_act:High" })]
    [InlineData(4, true, true, new[] { "dbt.suicidal_thoughts:High", "dbt.self_harm_act:High" })]
    public void Safety_rules_raise_thoughts_of_four_or_more_a_plan_or_a_self_harm_act(
        int? thoughts, bool? plan, bool? selfHarmActed, string[] expected)
    {
        var card = new DiaryCard { Date = Wednesday, SuicidalThoughts = thoughts, SuicidalPlan = plan, SelfHarmActed = selfHarmActed };
        var signals = DiaryCardSafety.Signals(card);
        Assert.Equal(expected, signals.Select(s => $"{s.Source}:{s.Risk}"));
        Assert.All(signals, s => Assert.Contains("2026-11-18", s.Reason));
    }

    [Theory]
    [InlineData("2026-11-16", "2026-11-16")]
    [InlineData("2026-11-18", "2026-11-16")]
    [InlineData("2026-11-22", "2026-11-16")]
    [InlineData("2026-11-23", "2026-11-23")]
    public void Weeks_run_Monday_to_Sunday(string date, string monday) =>
        Assert.Equal(DateOnly.Parse(monday), DiaryWeek.WeekStartOf(DateOnly.Parse(date)));

    [Fact]
    public void The_week_lays_out_each_row_by_day_and_tallies_effective_and_ineffective_behaviour()
    {
        var monday = new DiaryCard
        {
            Date = new(2026, 11, 16),
            Emotions = new() { ["sadness"] = 4, ["loneliness"] = 3 },
            TargetBehaviours = [new("bingeing", 4, false), new("isolating", 0, true)],
            SelfHarmUrge = 3,
            SelfHarmActed = false,
            SleepHours = 6.5m,
            MedsAsPrescribed = true,
        };
        var wednesday = new DiaryCard
        {
            Date = Wednesday,
            Emotions = new() { ["joy"] = 2 },
            TargetBehaviours = [new("bingeing", 5, true)],
            SelfHarmUrge = 5,
            SelfHarmActed = true,
            WhyNoSkills = "Too overwhelmed to think of one",
        };
        var skills = new List<SkillUse>
        {
            new() { DiaryCardId = monday.Id, Module = DbtModule.DistressTolerance, Skill = "TIPP", Effectiveness = 6 },
            new() { DiaryCardId = monday.Id, Module = DbtModule.Mindfulness, Skill = "Wise mind", Effectiveness = 5 },
            new() { DiaryCardId = Guid.NewGuid(), Module = DbtModule.Mindfulness, Skill = "Another week", Effectiveness = 9 },
        };

        var week = DiaryWeek.Build(Wednesday, [monday, wednesday], skills);

        Assert.Equal(new DateOnly(2026, 11, 16), week.WeekStart);
        Assert.Equal(7, week.Days.Count);
        Assert.Equal(["sadness", "anxiety", "anger", "shame", "joy", "loneliness"], week.Emotions.Select(r => r.Label));
        Assert.Equal([4m, null, null, null, null, null, null], week.Emotions[0].Days);
        Assert.Equal([null, null, 2m, null, null, null, null], week.Emotions[4].Days);

        var bingeing = week.TargetBehaviours.Single(b => b.Label == "bingeing");
        Assert.Equal([4, null, 5, null, null, null, null], bingeing.Urges);
        Assert.Equal([false, null, true, null, null, null, null], bingeing.Acted);
        // An act logged with an urge of 0 stays an act.
        var isolating = week.TargetBehaviours.Single(b => b.Label == "isolating");
        Assert.Equal(0, isolating.Urges[0]);
        Assert.True(isolating.Acted[0]);

        Assert.Equal([6.5m, null, null, null, null, null, null], week.PleaseAmounts.Single(r => r.Label.StartsWith("Sleep")).Days);
        Assert.Equal("Too overwhelmed to think of one", week.WhyNoSkills.Days[2]);

        var mindfulness = week.SkillsByModule.Single(m => m.Module == DbtModule.Mindfulness);
        Assert.Equal(["Wise mind"], mindfulness.Uses.Select(u => u.Skill));
        Assert.Equal(new DateOnly(2026, 11, 16), mindfulness.Uses[0].Date);
        Assert.Equal(4, week.SkillsByModule.Count);

        // Monday: TIPP at 6 is effective, wise mind at 5 is neither; bingeing and self-harm urges resisted; isolating acted.
        Assert.Equal(new DayBehaviour(new(2026, 11, 16), 1, 2, 1), week.Behaviour[0]);
        Assert.Equal(3, week.Behaviour[0].Effective);
        Assert.Equal(1, week.Behaviour[0].Ineffective);
        // Wednesday: both urges acted on.
        Assert.Equal(new DayBehaviour(Wednesday, 0, 0, 2), week.Behaviour[2]);
        Assert.Equal(new DayBehaviour(new(2026, 11, 17), 0, 0, 0), week.Behaviour[1]);
    }
}
