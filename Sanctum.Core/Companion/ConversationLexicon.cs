using System.Globalization;
using System.Text.RegularExpressions;
using Sanctum.Core.Mood;

namespace Sanctum.Core.Companion;

/// <summary>A feeling as the standard taxonomy names it, with how strongly the words usually mean it (0-10).</summary>
public sealed record MoodReading(string State, int Intensity);

/// <summary>
/// The everyday words people use for how they feel, mapped onto <see cref="MoodStates.Standard"/>. Deterministic and
/// small on purpose: it proposes, and the person confirms or corrects.
/// </summary>
public static partial class ConversationLexicon
{
    // Longer phrases first, so "racing thoughts" wins over any shorter word inside it.
    private static readonly (string Phrase, string State, int Intensity)[] Moods =
    [
        ("racing thoughts", "hypomanic", 7), ("can't sit still", "elevated", 6), ("hit a wall", "depressed", 7),
        ("on edge", "anxious", 6), ("shut down", "numb", 6), ("spaced out", "dissociated", 6), ("zoned out", "dissociated", 5),
        ("wired and low", "mixed", 7), ("crashed", "depressed", 7), ("crashing", "depressed", 7), ("depressed", "depressed", 7),
        ("hopeless", "depressed", 8), ("low", "low", 5), ("down", "low", 5), ("sad", "low", 5), ("flat", "low", 4),
        ("anxious", "anxious", 6), ("panicking", "anxious", 8), ("panicky", "anxious", 7), ("panic", "anxious", 8),
        ("nervous", "anxious", 5), ("worried", "anxious", 5), ("stressed", "anxious", 5), ("overwhelmed", "anxious", 7),
        ("irritable", "irritable", 6), ("irritated", "irritable", 5), ("angry", "irritable", 7), ("furious", "irritable", 8),
        ("snappy", "irritable", 5), ("numb", "numb", 6), ("empty", "numb", 6), ("dissociated", "dissociated", 7),
        ("dissociating", "dissociated", 7), ("unreal", "dissociated", 6), ("wired", "elevated", 6), ("buzzing", "elevated", 6),
        ("elevated", "elevated", 6), ("hyper", "elevated", 6), ("hypomanic", "hypomanic", 7), ("manic", "manic", 8),
        ("invincible", "manic", 8), ("mixed", "mixed", 6), ("stable", "stable", 3), ("calm", "stable", 3), ("settled", "stable", 3),
        ("okay", "stable", 3), ("ok", "stable", 3), ("fine", "stable", 3), ("good", "stable", 3), ("better", "stable", 3),
    ];

    /// <summary>States that mean someone is struggling, so a skill is worth offering.</summary>
    private static readonly HashSet<string> Distressed = ["depressed", "low", "anxious", "irritable", "numb", "dissociated", "mixed", MoodStates.Crisis];

    private static readonly string[] DistressWords = ["can't cope", "cant cope", "overwhelmed", "struggling", "stressed", "falling apart", "too much"];

    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>The feeling the text names, or null; "not anxious" is not anxious, and "really"/"a bit" move the intensity.</summary>
    public static MoodReading? MoodOf(string text)
    {
        var lower = Normalise(text);
        foreach (var (phrase, state, intensity) in Moods)
        {
            var match = Regex.Match(lower, $@"(?<!\w){Regex.Escape(phrase)}(?!\w)");
            if (!match.Success) continue;
            var before = lower[..match.Index];
            if (NegatedRegex().IsMatch(before)) continue;
            return new MoodReading(state, Math.Clamp(intensity + Emphasis(before), 0, 10));
        }
        return null;
    }

    /// <summary>True when the words or the feeling say the person is having a hard time.</summary>
    public static bool IsDistress(string text, MoodReading? mood) =>
        mood is { } m && Distressed.Contains(m.State) || DistressWords.Any(Normalise(text).Contains);

