using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Components.Pages.Questionnaires;

/// <summary>
/// One question at a time through an instrument, following its path: the C-SSRS asks questions 3-5 only after a
/// "yes" to question 2, and asks whether question 6 was within three months only after a "yes" to it. Only the
/// ASRM lets a question be skipped (it can be scored with one missing).
/// </summary>
public sealed class QuestionnaireFlow(InstrumentInfo instrument)
{
    private const int CssrsThoughts = 1, CssrsBehaviour = 5;

    public InstrumentInfo Instrument { get; } = instrument;

    public int?[] Answers { get; } = new int?[instrument.Items.Count];

    public bool? WithinThreeMonths { get; set; }

    /// <summary>The item shown, or Items.Count for the C-SSRS "within three months" follow-up.</summary>
    public int Step { get; private set; }

    public bool IsCssrs => Instrument.Instrument == "cssrs";

    public bool AskingWithinThreeMonths => Step == Instrument.Items.Count;

    public bool CanSkip => Instrument.Instrument == "asrm";

    public bool IsFirst => Step == 0;

    public bool CurrentAnswered => AskingWithinThreeMonths ? WithinThreeMonths is not null : Answers[Step] is not null;

    /// <summary>Question n of the questions this path asks.</summary>
    public int Position => Enumerable.Range(0, Step + 1).Count(Applies);

    public int Count => Enumerable.Range(0, Instrument.Items.Count + 1).Count(Applies);

    public void Answer(int value)
    {
        Answers[Step] = value;
        if (!IsCssrs) return;
        // Answers on a path no longer taken are not sent.
        if (Step == CssrsThoughts && value == 0) Array.Fill(Answers, null, 2, 3);
        if (Step == CssrsBehaviour && value == 0) WithinThreeMonths = null;
    }

    /// <summary>Moves on; false when there is nothing left to ask.</summary>
    public bool Next()
    {
        for (var step = Step + 1; step <= Instrument.Items.Count; step++)
        {
            if (!Applies(step)) continue;
            Step = step;
            return true;
        }

        return false;
    }

    public void Back()
    {
        for (var step = Step - 1; step >= 0; step--)
        {
            if (!Applies(step)) continue;
            Step = step;
            return;
        }
    }

    public QuestionnaireSubmission ToSubmission() => new(Answers, IsCssrs ? WithinThreeMonths : null);

    private bool Applies(int step) => step switch
    {
        _ when step == Instrument.Items.Count => IsCssrs && Answers[CssrsBehaviour] == 1,
        >= 2 and <= 4 when IsCssrs => Answers[CssrsThoughts] == 1,
        _ => true,
    };
}
