using System.Text.RegularExpressions;

namespace Sanctum.Core.Skills;

/// <summary>
/// The words skills are tagged with, and how a person's own words (an emotion, a situation) map onto them.
/// Deliberately small and explicit: the suggestions are safety-adjacent, so every match can be read here.
/// </summary>
public static partial class SkillTags
{
    /// <summary>Each tag with the phrase a suggestion's reason uses when the tag matched.</summary>
    public static readonly IReadOnlyDictionary<string, string> Vocabulary = new Dictionary<string, string>
    {
        ["anxiety"] = "It's made for anxiety and nerves.",
        ["panic"] = "It helps when panic is building.",
        ["anger"] = "It helps with anger.",
        ["sadness"] = "It helps with sadness.",
        ["shame"] = "It helps with shame.",
        ["guilt"] = "It helps with guilt.",
        ["loneliness"] = "It helps with feeling alone.",
        ["emptiness"] = "It helps with numbness and feeling empty.",
        ["overwhelm"] = "It helps when everything is too much.",
        ["urges"] = "It helps ride out urges without acting on them.",
        ["low-mood"] = "It helps when energy and mood are low.",
        ["worry"] = "It helps with worrying thoughts.",
        ["rumination"] = "It helps when thoughts go round and round.",
        ["interpersonal"] = "It's for moments with other people, like the one you describe.",
        ["self-criticism"] = "It helps quiet a harsh inner voice.",
        ["stress"] = "It helps with everyday stress.",
        ["sleep"] = "It can help you settle towards sleep.",
        ["stuck"] = "It helps when you feel stuck or can't decide.",
    };

    // Emotion words people actually type, mapped onto tags. Matched on whole words, ignoring case.
    private static readonly IReadOnlyDictionary<string, string[]> EmotionWords = new Dictionary<string, string[]>
    {
        ["anxiety"] = ["anxious", "anxiety", "nervous", "worried", "scared", "afraid", "fear", "frightened", "tense", "on edge", "uneasy"],
        ["panic"] = ["panic", "panicking", "panicky", "terror", "terrified"],
        ["anger"] = ["angry", "anger", "furious", "rage", "irritable", "irritated", "annoyed", "frustrated", "mad", "resentful"],
        ["sadness"] = ["sad", "sadness", "down", "grief", "grieving", "hurt", "heartbroken", "tearful", "upset", "disappointed"],
        ["shame"] = ["shame", "ashamed", "humiliated", "embarrassed", "worthless"],
        ["guilt"] = ["guilt", "guilty", "regret", "remorse"],
        ["loneliness"] = ["lonely", "loneliness", "alone", "abandoned", "rejected", "left out"],
        ["emptiness"] = ["empty", "emptiness", "numb", "nothing", "hollow", "bored"],
        ["overwhelm"] = ["overwhelmed", "overwhelm", "too much", "stressed out", "flooded"],
        ["low-mood"] = ["depressed", "low", "hopeless", "flat", "exhausted", "unmotivated", "tired"],
        ["stress"] = ["stressed", "stress", "pressured", "busy"],
        ["worry"] = ["worry", "worrying"],
    };

    // Situation words: what happened, or what the person is facing.
    private static readonly IReadOnlyDictionary<string, string[]> SituationWords = new Dictionary<string, string[]>
    {
        ["interpersonal"] = ["mum", "mom", "dad", "mother", "father", "parent", "partner", "boyfriend", "girlfriend", "husband", "wife",
            "friend", "friends", "boss", "manager", "colleague", "coworker", "sister", "brother", "family", "argument", "argue", "fight",
            "row", "call", "phone", "text", "message", "said", "told", "ignored", "ask", "asking", "request", "say no", "relationship",
            "date", "ex", "they", "someone", "people", "conflict", "criticised", "criticized"],
        ["urges"] = ["urge", "urges", "want to drink", "binge", "bingeing", "craving", "impulse", "impulsive", "relapse"],
        ["worry"] = ["worry", "worrying", "what if", "exam", "interview", "appointment", "deadline", "tomorrow", "future"],
        ["rumination"] = ["can't stop thinking", "cant stop thinking", "going over", "replaying", "overthinking", "ruminating", "stuck in my head"],
        ["low-mood"] = ["can't get up", "cant get up", "in bed", "no energy", "no motivation", "can't be bothered", "nothing to do", "staying in"],
        ["sleep"] = ["sleep", "can't sleep", "cant sleep", "insomnia", "awake", "night", "bedtime"],
        ["self-criticism"] = ["hate myself", "stupid", "failure", "useless", "my fault", "not good enough", "idiot"],
        ["panic"] = ["panic attack", "can't breathe", "cant breathe", "heart racing", "chest tight", "shaking"],
        ["loneliness"] = ["alone", "lonely", "nobody", "no one", "left me", "leaving me", "abandon"],
        ["stuck"] = ["decide", "decision", "choice", "problem", "don't know what to do", "stuck"],
    };

    /// <summary>The tags an emotion word names, e.g. "anxious" → anxiety.</summary>
    public static IReadOnlyList<string> ForEmotion(string? emotion) => Matches(emotion, EmotionWords);

    /// <summary>The tags a free-text situation points at, e.g. "a row with my mum" → interpersonal.</summary>
    public static IReadOnlyList<string> ForSituation(string? situation) => Matches(situation, SituationWords);

    private static List<string> Matches(string? text, IReadOnlyDictionary<string, string[]> table)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var words = " " + string.Join(' ', Word().Matches(text.ToLowerInvariant().Replace('\u2019', '\'')).Select(m => m.Value)) + " ";
        return table.Where(entry => entry.Value.Any(phrase => words.Contains($" {phrase} ", StringComparison.Ordinal)))
            .Select(entry => entry.Key)
            .ToList();
    }

    [GeneratedRegex(@"[a-z']+")]
    private static partial Regex Word();
}
