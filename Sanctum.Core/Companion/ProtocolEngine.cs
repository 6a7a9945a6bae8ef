using System.Globalization;

namespace Sanctum.Core.Companion;

/// <summary>A medication due today at a local time.</summary>
public sealed record ProtocolMedication(string Name, TimeOnly At);

/// <summary>
/// What a turn may know beyond the words: the person's local clock now, today's doses and the protocols they left on
/// (their configuration; a protocol turned off is never started or offered).
/// </summary>
public sealed record ProtocolContext(DateTime LocalNow, IReadOnlyList<ProtocolMedication> MedsToday, IReadOnlyCollection<CompanionProtocol> Active)
{
    public bool IsOn(CompanionProtocol protocol) => Active.Contains(protocol);
}

public abstract record ProtocolAction;

public sealed record SaveMorningCheckIn(MorningAnswers Answers) : ProtocolAction;

/// <summary>The evening check-in, the diary card answers and a summary of the day for the session log.</summary>
public sealed record SaveNightCheckIn(EveningAnswers Answers, string Summary) : ProtocolAction;

public sealed record ProposeShift(ShiftCapture Shift) : ProtocolAction;

/// <summary>
/// A hard moment worth a skill: the feeling (a standard state, when named), how strong (0-10) and what is going on.
/// The skills library chooses the skill (Sanctum.Core.Skills.SkillSuggestions), so the companion offers what the
/// Skills page would.
/// </summary>
public sealed record SkillNeed(string? Emotion, int Intensity, string? Situation);

public sealed record ProtocolTurn(string Reply, ProtocolState State, IReadOnlyList<ProtocolAction> Actions, SkillNeed? Need = null);

/// <summary>
/// The built-in companion: good morning and good night check-ins asked one question at a time, mood shifts drawn
/// from what is said, and a skill when things are hard. Pure: the same words, state and clock give the same turn.
/// Crisis screening is not here: it runs before this, on every message, and a risky message never reaches it.
/// </summary>
public static class ProtocolEngine
{
    /// <summary>The diary card emotions the night check-in asks about, in order.</summary>
    public static readonly IReadOnlyList<string> DiaryEmotions = ["sadness", "anxiety", "anger", "shame", "joy"];

    private static readonly TimeOnly Noon = new(12, 0);
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>Doses before noon are the morning check-in's to ask about; the rest the night's.</summary>
    public static bool IsMorning(TimeOnly at) => at < Noon;

    public static ProtocolTurn Respond(string text, ProtocolState state, ProtocolContext context)
    {
        var turn = RespondToWords(text.Trim(), state, context);
        return turn with { State = turn.State with { Turns = state.Turns + 1 } };
    }

    private static ProtocolTurn RespondToWords(string text, ProtocolState state, ProtocolContext context)
    {
        if (context.IsOn(CompanionProtocol.GoodMorning) && ConversationLexicon.IsGoodMorning(text))
            return Ask($"{Greeting(context.LocalNow)} It's {Clock(context.LocalNow)}. Let's do your morning check-in.",
                new ProtocolState { Protocol = ProtocolState.Morning, MorningAnswers = new() }, MorningSteps(context)[0], context);
        if (context.IsOn(CompanionProtocol.GoodNight) && ConversationLexicon.IsGoodNight(text))
            return Ask($"Good night. It's {Clock(context.LocalNow)}. A few questions for tonight's check-in and diary card first.",
                new ProtocolState { Protocol = ProtocolState.Evening, EveningAnswers = new() }, EveningSteps(context)[0], context);

        var steps = state.Protocol switch
        {
            ProtocolState.Morning => MorningSteps(context),
            ProtocolState.Evening => EveningSteps(context),
            _ => [],
        };
        if (state.Step is not null && steps.Contains(state.Step))
        {
            if (ConversationLexicon.IsStop(text))
                return new("Okay, we'll leave the check-in there. Nothing from it was saved.", new ProtocolState(), []);
            return state.Protocol == ProtocolState.Morning ? Morning(text, state, context) : Evening(text, state, context);
        }

        // Between check-ins, or memory naming a question this check-in does not have (a client wrote it): start clean.
        return Freeform(text, new ProtocolState(), context);
    }

