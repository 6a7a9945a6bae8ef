using Sanctum.Core.Safety;

namespace Sanctum.Core.Questionnaires;

/// <summary>An answer set that cannot be scored, named by the request field at fault (e.g. "answers[3]").</summary>
public sealed record QuestionnaireProblem(string Field, string Message);

/// <summary>
/// A scored response. FollowUp means crisis resources are shown now (PHQ-9 item 9 above 0, C-SSRS moderate or high);
/// OfferCssrs means the C-SSRS screener is offered next (PHQ-9 item 9 above 0).
/// </summary>
public sealed record QuestionnaireScore(decimal? Score, ScoreBand Band, RiskLevel Risk, bool FollowUp, bool OfferCssrs);

/// <summary>Scores exactly as clinical.md states; deterministic, no I/O.</summary>
public static class QuestionnaireScoring
{
    /// <summary>C-SSRS questions, zero-based.</summary>
    private const int CssrsWish = 0, CssrsThoughts = 1, CssrsMethod = 2, CssrsIntent = 3, CssrsPlan = 4, CssrsBehaviour = 5;

    public const string AsrmInvalidBand = "invalid";

    private static readonly ScoreBand AsrmInvalid =
        new(AsrmInvalidBand, null, null, "Two or more questions were left unanswered, so this can't be scored.");

    public static IReadOnlyList<QuestionnaireProblem> Check(Instrument instrument, IReadOnlyList<int?>? answers, bool? behaviourWithinThreeMonths)
    {
        var definition = InstrumentCatalog.For(instrument);
        var problems = new List<QuestionnaireProblem>();
        if (answers is null || answers.Count != definition.Items.Count)
        {
            problems.Add(new("answers", $"Send {definition.Items.Count} answers, one per question (null for one left unanswered)."));
            return problems;
        }

        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i] is { } answer && (answer < 0 || answer > definition.MaxAnswer))
                problems.Add(new($"answers[{i}]", $"Must be between 0 and {definition.MaxAnswer}."));
        }

        switch (instrument)
        {
            // The ASRM alone may be scored with an item missing (prorated); two missing make it invalid, which is
            // recorded as such rather than refused, so the person's answers are kept.
            case Instrument.Asrm:
                break;
            case Instrument.Cssrs:
                CheckCssrsPath(answers, behaviourWithinThreeMonths, problems);
                break;
            default:
                for (var i = 0; i < answers.Count; i++)
                {
                    if (answers[i] is null) problems.Add(new($"answers[{i}]", "Please answer this question."));
                }

                break;
        }

        if (instrument != Instrument.Cssrs && behaviourWithinThreeMonths is not null)
            problems.Add(new("behaviourWithinThreeMonths", "Only the C-SSRS asks this."));
        return problems;
    }

    /// <summary>Scores answers that passed <see cref="Check"/>.</summary>
    public static QuestionnaireScore Score(Instrument instrument, IReadOnlyList<int?> answers, bool? behaviourWithinThreeMonths)
    {
        if (Check(instrument, answers, behaviourWithinThreeMonths) is { Count: > 0 } problems)
            throw new ArgumentException($"Unscorable answers: {problems[0].Field}: {problems[0].Message}", nameof(answers));

        return instrument switch
        {
            Instrument.Phq9 => ScorePhq9(answers),
            Instrument.Gad7 => ScoreSum(InstrumentCatalog.Gad7, answers.Sum(a => a!.Value)),
            Instrument.Asrm => ScoreAsrm(answers),
            Instrument.Cssrs => ScoreCssrs(answers, behaviourWithinThreeMonths),
            _ => throw new ArgumentOutOfRangeException(nameof(instrument), instrument, null),
        };
    }

    public static ScoreBand BandFor(InstrumentDefinition definition, decimal score) =>
        definition.Bands.Last(band => score >= band.Min);

    /// <summary>A stored band key back to its wording.</summary>
    public static ScoreBand BandByKey(Instrument instrument, string key) =>
        instrument == Instrument.Asrm && key == AsrmInvalidBand ? AsrmInvalid : InstrumentCatalog.For(instrument).Bands.Single(b => b.Key == key);

    private static QuestionnaireScore ScoreSum(InstrumentDefinition definition, decimal total) =>
        new(total, BandFor(definition, total), RiskLevel.None, FollowUp: false, OfferCssrs: false);

    private static QuestionnaireScore ScorePhq9(IReadOnlyList<int?> answers)
    {
        var score = ScoreSum(InstrumentCatalog.Phq9, answers.Sum(a => a!.Value));
        var selfHarmThoughts = answers[InstrumentCatalog.Phq9SelfHarmItem] > 0;
        return selfHarmThoughts ? score with { Risk = RiskLevel.High, FollowUp = true, OfferCssrs = true } : score;
    }

    private static QuestionnaireScore ScoreAsrm(IReadOnlyList<int?> answers)
    {
        var missing = answers.Count(a => a is null);
        if (missing >= 2) return new(null, AsrmInvalid, RiskLevel.None, FollowUp: false, OfferCssrs: false);

        decimal total = answers.Sum(a => a ?? 0);
        // One missing item: scale the four answered up to five items, as the ASRM allows.
        if (missing == 1) total = total * answers.Count / (answers.Count - 1);
        return ScoreSum(InstrumentCatalog.Asrm, total);
    }

    private static QuestionnaireScore ScoreCssrs(IReadOnlyList<int?> answers, bool? behaviourWithinThreeMonths)
    {
        bool Yes(int item) => answers[item] == 1;
        var risk =
            Yes(CssrsIntent) || Yes(CssrsPlan) || (Yes(CssrsBehaviour) && behaviourWithinThreeMonths == true) ? RiskLevel.High
            : Yes(CssrsMethod) || Yes(CssrsBehaviour) ? RiskLevel.Moderate
            : Yes(CssrsWish) || Yes(CssrsThoughts) ? RiskLevel.Low
            : RiskLevel.None;
        var band = InstrumentCatalog.Cssrs.Bands.Single(b => b.Key == risk.ToString().ToLowerInvariant());
        return new(null, band, risk, FollowUp: risk >= RiskLevel.Moderate, OfferCssrs: false);
    }

    /// <summary>
    /// The screener's path: questions 1, 2 and 6 always; 3-5 only after a "yes" to question 2 (skipped, so null,
    /// after a "no"); whether question 6 happened within three months only after a "yes" to it.
    /// </summary>
    private static void CheckCssrsPath(IReadOnlyList<int?> answers, bool? withinThreeMonths, List<QuestionnaireProblem> problems)
    {
        foreach (var item in new[] { CssrsWish, CssrsThoughts, CssrsBehaviour })
        {
            if (answers[item] is null) problems.Add(new($"answers[{item}]", "Please answer this question."));
        }

        var thoughts = answers[CssrsThoughts] == 1;
        foreach (var item in new[] { CssrsMethod, CssrsIntent, CssrsPlan })
        {
            if (thoughts && answers[item] is null)
                problems.Add(new($"answers[{item}]", "Please answer this question."));
            else if (!thoughts && answers[item] is not null)
                problems.Add(new($"answers[{item}]", "This question is skipped when question 2 is answered no; leave it empty."));
        }

        var behaviour = answers[CssrsBehaviour] == 1;
        if (behaviour && withinThreeMonths is null)
            problems.Add(new("behaviourWithinThreeMonths", "Please say whether this was within the past three months."));
        else if (!behaviour && withinThreeMonths is not null)
            problems.Add(new("behaviourWithinThreeMonths", "Only asked after a yes to question 6."));
    }
}
