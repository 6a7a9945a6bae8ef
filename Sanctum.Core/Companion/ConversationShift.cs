using System.Text.RegularExpressions;

namespace Sanctum.Core.Companion;

/// <summary>A mood shift drawn from a sentence, before the person confirms it; OccurredAt is local wall-clock time.</summary>
public sealed record ShiftCapture(string State, int Intensity, string? Trigger, DateTime OccurredAt, bool TimeStated);

/// <summary>Reads "I just crashed after the call with my mum" as a shift: a state, what set it off, and when.</summary>
public static partial class ConversationShift
{
    public const int MaxTriggerLength = 200;

    public static ShiftCapture? From(string text, DateTime localNow)
    {
        if (!ConversationLexicon.IsAboutSelf(text) || ConversationLexicon.MoodOf(text) is not { } mood) return null;
        var moment = ConversationTime.MomentIn(text, localNow);
        return new ShiftCapture(mood.State, mood.Intensity, TriggerIn(text), moment ?? ConversationTime.ToMinute(localNow), moment is not null);
    }

    /// <summary>
    /// The words after "after", "because (of)", "when" or "since" up to the end of the clause or a stated time, in the
    /// person's own wording: "after the call with my mum at 3pm." is "the call with my mum".
    /// </summary>
    public static string? TriggerIn(string text)
    {
        var match = TriggerRegex().Match(text.Replace('\u2019', '\''));
        if (!match.Success) return null;
        var trigger = match.Groups["what"].Value.Trim();
        if (trigger.Length == 0 || NotATriggerRegex().IsMatch(trigger)) return null;
        return trigger.Length <= MaxTriggerLength ? trigger : trigger[..MaxTriggerLength].TrimEnd();
    }

    [GeneratedRegex(@"\b(?:after|because of|because|when|since|thanks to)\s+(?<what>.+?)(?=\s+(?:at|around|about)\s+(?:half\s+)?\d|\s+(?:half an|an?|a few|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hours?|hrs?|minutes?|mins?)\s+ago\b|\s+(?:today|this morning|this afternoon|this evening|tonight|earlier)\b|[.!?,;]|\s+and\s+(?:now|i)\b|$)", RegexOptions.IgnoreCase)]
    private static partial Regex TriggerRegex();

    // "since 3pm" or "since this morning" says when, not why.
    [GeneratedRegex(@"^(?:\d|this\b|then\b|yesterday\b|last\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NotATriggerRegex();
}