    /// <summary>Distress named without a feeling word ("I can't cope") is taken as fairly strong.</summary>
    private const int UnnamedDistressIntensity = 6;

    private static ProtocolTurn Freeform(string text, ProtocolState state, ProtocolContext context)
    {
        var mood = ConversationLexicon.MoodOf(text);
        var need = context.IsOn(CompanionProtocol.SkillSuggestion) && ConversationLexicon.IsDistress(text, mood)
            ? new SkillNeed(mood?.State, mood?.Intensity ?? UnnamedDistressIntensity, ConversationShift.TriggerIn(text) ?? text)
            : null;

        if (context.IsOn(CompanionProtocol.MoodShiftCapture) && ConversationShift.From(text, context.LocalNow) is { } shift)
        {
            var at = shift.OccurredAt.ToString("HH:mm", English);
            var when = shift.OccurredAt.Date == context.LocalNow.Date ? $"at {at}" : $"yesterday at {at}";
            var why = shift.Trigger is null ? "" : $", after {shift.Trigger}";
            return new(
                $"{(need is null ? "Thanks for telling me." : "That sounds hard.")} I've drafted a mood shift: {shift.State}, " +
                $"intensity {shift.Intensity} of 10, {when}{why}. Confirm it to save it, or change it first.",
                state, [new ProposeShift(shift)], need);
        }

        if (need is not null) return new("That sounds like a lot.", state, [], need);
        return new($"I'm here. It's {Clock(context.LocalNow)}. Say good morning or good night for a check-in, " +
                   "or tell me how you're feeling and I'll note it.", state, []);
    }

    private static ProtocolTurn Morning(string text, ProtocolState state, ProtocolContext context)
    {
        var answers = state.MorningAnswers ?? new();
        var skip = ConversationLexicon.IsSkip(text);
        MorningAnswers? next = state.Step switch
        {
            _ when skip => answers,
            "sleep" => ConversationLexicon.NumberIn(text) is { } hours and >= 0 and <= 24 ? answers with { SleepHours = hours } : null,
            "wake" => ConversationTime.ClockOf(text) is { } woke ? answers with { WakeTime = woke } : null,
            "wakeQuality" => ConversationLexicon.WakeQualityOf(text) is { } quality ? answers with { HowWokeUp = quality } : null,
            "mood" => ConversationLexicon.MoodOf(text) is { } mood ? answers with { Mood = mood.State } : null,
            "meds" => ConversationLexicon.YesOrNo(text) is { } taken
                ? answers with { MedsTaken = taken, MedsAt = taken ? TimeOnly.FromDateTime(ConversationTime.ToMinute(context.LocalNow)) : null } : null,
            _ => answers,
        };
        if (next is null) return Ask("Sorry, I didn't catch that.", state, state.Step!, context);

        var steps = MorningSteps(context);
        var following = steps.SkipWhile(s => s != state.Step).Skip(1).FirstOrDefault();
        if (following is not null) return Ask("Thanks.", state with { MorningAnswers = next }, following, context);

        var later = context.MedsToday.Where(m => !IsMorning(m.At)).ToList();
        var reminder = later.Count == 0 ? "" : $" Later today: {MedList(later)}.";
        return new($"Thank you. I've saved this morning's check-in.{reminder}", new ProtocolState(), [new SaveMorningCheckIn(next)]);
    }

