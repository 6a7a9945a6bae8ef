using Sanctum.Core.Safety;
using Sanctum.Core.Safety.Screening;
using Sanctum.UnitTests.Screening;

namespace Sanctum.UnitTests;

public sealed class CrisisScreenerTests
{
    public static TheoryData<LabelledPhrase> High => PhraseTable.Rows("high");
    public static TheoryData<LabelledPhrase> Moderate => PhraseTable.Rows("moderate");
    public static TheoryData<LabelledPhrase> Low => PhraseTable.Rows("low");
    public static TheoryData<LabelledPhrase> Negated => PhraseTable.Rows("negation");
    public static TheoryData<LabelledPhrase> History => PhraseTable.Rows("history");
    public static TheoryData<LabelledPhrase> Traps => PhraseTable.Rows("trap");
    public static TheoryData<LabelledPhrase> Ordinary => PhraseTable.Rows("none");

    [Fact]
    public void The_table_has_at_least_220_phrases_covering_every_text_category_and_trap()
    {
        Assert.True(PhraseTable.All.Count >= 220, $"{PhraseTable.All.Count} phrases");
        var textCategories = Enum.GetValues<ScreeningCategory>()
            .Except([ScreeningCategory.OwnPhrase, ScreeningCategory.CrisisMood, ScreeningCategory.CrisisEpisode]);
        foreach (var category in textCategories)
            Assert.Contains(PhraseTable.All, r => r.Kind is "high" or "moderate" && r.ExpectedCategory == category);
        Assert.Contains(PhraseTable.All, r => r is { Kind: "trap", Category: "figurative" });
        Assert.Contains(PhraseTable.All, r => r is { Kind: "trap", Category: "third-party" });
        Assert.Contains(PhraseTable.All, r => r.Kind == "negation");
    }

    [Fact]
    public void Recall_on_every_high_risk_statement_is_100_percent()
    {
        var missed = PhraseTable.All.Where(r => r.Kind == "high" && CrisisScreener.Screen(r.Text).Risk != RiskLevel.High).ToList();
        Assert.True(missed.Count == 0, "Missed: " + string.Join(" / ", missed.Select(r => r.Text)));
    }

    [Fact]
    public void No_trap_is_rated_moderate_or_high()
    {
        var flagged = PhraseTable.All.Where(r => r.Kind == "trap" && CrisisScreener.Screen(r.Text).Risk >= RiskLevel.Moderate).ToList();
        Assert.True(flagged.Count == 0, "Flagged: " + string.Join(" / ", flagged.Select(r => r.Text)));
    }

    [Theory]
    [MemberData(nameof(High))]
    public void High_risk_statements_are_high_with_a_reason_of_their_category(LabelledPhrase phrase) =>
        AssertScreensAs(phrase, RiskLevel.High, r => r.Category == phrase.ExpectedCategory && r.Risk == RiskLevel.High);

    [Theory]
    [MemberData(nameof(Moderate))]
    public void Indirect_hopeless_and_burden_statements_are_moderate(LabelledPhrase phrase) =>
        AssertScreensAs(phrase, RiskLevel.Moderate, r => r.Category == phrase.ExpectedCategory && r.Risk == RiskLevel.Moderate);

    [Theory]
    [MemberData(nameof(Low))]
    public void Worthless_and_empty_feelings_are_low_not_ignored(LabelledPhrase phrase) =>
        AssertScreensAs(phrase, RiskLevel.Low, r => r.Category == phrase.ExpectedCategory && r.Risk == RiskLevel.Low);

    [Theory]
    [MemberData(nameof(Negated))]
    public void Negated_statements_are_low_and_name_the_negation_rule(LabelledPhrase phrase) =>
        AssertScreensAs(phrase, RiskLevel.Low, r => r.Rule == CrisisScreener.NegationRule && r.Category == phrase.ExpectedCategory);

    [Theory]
    [MemberData(nameof(History))]
    public void Talk_of_the_past_is_kept_at_moderate(LabelledPhrase phrase) =>
        AssertScreensAs(phrase, RiskLevel.Moderate, r => r.Rule == CrisisScreener.HistoryRule && r.Category == phrase.ExpectedCategory);

    [Theory]
    [MemberData(nameof(Traps))]
    public void Figurative_and_third_party_speech_stays_below_moderate(LabelledPhrase phrase) =>
        Assert.True(CrisisScreener.Screen(phrase.Text).Risk <= RiskLevel.Low, Describe(phrase));

    [Theory]
    [MemberData(nameof(Ordinary))]
    public void Ordinary_notes_screen_as_none(LabelledPhrase phrase)
    {
        var result = CrisisScreener.Screen(phrase.Text);
        Assert.Equal(RiskLevel.None, result.Risk);
        Assert.Empty(result.Reasons);
    }

