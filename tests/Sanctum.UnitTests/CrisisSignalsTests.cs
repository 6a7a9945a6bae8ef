using Sanctum.Core.Dbt;
using Sanctum.Core.Episodes;
using Sanctum.Core.Mood;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Safety;
using Sanctum.Core.Safety.Screening;

namespace Sanctum.UnitTests;

public sealed class CrisisSignalsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Nothing_in_gives_none()
    {
        var result = CrisisSignals.Evaluate(new CrisisSignalInput { Now = Now });
        Assert.Equal(RiskLevel.None, result.Risk);
        Assert.Empty(result.Reasons);
    }

    [Theory]
    [InlineData(null, null, null, "")]
    [InlineData(3, false, false, "")]
    [InlineData(4, false, false, "dbt.suicidal_thoughts:SuicidalIdeation:Moderate")]
    [InlineData(5, false, false, "dbt.suicidal_thoughts:SuicidalIdeation:Moderate")]
    [InlineData(1, true, false, "dbt.suicidal_thoughts:SuicidalIdeation:High")]
    [InlineData(0, false, true, "dbt.self_harm_act:SelfHarm:High")]
    [InlineData(4, false, true, "dbt.suicidal_thoughts:SuicidalIdeation:Moderate,dbt.self_harm_act:SelfHarm:High")]
    public void Diary_card_thoughts_of_four_or_more_a_plan_or_a_self_harm_act(int? thoughts, bool? plan, bool? acted, string expected)
    {
        var card = new DiaryCard { Date = DateOnly.FromDateTime(Now.UtcDateTime), SuicidalThoughts = thoughts, SuicidalPlan = plan, SelfHarmActed = acted };
        Assert.Equal(expected, Describe(CrisisSignals.Evaluate(new CrisisSignalInput { Now = Now, DiaryCards = [card] })));
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(null, "")]
    [InlineData(1, "phq9.item9:SuicidalIdeation:High")]
    [InlineData(3, "phq9.item9:SuicidalIdeation:High")]
    public void Phq9_item_9_above_zero_is_high(int? item9, string expected)
    {
        var answers = new List<int?> { 3, 3, 3, 3, 3, 3, 3, 3, item9 };
        var response = Response(Instrument.Phq9, answers, RiskLevel.None);
        Assert.Equal(expected, Describe(CrisisSignals.Evaluate(new CrisisSignalInput { Now = Now, Questionnaires = [response] })));
    }

    [Theory]
    [InlineData(RiskLevel.None, "")]
    [InlineData(RiskLevel.Low, "")]
    [InlineData(RiskLevel.Moderate, "cssrs:SuicidalIdeation:Moderate")]
    [InlineData(RiskLevel.High, "cssrs:SuicidalIdeation:High")]
    public void Cssrs_moderate_or_high_carries_its_risk(RiskLevel risk, string expected) =>
        Assert.Equal(expected, Describe(CrisisSignals.Evaluate(new CrisisSignalInput
        {
            Now = Now, Questionnaires = [Response(Instrument.Cssrs, [1, 1, 1, 0, 0, 0], risk)],
        })));

    [Theory]
    [InlineData(Instrument.Gad7)]
    [InlineData(Instrument.Asrm)]
    public void Other_questionnaires_raise_nothing(Instrument instrument) =>
        Assert.Empty(CrisisSignals.Evaluate(new CrisisSignalInput
        {
            Now = Now, Questionnaires = [Response(instrument, [3, 3, 3, 3, 3, 3, 3, 3, 3], RiskLevel.High)],
        }).Reasons);

    [Theory]
    [InlineData(2, 3, "")]
    [InlineData(3, 3, "mood.crisis_shifts:CrisisMood:Moderate")]
    [InlineData(4, 3, "mood.crisis_shifts:CrisisMood:Moderate")]
    [InlineData(1, 1, "mood.crisis_shifts:CrisisMood:Moderate")]
    [InlineData(4, 5, "")]
    public void N_crisis_level_shifts_within_24_hours(int crisisShifts, int n, string expected)
    {
        var shifts = Enumerable.Range(0, crisisShifts).Select(i => Shift(Now.AddHours(-i * 5), MoodStates.Crisis, FunctionalityLevel.Limited)).ToList();
        var result = CrisisSignals.Evaluate(new CrisisSignalInput { Now = Now, MoodShifts = shifts }, new CrisisSignalOptions(n));
        Assert.Equal(expected, Describe(result));
    }

    [Fact]
    public void The_default_is_three_and_functioning_in_crisis_counts_while_old_future_and_calm_shifts_do_not()
    {
        List<MoodShift> shifts =
        [
            Shift(Now.AddHours(-1), "depressed", FunctionalityLevel.Crisis),
            Shift(Now.AddHours(-23), MoodStates.Crisis, FunctionalityLevel.Functional),
            Shift(Now.AddHours(-24), MoodStates.Crisis, FunctionalityLevel.Crisis),
            Shift(Now.AddMinutes(1), MoodStates.Crisis, FunctionalityLevel.Crisis),
            Shift(Now.AddHours(-2), "anxious", FunctionalityLevel.Limited),
        ];
        Assert.Empty(CrisisSignals.Evaluate(new CrisisSignalInput { Now = Now, MoodShifts = shifts }).Reasons);
        shifts.Add(Shift(Now, "mixed", FunctionalityLevel.Crisis));
        var reason = Assert.Single(CrisisSignals.Evaluate(new CrisisSignalInput { Now = Now, MoodShifts = shifts }).Reasons);
        Assert.Contains("3 crisis-level", reason.Matched);
    }

    [Fact]
    public void A_threshold_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CrisisSignals.Evaluate(new CrisisSignalInput { Now = Now }, new CrisisSignalOptions(0)));

    [Theory]
    [InlineData(EpisodeType.SuicidalCrisis, -2, null, "episode.suicidal_crisis:CrisisEpisode:High")]
    [InlineData(EpisodeType.SuicidalCrisis, -30, -20, "episode.suicidal_crisis:CrisisEpisode:High")]
    [InlineData(EpisodeType.SuicidalCrisis, -100, -30, "episode.suicidal_crisis:CrisisEpisode:Low")]
    [InlineData(EpisodeType.SuicidalCrisis, 2, null, "")]
    [InlineData(EpisodeType.SevereDepression, -2, null, "")]
    [InlineData(EpisodeType.Hospitalization, -2, null, "")]
    public void A_suicidal_crisis_episode_is_high_while_it_lasts_and_low_once_past(
        EpisodeType type, int startHours, int? endHours, string expected)
    {
        var episode = new Episode { Type = type, StartedAt = Now.AddHours(startHours), EndedAt = endHours is { } e ? Now.AddHours(e) : null };
        Assert.Equal(expected, Describe(CrisisSignals.Evaluate(new CrisisSignalInput { Now = Now, Episodes = [episode] })));
    }

    [Fact]
    public void A_crisis_draft_the_person_has_not_kept_is_no_signal()
    {
        var draft = new Episode { Status = EpisodeStatus.Draft, Type = EpisodeType.SuicidalCrisis, StartedAt = Now.AddHours(-1) };
        Assert.Empty(CrisisSignals.Evaluate(new CrisisSignalInput { Now = Now, Episodes = [draft] }).Reasons);
    }

    [Fact]
    public void Every_signal_together_gives_the_highest_risk_and_every_reason()
    {
        var result = CrisisSignals.Evaluate(new CrisisSignalInput
        {
            Now = Now,
            DiaryCards = [new DiaryCard { Date = new DateOnly(2026, 11, 29), SuicidalThoughts = 4 }],
            Questionnaires = [Response(Instrument.Cssrs, [1, 1, 1, 0, 0, 0], RiskLevel.Moderate)],
            MoodShifts = Enumerable.Range(0, 3).Select(i => Shift(Now.AddHours(-i), MoodStates.Crisis, FunctionalityLevel.Crisis)).ToList(),
            Episodes = [new Episode { Type = EpisodeType.SuicidalCrisis, StartedAt = Now.AddHours(-1) }],
        });
        Assert.Equal(RiskLevel.High, result.Risk);
        Assert.Equal(["dbt.suicidal_thoughts", "cssrs", "mood.crisis_shifts", "episode.suicidal_crisis"], result.Reasons.Select(r => r.Rule));
    }

    private static QuestionnaireResponse Response(Instrument instrument, List<int?> answers, RiskLevel risk) =>
        new() { Instrument = instrument, CompletedAt = Now, Answers = answers, Band = "x", Risk = risk };

    private static MoodShift Shift(DateTimeOffset at, string state, FunctionalityLevel functionality) =>
        new() { OccurredAt = at, CurrentState = state, Functionality = functionality, Intensity = 8 };

    private static string Describe(ScreeningResult result) =>
        string.Join(',', result.Reasons.Select(r => $"{r.Rule}:{r.Category}:{r.Risk}"));
}
