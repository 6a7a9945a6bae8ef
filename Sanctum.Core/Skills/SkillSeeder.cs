using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Persistence;

namespace Sanctum.Core.Skills;

/// <summary>
/// Brings the skills table in line with the content files: new keys are added, edited content updates its row
/// (only rows whose content changed are written). Keys no longer in the content are left alone, since people's
/// own lists point at them. Runs at start-up under the migration lock, so replicas never race.
/// </summary>
public static class SkillSeeder
{
    public static async Task<int> SeedAsync(SanctumDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.Skills.ToDictionaryAsync(s => s.Key, cancellationToken);
        foreach (var content in SkillContent.All)
        {
            if (stored.TryGetValue(content.Key, out var row)) row.CopyContentFrom(content);
            else db.Skills.Add(Fresh(content));
        }
        return await db.SaveChangesAsync(cancellationToken);
    }

    // A copy, so the shared in-memory library is never tracked by (or changed through) a context.
    private static Skill Fresh(Skill content)
    {
        var row = new Skill { Key = content.Key, Name = "", Category = "", Summary = "", WhenToUse = "", Example = "", Cautions = "" };
        row.CopyContentFrom(content);
        return row;
    }
}
