using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Persistence;

namespace Sanctum.Core.Skills;

/// <summary>How often a person has logged a skill on their diary card, and how well it worked on average (1-10).</summary>
public sealed record SkillHistory(int Uses, int RatedUses, double? AverageEffectiveness);

/// <summary>
/// Links diary-card skill uses (free text) to library skills. The rule: a use counts for a library skill when its
/// name, ignoring case, spaces and punctuation, equals the skill's key, its name or one of its aliases; so "Dear Man",
/// "DEAR-MAN" and "dear man" all count for DEAR MAN, "TIP" for TIPP, "5 4 3 2 1" for grounding. A use that matches
/// nothing stays on the card and counts for no library skill.
/// </summary>
public static class SkillHistories
{
    /// <summary>"DEAR MAN" → "dearman": the form names are compared in.</summary>
    public static string Normalise(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>The library skill a written name stands for, or null.</summary>
    public static string? KeyFor(string writtenName, IEnumerable<Skill> library) => NameIndex(library).GetValueOrDefault(Normalise(writtenName));

    /// <summary>The person's history per library skill key, from all their diary-card skill uses.</summary>
    public static async Task<IReadOnlyDictionary<string, SkillHistory>> ForUserAsync(
        SanctumDbContext db, Guid userId, IEnumerable<Skill> library, CancellationToken cancellationToken)
    {
        // Grouped in the database by the written name: a person writes few distinct names, however many cards they keep.
        var byName = await db.SkillUses.AsNoTracking()
            .Where(u => u.UserId == userId)
            .GroupBy(u => u.Skill)
            .Select(g => new NameTotals(g.Key, g.Count(), g.Count(u => u.Effectiveness != null), g.Sum(u => u.Effectiveness) ?? 0))
            .ToListAsync(cancellationToken);
        return Combine(byName, library);
    }

    public sealed record NameTotals(string Name, int Uses, int RatedUses, int EffectivenessSum);

    /// <summary>Adds up the totals of every written name that stands for the same library skill.</summary>
    public static IReadOnlyDictionary<string, SkillHistory> Combine(IEnumerable<NameTotals> byName, IEnumerable<Skill> library)
    {
        var index = NameIndex(library);
        return byName
            .Select(n => (Key: index.GetValueOrDefault(Normalise(n.Name)), Totals: n))
            .Where(n => n.Key is not null)
            .GroupBy(n => n.Key!)
            .ToDictionary(g => g.Key, g =>
            {
                var rated = g.Sum(n => n.Totals.RatedUses);
                return new SkillHistory(
                    g.Sum(n => n.Totals.Uses), rated, rated == 0 ? null : Math.Round((double)g.Sum(n => n.Totals.EffectivenessSum) / rated, 1));
            });
    }

    private static Dictionary<string, string> NameIndex(IEnumerable<Skill> library)
    {
        var index = new Dictionary<string, string>();
        foreach (var skill in library)
        {
            foreach (var name in skill.Aliases.Prepend(skill.Name).Prepend(skill.Key))
                index.TryAdd(Normalise(name), skill.Key);
        }
        return index;
    }
}
