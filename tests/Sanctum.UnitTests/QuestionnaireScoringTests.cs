using Sanctum.Core.Questionnaires;
using Sanctum.Core.Safety;

namespace Sanctum.UnitTests;

public sealed class QuestionnaireScoringTests
{
    /// <summary>Answers summing to <paramref name="total"/>, filling items in order up to <paramref name="max"/> each.</summary>
    private static int?[] Summing(int total, int items, int max, int? fixedLast = null)
    {
        var answers = new int?[items];
        var remaining = total - (fixedLast ?? 0);
        var free = fixedLast is null ? items : items - 1;
        for (var i = 0; i < free; i++)
        {
            answers[i] = Math.Min(max, remaining);
            remaining -= answers[i]!.Value;
        }

        if (fixedLast is not null) answers[items - 1] = fixedLast;
        Assert.Equal(0, remaining);
        return answers;
    }

    [Theory]
    [InlineData(0, "minimal")]
    [InlineData(4, "minimal")]
    [InlineData(5, "mild")]
    [InlineData(9, "mild")]
    [InlineData(10, "moderate")]
    [InlineData(14, "moderate")]
    [InlineData(15, "moderately_severe")]
    [InlineData(19, "moderately_severe")]
    [InlineData(20, "severe")]
    [InlineData(24, "severe")]
    public void PHQ9_bands_at_every_boundary(int total, string band)
    {
        // Item 9 stays 0 so only the total decides.
        var score = QuestionnaireScoring.Score(Instrument.Phq9, Summing(total, 9, 3, fixedLast: 0), null);
        Assert.Equal(total, score.Score);
        Assert.Equal(band, score.Band.Key);
        Assert.Equal(RiskLevel.None, score.Risk);
        Assert.False(score.FollowUp);
        Assert.False(score.OfferCssrs);
    }

    [Fact]
    public void PHQ9_maximum_is_27_and_severe()
    {
        var score = QuestionnaireScoring.Score(Instrument.Phq9, Enumerable.Repeat<int?>(3, 9).ToArray(), null);
        Assert.Equal(27, score.Score);
        Assert.Equal("severe", score.Band.Key);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(1, 20)]
    public void PHQ9_item_9_above_zero_needs_follow_up_whatever_the_total(int item9, int total)
    {
        var score = QuestionnaireScoring.Score(Instrument.Phq9, Summing(total, 9, 3, fixedLast: item9), null);
        Assert.Equal(total, score.Score);
        Assert.True(score.FollowUp);
        Assert.True(score.OfferCssrs);
        Assert.Equal(RiskLevel.High, score.Risk);
    }

    [Theory]
    [InlineData(0, "minimal")]
    [InlineData(4, "minimal")]
    [InlineData(5, "mild")]
    [InlineData(9, "mild")]
    [InlineData(10, "moderate")]
    [InlineData(14, "moderate")]
    [InlineData(15, "severe")]
    [InlineData(21, "severe")]
    public void GAD7_bands_at_every_boundary(int total, string band)
    {
        var score = QuestionnaireScoring.Score(Instrument.Gad7, Summing(total, 7, 3), null);
        Assert.Equal(total, score.Score);
        Assert.Equal(band, score.Band.Key);
        Assert.False(score.FollowUp);
        Assert.Equal(RiskLevel.None, score.Risk);
    }

