using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Persistence;

namespace Sanctum.Core.Skills;

/// <summary>What the person says is going on: an emotion word, how strong it is (0-10), and what is happening.</summary>
public sealed record SuggestionRequest(string? Emotion, int Intensity, string? Situation);

/// <summary>One suggested skill, its score (higher first) and the plain reasons behind it.</summary>
public sealed record SkillSuggestion(Skill Skill, int Score, IReadOnlyList<string> Reasons)
{
    public string Reason => string.Join(" ", Reasons);
}

/// <summary>The ranked skills, and a reminder about crisis help when the feeling is at its strongest.</summary>
public sealed record SkillSuggestions(IReadOnlyList<SkillSuggestion> Items, string? SafetyNote)
{
    /// <summary>From here up the body and distress-tolerance skills lead and thinking skills step back.</summary>
    public const int HighIntensity = 8;

    /// <summary>Up to here there is room for thinking and doing skills.</summary>
    public const int LowIntensity = 4;

    public const int DefaultCount = 5;

    public const string HighIntensityNote =
        "Skills help, but they are not a substitute for crisis help. If you might hurt yourself or you're in danger, "
        + "call or text 988 now, or text HOME to 741741.";

    // The weights, in one place. Fit to the skill's own intensity range matters most, then the body-first rule at high
    // intensity (safety-adjacent: thinking skills are hard to reach in a storm), then what the person named, then their history.
    private const int InRange = 20;
    private const int PerPointOutOfRange = 12;
    private const int EmotionMatch = 20;
    private const int SituationMatch = 15;
    private const int MaxSituationMatches = 2;
    private const int PerPointOfEffectiveness = 4;
    private const int UnratedFamiliarity = 2;
    private const double NeutralEffectiveness = 5.5;
    private const int FavouredApproach = 15;

    // Skills whose range starts this high (TIPP) are made for the top of the scale and lead there.
    private const int CrisisSkillFloor = 7;
    private const int CrisisSkill = 10;

    // What a named feeling or situation calls for first: anxiety favours calming the body and grounding, dealing with
    // people favours the interpersonal skills, low mood favours doing. One bonus per skill, from the first tag that applies.
    private static readonly (string Tag, SkillApproach[] Approaches, string Reason)[] Favoured =
    [
        ("panic", [SkillApproach.Body, SkillApproach.Grounding], "Calming your body and coming back to the present settle panic fastest."),
        ("anxiety", [SkillApproach.Body, SkillApproach.Grounding], "Calming your body and coming back to the present settle anxiety fastest."),
        ("anger", [SkillApproach.Body], "Anger runs hot in the body; cooling it down comes first."),
        ("interpersonal", [SkillApproach.Interpersonal], "It's one of the skills made for asking, saying no and keeping relationships."),
        ("urges", [SkillApproach.Distraction, SkillApproach.Body], "Urges pass; this gets you through until this one does."),
        ("low-mood", [SkillApproach.Behavioural], "When mood is low, doing something small often comes before feeling better."),
        ("self-criticism", [SkillApproach.Compassion], "A harsh inner voice softens with kindness more than with argument."),
        ("shame", [SkillApproach.Compassion], "Shame eases with kindness towards yourself."),
    ];