    /// <summary>The text speaks about the person's own feeling now ("I'm", "I just", "feeling"), not e.g. about a film.</summary>
    public static bool IsAboutSelf(string text) => SelfRegex().IsMatch(Normalise(text));

    public static bool? YesOrNo(string text)
    {
        var lower = Normalise(text);
        if (NoRegex().IsMatch(lower)) return false;
        if (YesRegex().IsMatch(lower)) return true;
        return null;
    }

    public static WakeQuality? WakeQualityOf(string text)
    {
        var lower = Normalise(text);
        if (Regex.IsMatch(lower, @"\b(depressed|low|heavy|awful|dread|terrible)\b")) return WakeQuality.Depressed;
        if (Regex.IsMatch(lower, @"\b(struggled|struggle|hard|tough|difficult|groggy|rough)\b")) return WakeQuality.Struggled;
        if (Regex.IsMatch(lower, @"\b(energi[sz]ed|refreshed|great|raring)\b")) return WakeQuality.Energized;
        if (Regex.IsMatch(lower, @"\b(easy|easily|fine|good|ok|okay|alright)\b")) return WakeQuality.Easy;
        return null;
    }

    /// <summary>A number written as digits ("7.5") or a word ("seven"), or null.</summary>
    public static decimal? NumberIn(string text)
    {
        var lower = Normalise(text);
        var digits = NumberRegex().Match(lower);
        if (digits.Success) return decimal.Parse(digits.Value, CultureInfo.InvariantCulture);
        if (Regex.IsMatch(lower, @"\b(none|nothing|not at all)\b")) return 0;
        for (var i = 0; i < NumberWords.Length; i++)
            if (Regex.IsMatch(lower, $@"\b{NumberWords[i]}\b")) return i + (Regex.IsMatch(lower, @"\band a half\b") ? 0.5m : 0);
        return null;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or null (a diary card rating, say).</summary>
    public static int? RatingIn(string text, int min, int max) =>
        NumberIn(text) is { } n && n == decimal.Truncate(n) && n >= min && n <= max ? (int)n : null;

    public static bool IsSkip(string text) => Regex.IsMatch(Normalise(text), @"^(skip|pass|next|rather not say|don't know|dont know|not sure)\b");

    public static bool IsStop(string text) => Regex.IsMatch(Normalise(text), @"^(stop|cancel|never ?mind|not now)\b");

    public static bool IsGoodMorning(string text) => Regex.IsMatch(Normalise(text), @"^(good )?morning\b|^gm\b");

    public static bool IsGoodNight(string text) => Regex.IsMatch(Normalise(text), @"^(good ?night|night night|nighty night)\b");

    /// <summary>Lower case, curly apostrophes straightened, spaces collapsed.</summary>
    public static string Normalise(string text) =>
        SpacesRegex().Replace(text.Replace('\u2019', '\'').ToLowerInvariant(), " ").Trim();

    private static int Emphasis(string before)
    {
        var lastWords = before.Length > 20 ? before[^20..] : before;
        if (Regex.IsMatch(lastWords, @"\b(really|so|very|super|extremely|completely|totally)\s+$")) return 2;
        if (Regex.IsMatch(lastWords, @"\b(a bit|slightly|a little|kind of|kinda|somewhat)\s+$")) return -2;
        return 0;
    }

    [GeneratedRegex(@"\b(not|never|isn't|wasn't|no longer|don't feel|dont feel)\s+(\w+\s+)?$")]
    private static partial Regex NegatedRegex();

    [GeneratedRegex(@"\b(i|i'm|im|i've|ive|me|my|feel|feeling|felt)\b")]
    private static partial Regex SelfRegex();

    [GeneratedRegex(@"^(no|nope|nah|n|not yet|haven't|havent|didn't|didnt|forgot|missed|skipped)\b")]
    private static partial Regex NoRegex();

    [GeneratedRegex(@"^(yes|yeah|yep|yup|y|sure|done|took|taken|i have|i did|already|of course)\b")]
    private static partial Regex YesRegex();

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesRegex();
}