    private static ProtocolTurn Evening(string text, ProtocolState state, ProtocolContext context)
    {
        var answers = state.EveningAnswers ?? new();
        var skip = ConversationLexicon.IsSkip(text);
        var step = state.Step!;
        EveningAnswers? next = step switch
        {
            _ when skip => answers,
            "mood" => ConversationLexicon.MoodOf(text) is { } mood ? answers with { Mood = mood.State } : null,
            "meds" => ConversationLexicon.YesOrNo(text) is { } taken
                ? answers with { MedsTaken = taken, MedsAt = taken ? TimeOnly.FromDateTime(ConversationTime.ToMinute(context.LocalNow)) : null } : null,
            "selfHarmUrge" => ConversationLexicon.RatingIn(text, 0, 5) is { } urge ? answers with { SelfHarmUrge = urge } : null,
            "suicidalThoughts" => ConversationLexicon.RatingIn(text, 0, 5) is { } thoughts ? answers with { SuicidalThoughts = thoughts } : null,
            "notes" => answers with { Notes = ConversationLexicon.YesOrNo(text) is false ? null : text },
            _ when DiaryEmotions.Contains(step) => ConversationLexicon.RatingIn(text, 0, 5) is { } rating
                ? answers with { Emotions = new(answers.Emotions) { [step] = rating } } : null,
            _ => answers,
        };
        if (next is null) return Ask("Sorry, I didn't catch that.", state, step, context);

        var following = EveningSteps(context).SkipWhile(s => s != step).Skip(1).FirstOrDefault();
        if (following is not null) return Ask("Thanks.", state with { EveningAnswers = next }, following, context);
        return new("Thank you. I've saved tonight's check-in and today's diary card. Sleep well.", new ProtocolState(),
            [new SaveNightCheckIn(next, Summary(next))]);
    }

    /// <summary>The day in a few plain lines, for the session log (and its search).</summary>
    public static string Summary(EveningAnswers answers)
    {
        var parts = new List<string> { $"Evening check-in. Mood: {answers.Mood ?? "not said"}." };
        if (answers.Emotions.Count > 0)
            parts.Add("Diary card: " + string.Join(", ", answers.Emotions.Select(e => $"{e.Key} {e.Value}")) + ".");
        if (answers.SelfHarmUrge is { } urge) parts.Add($"Self-harm urge {urge}.");
        if (answers.SuicidalThoughts is { } thoughts) parts.Add($"Suicidal thoughts {thoughts}.");
        if (answers.MedsTaken is { } taken) parts.Add(taken ? "Evening meds taken." : "Evening meds not taken.");
        if (answers.Notes is { } notes) parts.Add($"Notes: {notes}");
        return string.Join(" ", parts);
    }

    private static List<string> MorningSteps(ProtocolContext context) =>
        ["sleep", "wake", "wakeQuality", "mood", .. context.MedsToday.Any(m => IsMorning(m.At)) ? ["meds"] : Array.Empty<string>()];

    private static List<string> EveningSteps(ProtocolContext context) =>
    [
        "mood", .. context.MedsToday.Any(m => !IsMorning(m.At)) ? ["meds"] : Array.Empty<string>(), .. DiaryEmotions,
        "selfHarmUrge", "suicidalThoughts", "notes",
    ];

    private static ProtocolTurn Ask(string lead, ProtocolState state, string step, ProtocolContext context) =>
        new($"{lead} {Question(state.Protocol, step, context)}", state with { Step = step }, []);

    private static string Question(string? protocol, string step, ProtocolContext context) => step switch
    {
        "sleep" => "About how many hours did you sleep?",
        "wake" => "What time did you wake up?",
        "wakeQuality" => "How was waking up: easy, a struggle, energised, or low?",
        "mood" when protocol == ProtocolState.Morning => "How's your mood this morning, in a word or two?",
        "mood" => "How's your mood this evening, in a word or two?",
        "meds" when protocol == ProtocolState.Morning =>
            $"Have you taken your morning meds yet ({MedList(context.MedsToday.Where(m => IsMorning(m.At)))})?",
        "meds" => $"Have you taken your evening meds ({MedList(context.MedsToday.Where(m => !IsMorning(m.At)))})?",
        "selfHarmUrge" => "From 0 to 5, how strong were any urges to self-harm today?",
        "suicidalThoughts" => "From 0 to 5, how strong were any thoughts of suicide today?",
        "notes" => "Anything from today you'd like to note? Say no to finish.",
        _ => $"From 0 to 5, how much {step} did you feel today?",
    };

    private static string MedList(IEnumerable<ProtocolMedication> meds) =>
        string.Join(", ", meds.OrderBy(m => m.At).Select(m => $"{m.Name} at {m.At.ToString("HH:mm", English)}"));

    private static string Clock(DateTime local) => local.ToString("HH:mm 'on' dddd d MMMM", English);

    private static string Greeting(DateTime local) => local.Hour switch
    {
        < 12 => "Good morning.",
        < 18 => "Good afternoon.",
        _ => "Good evening.",
    };
}