    /// <summary>
    /// Ranks the library for this moment: a pure function of the skills, the request and the person's history
    /// (by skill key, from <see cref="SkillHistories"/>). Ties go by name, so the same input always gives the same list.
    /// </summary>
    public static SkillSuggestions Suggest(
        IEnumerable<Skill> library, SuggestionRequest request, IReadOnlyDictionary<string, SkillHistory>? history = null, int count = DefaultCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(request.Intensity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Intensity, 10);
        var emotionTags = SkillTags.ForEmotion(request.Emotion);
        var situationTags = SkillTags.ForSituation(request.Situation);
        var items = library
            .Select(skill => Score(skill, request.Intensity, emotionTags, situationTags, history?.GetValueOrDefault(skill.Key)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Skill.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Skill.Key, StringComparer.Ordinal)
            .Take(count)
            .ToList();
        return new SkillSuggestions(items, request.Intensity >= HighIntensity ? HighIntensityNote : null);
    }

    /// <summary>
    /// The entry point for callers with a database (the Api, the companion): the stored library, ranked for this person
    /// with their own diary-card history. The request must already be valid (intensity 0-10).
    /// </summary>
    public static async Task<SkillSuggestions> ForPersonAsync(
        SanctumDbContext db, Guid userId, SuggestionRequest request, int count, CancellationToken cancellationToken)
    {
        var library = await db.Skills.AsNoTracking().ToListAsync(cancellationToken);
        var history = await SkillHistories.ForUserAsync(db, userId, library, cancellationToken);
        return Suggest(library, request, history, count);
    }

    private static SkillSuggestion Score(
        Skill skill, int intensity, IReadOnlyList<string> emotionTags, IReadOnlyList<string> situationTags, SkillHistory? history)
    {
        var reasons = new List<string>();
        var score = 0;

        var distance = intensity < skill.MinIntensity ? skill.MinIntensity - intensity
            : intensity > skill.MaxIntensity ? intensity - skill.MaxIntensity
            : 0;
        score += distance == 0 ? InRange : -PerPointOutOfRange * distance;

        var (bonus, intensityReason) = IntensityRule(skill.Approach, intensity);
        score += bonus;
        if (intensityReason is not null) reasons.Add(intensityReason);
        if (intensity >= HighIntensity && distance == 0 && skill.MinIntensity >= CrisisSkillFloor)
        {
            score += CrisisSkill;
            reasons.Add("It's made for moments this intense.");
        }

        var feeling = emotionTags.FirstOrDefault(skill.Suits.Contains);
        if (feeling is not null)
        {
            score += EmotionMatch;
            reasons.Add(SkillTags.Vocabulary[feeling]);
        }

        foreach (var tag in situationTags.Where(t => t != feeling && skill.Suits.Contains(t)).Take(MaxSituationMatches))
        {
            score += SituationMatch;
            reasons.Add(SkillTags.Vocabulary[tag]);
        }

        var favoured = Favoured.FirstOrDefault(f => (emotionTags.Contains(f.Tag) || situationTags.Contains(f.Tag)) && f.Approaches.Contains(skill.Approach));
        if (favoured.Reason is not null)
        {
            score += FavouredApproach;
            reasons.Add(favoured.Reason);
        }

        if (history is { AverageEffectiveness: { } average } rated)
        {
            score += (int)Math.Round((average - NeutralEffectiveness) * PerPointOfEffectiveness, MidpointRounding.AwayFromZero);
            reasons.Add(HistoryReason(average, rated.RatedUses));
        }
        else if (history is { Uses: > 0 } practised)
        {
            score += UnratedFamiliarity;
            reasons.Add($"You've used it before ({Times(practised.Uses)}), so it may come easier.");
        }

        if (reasons.Count == 0)
            reasons.Add(distance == 0 ? $"It suits feelings around {intensity} out of 10." : $"It's usually for feelings from {skill.MinIntensity} to {skill.MaxIntensity} out of 10.");
        return new SkillSuggestion(skill, score, reasons);
    }

    /// <summary>The body-first rule at high intensity, and room for thinking and doing skills at low intensity.</summary>
    private static (int Bonus, string? Reason) IntensityRule(SkillApproach approach, int intensity)
    {
        if (intensity >= HighIntensity)
        {
            return approach switch
            {
                SkillApproach.Body => (30, $"At {intensity} out of 10, calming your body works faster than thinking things through."),
                SkillApproach.Grounding => (20, $"At {intensity} out of 10, coming back to the here and now comes first."),
                SkillApproach.Distraction => (15, "It helps you get through the wave without making things worse."),
                SkillApproach.Acceptance => (5, null),
                SkillApproach.Cognitive => (-30, "This is a thinking skill: it works best once the feeling has eased a little."),
                SkillApproach.Compassion => (-5, null),
                _ => (-10, "Try it once the feeling has come down a little."),
            };
        }

        if (intensity <= LowIntensity)
        {
            return approach switch
            {
                SkillApproach.Cognitive => (12, $"At {intensity} out of 10 there's room to look at the thoughts behind the feeling."),
                SkillApproach.Behavioural => (8, $"At {intensity} out of 10 there's room to change what you do next."),
                _ => (0, null),
            };
        }

        return (0, null);
    }

    private static string HistoryReason(double average, int ratedUses)
    {
        var rating = average.ToString("0.#", CultureInfo.InvariantCulture);
        return average >= 7 ? $"It has worked for you before: you rated it {rating} out of 10 on average ({Times(ratedUses)})."
            : average <= 4 ? $"It helped you less before ({rating} out of 10 on average), so it sits lower."
            : $"You've rated it {rating} out of 10 on average ({Times(ratedUses)}).";
    }

    private static string Times(int count) => count == 1 ? "once" : count == 2 ? "twice" : $"{count} times";
}
