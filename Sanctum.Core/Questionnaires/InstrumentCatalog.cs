namespace Sanctum.Core.Questionnaires;

public sealed record AnswerOption(int Value, string Label);

/// <summary>
/// A range of totals (inclusive) and how Sanctum words it: symptoms worth talking over, never a diagnosis.
/// C-SSRS bands have no totals (it has none); they are named by risk.
/// </summary>
public sealed record ScoreBand(string Key, int? Min, int? Max, string Wording);

/// <summary>A validated questionnaire as the person sees it: its items in published order, answers and bands.</summary>
public sealed record InstrumentDefinition(
    Instrument Instrument, string Title, string Period, IReadOnlyList<string> Items, IReadOnlyList<AnswerOption> Options,
    IReadOnlyList<ScoreBand> Bands)
{
    public int MaxAnswer => Options.Max(o => o.Value);
}

/// <summary>
/// The item texts in plain words, faithful to the published instruments (PHQ-9, GAD-7, ASRM, C-SSRS screener), and
/// the bands from clinical.md. Scoring reads its bands from here, so the Web and the score never disagree.
/// </summary>
public static class InstrumentCatalog
{
    private static readonly AnswerOption[] Frequency =
    [
        new(0, "Not at all"), new(1, "Several days"), new(2, "More than half the days"), new(3, "Nearly every day"),
    ];

    private static readonly AnswerOption[] YesNo = [new(0, "No"), new(1, "Yes")];

    public static readonly InstrumentDefinition Phq9 = new(
        Instrument.Phq9, "PHQ-9: mood over the past two weeks", "Over the last 2 weeks, how often have you been bothered by:",
        [
            "Little interest or pleasure in doing things",
            "Feeling down, depressed or hopeless",
            "Trouble falling or staying asleep, or sleeping too much",
            "Feeling tired or having little energy",
            "Poor appetite or overeating",
            "Feeling bad about yourself, or that you are a failure or have let yourself or your family down",
            "Trouble concentrating on things, such as reading or watching TV",
            "Moving or speaking so slowly that other people could have noticed, or the opposite: being so fidgety or restless that you have been moving around a lot more than usual",
            "Thoughts that you would be better off dead, or of hurting yourself in some way",
        ],
        Frequency,
        [
            new("minimal", 0, 4, "Minimal symptoms"),
            new("mild", 5, 9, "Mild symptoms — worth keeping an eye on"),
            new("moderate", 10, 14, "Moderate symptoms — worth talking over with your provider"),
            new("moderately_severe", 15, 19, "Moderately severe symptoms — please talk this over with your provider soon"),
            new("severe", 20, 27, "Severe symptoms — please contact your provider soon"),
        ]);

    /// <summary>Item 9, zero-based: any answer above 0 needs follow-up whatever the total.</summary>
    public const int Phq9SelfHarmItem = 8;

    public static readonly InstrumentDefinition Gad7 = new(
        Instrument.Gad7, "GAD-7: anxiety over the past two weeks", "Over the last 2 weeks, how often have you been bothered by:",
        [
            "Feeling nervous, anxious or on edge",
            "Not being able to stop or control worrying",
            "Worrying too much about different things",
            "Trouble relaxing",
            "Being so restless that it is hard to sit still",
            "Becoming easily annoyed or irritable",
            "Feeling afraid, as if something awful might happen",
        ],
        Frequency,
        [
            new("minimal", 0, 4, "Minimal symptoms"),
            new("mild", 5, 9, "Mild symptoms — worth keeping an eye on"),
            new("moderate", 10, 14, "Moderate symptoms — worth talking over with your provider"),
            new("severe", 15, 21, "Severe symptoms — please talk this over with your provider soon"),
        ]);

    /// <summary>
    /// The ASRM asks the person to pick, for each item, the statement that fits the past week best; the options run
    /// from "no change" (0) to "all the time / extreme" (4). The statements are paraphrased per item in plain words.
    /// </summary>
    public static readonly InstrumentDefinition Asrm = new(
        Instrument.Asrm, "ASRM: high mood over the past week", "For each, choose what best describes the past week:",
        [
            "Feeling happier or more cheerful than usual",
            "Feeling more self-confident than usual",
            "Needing less sleep than usual",
            "Talking more than usual",
            "Being more active than usual (socially, sexually, at work, at home or at school)",
        ],
        [
            new(0, "Not more than usual"), new(1, "Occasionally more than usual"), new(2, "Often more than usual"),
            new(3, "Most of the time more than usual"), new(4, "All the time, far more than usual"),
        ],
        [
            new("unlikely", 0, 5, "Few signs of high mood"),
            new("probable_mania", 6, 20, "Signs of high mood — worth talking over with your provider"),
        ]);

    public static readonly InstrumentDefinition Cssrs = new(
        Instrument.Cssrs, "C-SSRS screener: thoughts of suicide", "In the past month:",
        [
            "Have you wished you were dead, or wished you could go to sleep and not wake up?",
            "Have you actually had any thoughts of killing yourself?",
            "Have you been thinking about how you might do this?",
            "Have you had these thoughts and had some intention of acting on them?",
            "Have you started to work out, or worked out, the details of how to kill yourself, and do you intend to carry out this plan?",
            "Have you ever done anything, started to do anything, or prepared to do anything to end your life?",
        ],
        YesNo,
        [
            new("none", null, null, "Nothing of concern reported"),
            new("low", null, null, "Some difficult thoughts — worth talking over with your provider"),
            new("moderate", null, null, "Please reach out for support today — your provider or a crisis line can help"),
            new("high", null, null, "Please get help now — call or text 988, or 911 if you are in danger"),
        ]);

    public static readonly IReadOnlyList<InstrumentDefinition> All = [Phq9, Gad7, Asrm, Cssrs];

    public static InstrumentDefinition For(Instrument instrument) => All.Single(d => d.Instrument == instrument);
}