    [Fact]
    public void Every_reason_names_a_rule_from_the_table_or_a_modifier_and_what_it_matched()
    {
        var known = ScreeningRules.All.Select(r => r.Id).Concat([CrisisScreener.NegationRule, CrisisScreener.HistoryRule]).ToHashSet();
        foreach (var row in PhraseTable.All)
            Assert.All(CrisisScreener.Screen(row.Text).Reasons, r =>
            {
                Assert.Contains(r.Rule, known);
                Assert.False(string.IsNullOrWhiteSpace(r.Matched));
            });
    }

    [Fact]
    public void Rule_ids_are_unique_and_every_rule_fires_on_some_phrase()
    {
        Assert.Equal(ScreeningRules.All.Count, ScreeningRules.All.Select(r => r.Id).Distinct().Count());
        var fired = PhraseTable.All.SelectMany(r => CrisisScreener.Screen(r.Text).Reasons).Select(r => r.Rule).ToHashSet();
        Assert.All(ScreeningRules.All, rule => Assert.Contains(rule.Id, fired));
    }

    [Fact]
    public void The_same_text_always_screens_the_same_way()
    {
        foreach (var row in PhraseTable.All.Take(50))
            Assert.Equal(CrisisScreener.Screen(row.Text).Reasons, CrisisScreener.Screen(row.Text).Reasons);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ...  ", "")]
    [InlineData("I'm SO tired!!!", "im so tired")]
    [InlineData("k i l l myself", "kil myself")]
    [InlineData("i k-i-l-l myself", "i kil myself")]
    [InlineData("k i l l m y s e l f", "kil myself")]
    [InlineData("su1c1de", "suicide")]
    [InlineData("kmssss", "kil myself")]
    [InlineData("that's odd, ok", "thats od | ok")]
    [InlineData("I’m fine. Really, fine", "im fine | realy | fine")]
    [InlineData("wanna sleeeep 2nite", "want to slep tonight")]
    public void Normalising_lowers_joins_spelled_out_letters_expands_shorthand_and_cuts_repeats(string text, string expected) =>
        Assert.Equal(expected, ScreeningText.Normalise(text));

    [Fact]
    public void A_persons_own_phrases_match_as_at_least_moderate_whole_words_only()
    {
        string[] own = ["the dark room", "Going Quiet"];
        var result = CrisisScreener.Screen("I'm back in the dark room again", own);
        Assert.Equal(RiskLevel.Moderate, result.Risk);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal((CrisisScreener.OwnPhraseRule, ScreeningCategory.OwnPhrase), (reason.Rule, reason.Category));
        Assert.Equal(RiskLevel.Moderate, CrisisScreener.Screen("feel like going... quiet", own).Risk);
        Assert.Equal(RiskLevel.None, CrisisScreener.Screen("the darkroom at the photo club", own).Risk);
        Assert.Equal(RiskLevel.High, CrisisScreener.Screen("the dark room again, I want to die", own).Risk);
        Assert.Equal(RiskLevel.None, CrisisScreener.Screen("the dark room", [" ", "!!"]).Risk);
    }

    [Fact]
    public void A_negated_and_a_real_statement_in_one_note_keep_both_reasons_and_the_higher_risk()
    {
        var result = CrisisScreener.Screen("I'm not going to hurt myself. But I can't go on like this.");
        Assert.Equal(RiskLevel.Moderate, result.Risk);
        Assert.Contains(result.Reasons, r => r.Rule == CrisisScreener.NegationRule && r.Risk == RiskLevel.Low);
        Assert.Contains(result.Reasons, r => r.Rule == "hope.cant_go_on" && r.Risk == RiskLevel.Moderate);
    }

    [Fact]
    public void Long_text_screens_quickly_and_completely()
    {
        var text = string.Concat(Enumerable.Repeat("Work was long and the traffic is killing me. ", 200)) + "I want to die.";
        Assert.Equal(RiskLevel.High, CrisisScreener.Screen(text).Risk);
    }

    private static void AssertScreensAs(LabelledPhrase phrase, RiskLevel risk, Func<ScreeningReason, bool> expectedReason)
    {
        var result = CrisisScreener.Screen(phrase.Text);
        Assert.True(result.Risk == risk && result.Reasons.Any(expectedReason), Describe(phrase));
    }

    private static string Describe(LabelledPhrase phrase)
    {
        var result = CrisisScreener.Screen(phrase.Text);
        return $"\"{phrase.Text}\" -> {result.Risk} [{ScreeningText.Normalise(phrase.Text)}] " +
            string.Join("; ", result.Reasons.Select(r => $"{r.Rule}/{r.Category}/{r.Risk}: {r.Matched}"));
    }
}