    [Theory]
    [InlineData(0, "unlikely")]
    [InlineData(5, "unlikely")]
    [InlineData(6, "probable_mania")]
    [InlineData(20, "probable_mania")]
    public void ASRM_bands_at_the_threshold_and_extremes(int total, string band)
    {
        var score = QuestionnaireScoring.Score(Instrument.Asrm, Summing(total, 5, 4), null);
        Assert.Equal(total, score.Score);
        Assert.Equal(band, score.Band.Key);
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1, 1 }, 5.0, "unlikely")]
    [InlineData(new[] { 2, 1, 1, 1 }, 6.25, "probable_mania")]
    [InlineData(new[] { 4, 4, 4, 4 }, 20.0, "probable_mania")]
    [InlineData(new[] { 0, 0, 0, 0 }, 0.0, "unlikely")]
    public void ASRM_with_one_item_missing_is_prorated_by_five_quarters(int[] answered, double expected, string band)
    {
        for (var missingAt = 0; missingAt < 5; missingAt++)
        {
            var answers = answered.Select(a => (int?)a).ToList();
            answers.Insert(missingAt, null);
            var score = QuestionnaireScoring.Score(Instrument.Asrm, answers, null);
            Assert.Equal((decimal)expected, score.Score);
            Assert.Equal(band, score.Band.Key);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void ASRM_with_two_or_more_missing_is_invalid(int missing)
    {
        var answers = Enumerable.Range(0, 5).Select(i => i < missing ? (int?)null : 4).ToArray();
        var score = QuestionnaireScoring.Score(Instrument.Asrm, answers, null);
        Assert.Null(score.Score);
        Assert.Equal(QuestionnaireScoring.AsrmInvalidBand, score.Band.Key);
    }

    public static TheoryData<int?[], bool?, RiskLevel> CssrsPaths => new()
    {
        // Q2 no: Q3-5 skipped.
        { [0, 0, null, null, null, 0], null, RiskLevel.None },
        { [1, 0, null, null, null, 0], null, RiskLevel.Low },
        { [0, 0, null, null, null, 1], false, RiskLevel.Moderate },
        { [1, 0, null, null, null, 1], true, RiskLevel.High },
        // Q2 yes: Q3-5 asked.
        { [0, 1, 0, 0, 0, 0], null, RiskLevel.Low },
        { [1, 1, 1, 0, 0, 0], null, RiskLevel.Moderate },
        { [1, 1, 0, 1, 0, 0], null, RiskLevel.High },
        { [1, 1, 0, 0, 1, 0], null, RiskLevel.High },
        { [1, 1, 1, 1, 1, 1], true, RiskLevel.High },
        { [1, 1, 1, 0, 0, 1], false, RiskLevel.Moderate },
        { [0, 1, 0, 0, 0, 1], true, RiskLevel.High },
    };

    [Theory]
    [MemberData(nameof(CssrsPaths))]
    public void CSSRS_risk_is_the_most_severe_yes(int?[] answers, bool? withinThreeMonths, RiskLevel risk)
    {
        var score = QuestionnaireScoring.Score(Instrument.Cssrs, answers, withinThreeMonths);
        Assert.Null(score.Score);
        Assert.Equal(risk, score.Risk);
        Assert.Equal(risk.ToString().ToLowerInvariant(), score.Band.Key);
        Assert.Equal(risk >= RiskLevel.Moderate, score.FollowUp);
        Assert.False(score.OfferCssrs);
    }

    public static TheoryData<Instrument, int?[], bool?, string> Unscorable => new()
    {
        { Instrument.Phq9, [0, 0, 0, 0, 0, 0, 0, 0], null, "answers" },
        { Instrument.Phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], null, "answers" },
        { Instrument.Phq9, [0, 0, 0, 4, 0, 0, 0, 0, 0], null, "answers[3]" },
        { Instrument.Phq9, [0, 0, 0, 0, 0, 0, 0, 0, -1], null, "answers[8]" },
        { Instrument.Phq9, [0, 0, null, 0, 0, 0, 0, 0, 0], null, "answers[2]" },
        { Instrument.Phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0], true, "behaviourWithinThreeMonths" },
        { Instrument.Gad7, [0, 0, 0, 0, 0, 0, 4], null, "answers[6]" },
        { Instrument.Gad7, [0, 0, 0, 0, 0, null, 0], null, "answers[5]" },
        { Instrument.Gad7, [0, 0, 0, 0, 0, 0, 0, 0, 0], null, "answers" },
        { Instrument.Asrm, [0, 5, 0, 0, 0], null, "answers[1]" },
        { Instrument.Asrm, [0, 0, 0, -1, 0], null, "answers[3]" },
        { Instrument.Asrm, [0, 0, 0, 0], null, "answers" },
        { Instrument.Cssrs, [2, 0, null, null, null, 0], null, "answers[0]" },
        { Instrument.Cssrs, [null, 0, null, null, null, 0], null, "answers[0]" },
        { Instrument.Cssrs, [0, null, null, null, null, 0], null, "answers[1]" },
        { Instrument.Cssrs, [0, 0, null, null, null, null], null, "answers[5]" },
        { Instrument.Cssrs, [0, 0, 1, null, null, 0], null, "answers[2]" },
        { Instrument.Cssrs, [0, 1, 0, null, 0, 0], null, "answers[3]" },
        { Instrument.Cssrs, [0, 0, null, null, null, 1], null, "behaviourWithinThreeMonths" },
        { Instrument.Cssrs, [0, 0, null, null, null, 0], true, "behaviourWithinThreeMonths" },
    };

    [Theory]
    [MemberData(nameof(Unscorable))]
    public void Out_of_range_missing_or_off_path_answers_are_rejected(Instrument instrument, int?[] answers, bool? within, string field)
    {
        var problems = QuestionnaireScoring.Check(instrument, answers, within);
        Assert.Contains(problems, p => p.Field == field);
        Assert.Throws<ArgumentException>(() => QuestionnaireScoring.Score(instrument, answers, within));
    }

    [Fact]
    public void Missing_answers_are_rejected() =>
        Assert.Contains(QuestionnaireScoring.Check(Instrument.Gad7, null, null), p => p.Field == "answers");

    [Fact]
    public void Every_instrument_has_bands_covering_its_whole_range_without_gaps()
    {
        foreach (var definition in InstrumentCatalog.All.Where(d => d.Instrument != Instrument.Cssrs))
        {
            Assert.Equal(0, definition.Bands[0].Min);
            Assert.Equal(definition.Items.Count * definition.MaxAnswer, definition.Bands[^1].Max);
            for (var i = 1; i < definition.Bands.Count; i++) Assert.Equal(definition.Bands[i - 1].Max + 1, definition.Bands[i].Min);
        }
    }

    [Fact]
    public void Band_wording_never_states_a_diagnosis()
    {
        foreach (var band in InstrumentCatalog.All.SelectMany(d => d.Bands))
        {
            Assert.DoesNotContain("disorder", band.Wording, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("you have", band.Wording, StringComparison.OrdinalIgnoreCase);
        }
    }
}
