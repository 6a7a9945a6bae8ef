using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Sanctum.Core.Safety.Screening;

/// <summary>
/// The deterministic crisis screener: free text in, the risk and every rule that matched out. Pure (no I/O, no
/// model, no clock), so the same text always screens the same way and a reason can always be traced to its rule.
/// </summary>
public static class CrisisScreener
{
    public const string NegationRule = "negation";
    public const string HistoryRule = "history";
    public const string OwnPhraseRule = "own_phrase";

    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    /// <summary>How many words before a match are searched for a negation ("im really not going to hurt myself").</summary>
    private const int NegationWindow = 5;

    private static readonly FrozenSet<string> Negators = new[]
    {
        "not", "never", "dont", "didnt", "doesnt", "wont", "wouldnt", "cant", "couldnt", "shouldnt", "no", "isnt", "arent",
        "wasnt", "havent", "hasnt", "nor", "stoped", "quit", "clean", "recovered", "resisted",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Joiners = new[] { "and", "but", "because", "or", "then", "yet", "though", "although" }.ToFrozenSet();

    /// <summary>Wording that contains a negation but does not deny the risk ("cant stop thinking about...").</summary>
    private static readonly Regex NotReallyNegated = Compile(
        "cant stop|cant help|cant resist|cant get (?:rid|it out)|cant shake|cant promise|cant keep myself|dont trust myself|" +
        "dont know (?:if|whether|how long)|not sure|no one|nobody|no way out|no reason|no point|dont care|" +
        "wont stop|not anymore|never stop|no matter|cant wait");

    /// <summary>"I wont kill myself but I want to": what follows the negation takes it back.</summary>
    private static readonly Regex TakenBack = Compile("but (?:i )?(?:still |really |kind of |kinda |do |also )?(?:want|wanna|wish|might|could)");

    /// <summary>Talk of an earlier time: the risk is real history but not an emergency now, so it is capped at moderate.</summary>
    private static readonly Regex Past = Compile(
        "used to|years ago|months ago|when i was (?:younger|little|a (?:kid|teen|teenager|child|student))|in the past|" +
        "as a (?:kid|teen|teenager|child)|long time ago|back in (?:school|college|high school|uni)|in high school|growing up|last year");

    private static readonly IReadOnlyList<CompiledRule> Rules = ScreeningRules.All.Select(CompiledRule.From).ToList();

    public static ScreeningResult Screen(string text, IReadOnlyList<string>? ownPhrases = null)
    {
        var normalised = ScreeningText.Normalise(text);
        if (normalised.Length == 0) return ScreeningResult.None;

        var reasons = new List<ScreeningReason>();
        foreach (var rule in Rules)
            if (FirstReason(rule, normalised) is { } reason) reasons.Add(reason);
        if (ownPhrases is not null) AddOwnPhrases(normalised, ownPhrases, reasons);
        return ScreeningResult.Of(reasons);
    }

    /// <summary>The first match of any of the rule's patterns that is not an innocent use; one reason per rule.</summary>
    private static ScreeningReason? FirstReason(CompiledRule rule, string normalised)
    {
        foreach (var pattern in rule.Patterns)
            foreach (Match match in pattern.Matches(normalised))
            {
                var clause = ClauseAround(normalised, match.Index, match.Length);
                if (rule.Unless?.IsMatch(clause) == true) continue;
                var afterMatch = clause[(match.Index + match.Length - ClauseStart(normalised, match.Index))..];
                return ReasonFor(rule.Rule, match, normalised, clause, afterMatch);
            }
        return null;
    }

    private static ScreeningReason ReasonFor(ScreeningRule rule, Match match, string text, string clause, string afterMatch)
    {
        if (rule.Negatable && IsNegated(text, match) && !TakenBack.IsMatch(afterMatch))
            return new(NegationRule, rule.Category, RiskLevel.Low, match.Value);
        if (rule.Risk > RiskLevel.Moderate && Past.IsMatch(clause))
            return new(HistoryRule, rule.Category, RiskLevel.Moderate, match.Value);
        return new(rule.Id, rule.Category, rule.Risk, match.Value);
    }

    /// <summary>
    /// A negation in the match or in the few words just before it, back to the clause start or the last joining word
    /// ("im not okay and i want to die" is not negated).
    /// </summary>
    private static bool IsNegated(string text, Match match)
    {
        var clauseStart = ClauseStart(text, match.Index);
        var before = text[clauseStart..match.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joiner = Array.FindLastIndex(before, Joiners.Contains);
        var window = string.Join(' ', before.Skip(joiner + 1).TakeLast(NegationWindow)) + " " + match.Value;
        if (NotReallyNegated.IsMatch(window)) return false;
        return window.Split(' ').Any(Negators.Contains);
    }

    private static int ClauseStart(string text, int index) => text.LastIndexOf(ScreeningText.ClauseBreak, index) + 1;

    private static string ClauseAround(string text, int index, int length)
    {
        var start = ClauseStart(text, index);
        var end = text.IndexOf(ScreeningText.ClauseBreak, index + length);
        return text[start..(end < 0 ? text.Length : end)];
    }

    /// <summary>The person's own warning words count as at least moderate wherever they appear, whole words only.</summary>
    private static void AddOwnPhrases(string normalised, IReadOnlyList<string> ownPhrases, List<ScreeningReason> reasons)
    {
        var words = $" {normalised.Replace(" | ", " ")} ";
        foreach (var phrase in ownPhrases)
        {
            var own = ScreeningText.Normalise(phrase).Replace(" | ", " ");
            if (own.Length > 0 && words.Contains($" {own} ", StringComparison.Ordinal))
                reasons.Add(new(OwnPhraseRule, ScreeningCategory.OwnPhrase, RiskLevel.Moderate, own));
        }
    }

    /// <summary>Macros in, then the same repeat-collapsing as the text, so "kill" in a rule meets "kil" or "killll".</summary>
    private static string Expand(string pattern)
    {
        foreach (var (name, value) in ScreeningRules.Macros)
            pattern = pattern.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return ScreeningText.CollapseRepeats(pattern);
    }

    private static Regex Compile(string pattern) =>
        new($"(?<![a-z0-9])(?:{Expand(pattern)})(?![a-z0-9])", Options);

    /// <summary>
    /// One regex per pattern, not one alternation per rule: a single pattern keeps a short set of possible first
    /// words the engine can search for, where a long alternation made it try every position (ten times slower).
    /// </summary>
    private sealed record CompiledRule(ScreeningRule Rule, Regex[] Patterns, Regex? Unless)
    {
        public static CompiledRule From(ScreeningRule rule) => new(rule,
            rule.Patterns.Select(Compile).ToArray(),
            rule.Unless is null ? null : new Regex(Expand(string.Join('|', rule.Unless.Select(p => $"(?:{p})"))), Options));
    }
}
