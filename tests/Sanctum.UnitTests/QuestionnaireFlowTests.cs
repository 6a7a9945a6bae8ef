extern alias web;
using web::Sanctum.Web.Api.Contracts;
using web::Sanctum.Web.Components.Pages.Questionnaires;

namespace Sanctum.UnitTests;

public sealed class QuestionnaireFlowTests
{
    private static InstrumentInfo Instrument(string key, int items, int maxAnswer) => new(
        key, key, "", Enumerable.Range(1, items).Select(i => $"Question {i}").ToList(),
        Enumerable.Range(0, maxAnswer + 1).Select(v => new AnswerOptionInfo(v, v.ToString())).ToList(), []);

    private static QuestionnaireFlow Answering(QuestionnaireFlow flow, params int[] answers)
    {
        foreach (var answer in answers)
        {
            flow.Answer(answer);
            flow.Next();
        }

        return flow;
    }

    [Fact]
    public void A_CSSRS_no_to_question_2_skips_to_question_6_and_sends_3_to_5_empty()
    {
        var flow = Answering(new QuestionnaireFlow(Instrument("cssrs", 6, 1)), 1, 0);

        Assert.Equal(5, flow.Step);
        Assert.Equal(3, flow.Position);
        flow.Answer(0);
        Assert.False(flow.Next());
        Assert.Equal([1, 0, null, null, null, 0], flow.ToSubmission().Answers);
        Assert.Null(flow.ToSubmission().BehaviourWithinThreeMonths);
    }

    [Fact]
    public void A_CSSRS_yes_to_question_6_asks_whether_it_was_within_three_months()
    {
        var flow = Answering(new QuestionnaireFlow(Instrument("cssrs", 6, 1)), 0, 1, 0, 0, 0, 1);

        Assert.True(flow.AskingWithinThreeMonths);
        Assert.Equal(7, flow.Count);
        flow.WithinThreeMonths = true;
        Assert.False(flow.Next());
        Assert.Equal([0, 1, 0, 0, 0, 1], flow.ToSubmission().Answers);
        Assert.True(flow.ToSubmission().BehaviourWithinThreeMonths);
    }

    [Fact]
    public void Going_back_and_changing_question_2_to_no_drops_the_answers_on_the_old_path()
    {
        var flow = Answering(new QuestionnaireFlow(Instrument("cssrs", 6, 1)), 1, 1, 1, 0);
        flow.Back();
        flow.Back();
        flow.Back();
        Assert.Equal(1, flow.Step);
        flow.Answer(0);
        flow.Next();
        Assert.Equal(5, flow.Step);
        Assert.Equal([1, 0, null, null, null, null], flow.Answers);
    }

    [Fact]
    public void Only_the_ASRM_lets_a_question_be_skipped()
    {
        Assert.True(new QuestionnaireFlow(Instrument("asrm", 5, 4)).CanSkip);
        Assert.False(new QuestionnaireFlow(Instrument("phq9", 9, 3)).CanSkip);
        var phq9 = Answering(new QuestionnaireFlow(Instrument("phq9", 9, 3)), 1, 1, 1, 1, 1, 1, 1, 1);
        Assert.Equal(8, phq9.Step);
        Assert.Equal(9, phq9.Count);
        Assert.Null(phq9.ToSubmission().BehaviourWithinThreeMonths);
    }
}
