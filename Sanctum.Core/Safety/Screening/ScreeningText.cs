using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Sanctum.Core.Safety.Screening;

/// <summary>
/// Puts text into the one shape every screening rule is written against: lower case, words separated by single
/// spaces, clauses separated by " | ", apostrophes dropped ("i'm" -> "im"), spelled-out letters joined
/// ("k i l l" -> "kill"), digits inside words read as letters ("su1c1de"), common shorthand expanded ("kms",
/// "wanna"), and every run of a repeated letter cut to one ("killll", "kil" and "kill" all become "kil").
/// Rule patterns go through <see cref="CollapseRepeats"/> too, so they are written in plain spelling.
/// </summary>
public static class ScreeningText
{
    public const char ClauseBreak = '|';

    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    /// <summary>Three or more single letters separated by spaces, dots, dashes, underscores or stars.</summary>
    private static readonly Regex SpelledOut = new(@"(?<![\p{L}\p{N}])(?:\p{L}[ .\-_*]+){2,}\p{L}(?![\p{L}\p{N}])", Options);

    private static readonly Regex Token = new(@"[\p{L}\p{N}@$]+|[.!?;:,\n\r…()\[\]""“”]+", Options);

    private static readonly FrozenDictionary<string, string> Shorthand = new Dictionary<string, string>
    {
        ["kms"] = "kill myself", ["kmsl"] = "kill myself", ["sh"] = "self harm", ["shing"] = "self harming",
        ["sui"] = "suicide", ["od"] = "overdose", ["oding"] = "overdosing",
        ["wanna"] = "want to", ["wana"] = "want to", ["gonna"] = "going to", ["gona"] = "going to", ["gunna"] = "going to",
        ["imma"] = "im going to", ["ima"] = "im going to", ["finna"] = "going to", ["tryna"] = "trying to",
        ["cannot"] = "cant", ["u"] = "you", ["ur"] = "your", ["tonite"] = "tonight", ["2nite"] = "tonight",
        ["2night"] = "tonight", ["rn"] = "right now", ["idk"] = "i dont know", ["idc"] = "i dont care", ["bc"] = "because",
        ["cuz"] = "because", ["coz"] = "because", ["ppl"] = "people", ["every1"] = "everyone", ["some1"] = "someone",
        ["no1"] = "no one", ["any1"] = "anyone", ["nobodys"] = "nobody is", ["every1s"] = "everyone is",
    }.ToFrozenDictionary(e => e.Key, e => CollapseRepeats(e.Value));

    public static string Normalise(string text)
    {
        var lower = text.ToLowerInvariant().Replace("'", "").Replace("’", "").Replace("‘", "").Replace("`", "");
        var joined = SpelledOut.Replace(lower, JoinSpelledOut);
        var builder = new StringBuilder(joined.Length);
        var lastWasBreak = true;
        foreach (Match match in Token.Matches(joined))
        {
            var token = match.Value;
            if (!char.IsLetterOrDigit(token[0]) && token[0] is not ('@' or '$'))
            {
                if (!lastWasBreak) builder.Append(' ').Append(ClauseBreak);
                lastWasBreak = true;
                continue;
            }
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(Shorthand.TryGetValue(CollapseLongRuns(token), out var expanded) ? expanded : CollapseRepeats(ReadDigitsAsLetters(token)));
            lastWasBreak = false;
        }
        if (lastWasBreak && builder.Length > 0) builder.Length -= 2;
        return builder.ToString();
    }

    /// <summary>Cuts every run of one repeated letter to a single letter. Escaped regex characters are left alone.</summary>
    public static string CollapseRepeats(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsLetter(c) && builder.Length > 0 && builder[^1] == c && (builder.Length < 2 || builder[^2] != '\\')) continue;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>"kmssss" -> "kms" but "odd" stays "odd", so shorthand never swallows a real word.</summary>
    private static string CollapseLongRuns(string token)
    {
        var builder = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            var run = 1;
            while (i + run < token.Length && token[i + run] == token[i]) run++;
            builder.Append(token[i], run >= 3 ? 1 : run);
            i += run - 1;
        }
        return builder.ToString();
    }

    /// <summary>Digits and symbols after a letter read as the letters they stand in for ("su1c1de", "k1ll", "d!e" is punctuation).</summary>
    private static string ReadDigitsAsLetters(string token)
    {
        if (!token.Any(char.IsLetter)) return token;
        var chars = token.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 && chars[i] is not ('@' or '$')) continue;
            if (i > 0 && !char.IsLetter(chars[i - 1]) && chars[i] is not ('@' or '$')) continue;
            chars[i] = chars[i] switch { '1' => 'i', '3' => 'e', '0' => 'o', '4' => 'a', '5' => 's', '7' => 't', '@' => 'a', '$' => 's', var c => c };
        }
        return new string(chars);
    }

    private static string JoinSpelledOut(Match match)
    {
        var letters = new string(match.Value.Where(char.IsLetter).ToArray());
        // "i k i l l myself": a leading "i" is the word I, not part of the spelled-out word.
        if (letters.Length >= 4 && letters[0] == 'i') letters = "i " + letters[1..];
        // "k i l l m y s e l f": the word boundary is lost, so put back the one the rules rely on.
        var self = letters.IndexOf("myself", StringComparison.Ordinal);
        return self > 0 ? $"{letters[..self]} {letters[self..]}" : letters;
    }
}
