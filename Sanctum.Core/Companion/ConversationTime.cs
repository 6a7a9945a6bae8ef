using System.Text.RegularExpressions;

namespace Sanctum.Core.Companion;

/// <summary>Times as people say them, read against the person's own local clock (never guessed).</summary>
public static partial class ConversationTime
{
    /// <summary>
    /// When a stated moment happened, as a local wall-clock time: "at 3pm", "at 15:30", "an hour ago", "half an hour
    /// ago", "20 minutes ago", "two hours ago". A clock time later than now means the same time yesterday (said at
    /// 10:00, "at 3pm" was yesterday afternoon). Null when the text names no moment, so the caller uses now.
    /// </summary>
    public static DateTime? MomentIn(string text, DateTime localNow)
    {
        var lower = ConversationLexicon.Normalise(text);
        var ago = AgoRegex().Match(lower);
        if (ago.Success)
        {
            var amount = ago.Groups["half"].Success ? 0.5m
                : ago.Groups["a"].Success ? (ago.Groups["a"].Value == "a few" ? 3 : 1)
                : ConversationLexicon.NumberIn(ago.Groups["n"].Value) ?? 1;
            var minutes = ago.Groups["unit"].Value.StartsWith('h') ? amount * 60 : amount;
            return ToMinute(localNow.AddMinutes(-(double)minutes));
        }

        var at = AtRegex().Match(lower);
        if (!at.Success || ClockOf(at.Groups["clock"].Value, bareHourMayBeAfternoon: true) is not { } clock) return null;
        var moment = localNow.Date + clock.ToTimeSpan();
        return moment > localNow ? moment.AddDays(-1) : moment;
    }

    /// <summary>
    /// A time of day: "7", "7am", "7:30", "07:30", "7.30pm", "half 7" (7:30), "19:00". A bare hour from 1 to 7 is the
    /// afternoon one when <paramref name="bareHourMayBeAfternoon"/> ("I crashed at 3" is 15:00), else the morning one
    /// ("I woke at 7").
    /// </summary>
    public static TimeOnly? ClockOf(string text, bool bareHourMayBeAfternoon = false)
    {
        var match = ClockRegex().Match(ConversationLexicon.Normalise(text));
        if (!match.Success) return null;
        var hour = int.Parse(match.Groups["h"].Value);
        var minute = match.Groups["half"].Success ? 30 : match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value) : 0;
        var meridiem = match.Groups["ampm"].Value;
        if (minute > 59 || hour > 23) return null;
        if (meridiem.Length > 0)
        {
            if (hour is 0 or > 12) return null;
            hour = hour % 12 + (meridiem.StartsWith('p') ? 12 : 0);
        }
        else if (bareHourMayBeAfternoon && !match.Groups["m"].Success && hour is >= 1 and <= 7)
        {
            hour += 12;
        }
        return new TimeOnly(hour, minute);
    }

    /// <summary>Shifts and check-ins are kept to the minute, as people say them.</summary>
    public static DateTime ToMinute(DateTime local) => new(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, local.Kind);

    [GeneratedRegex(@"(?:(?<half>half an)|(?<a>a few|an|a)|(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?<unit>hours?|hrs?|minutes?|mins?)\s+ago\b")]
    private static partial Regex AgoRegex();

    [GeneratedRegex(@"\b(?:at|around|about)\s+(?<clock>(?:half\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)")]
    private static partial Regex AtRegex();

    [GeneratedRegex(@"(?<half>half\s+)?\b(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?\s*(?<ampm>am|pm|a\.m\.|p\.m\.)?\b")]
    private static partial Regex ClockRegex();
}
