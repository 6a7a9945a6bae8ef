using Microsoft.EntityFrameworkCore;
using Sanctum.Api.SafetyPlan;
using Sanctum.Core.Persistence;
using Sanctum.Core.Safety;
using Sanctum.Core.Safety.Screening;

namespace Sanctum.Api.Safety;

/// <summary>Someone to reach now, as the override shows them (no email: the override is for calling).</summary>
public sealed record CrisisContact(string Name, string? Phone);

/// <summary>
/// What a write answers with when what the person wrote suggests they may not be safe: the risk and the rules that
/// matched (never the words), the crisis lines, their current safety plan (null before they make one), and their
/// contacts.
/// </summary>
public sealed record CrisisOverride(
    RiskLevel Risk, IReadOnlyList<ScreenReason> Reasons, IReadOnlyList<CrisisResource> Resources, SafetyPlanResponse? SafetyPlan,
    IReadOnlyList<CrisisContact> Contacts);

/// <summary>Screening on write, shared by every path that stores free text.</summary>
public static class CrisisCheck
{
    public const string Source = "screening";
    private const int MaxContactsShown = 20;

    /// <summary>
    /// Screens the texts of one record being saved. At moderate or high risk it raises a safety event in the caller's
    /// unit of work (saved with the record, or not at all; the event queues the alerts) and returns the override to
    /// show; otherwise null.
    /// </summary>
    public static async Task<CrisisOverride?> ScreenOnWriteAsync(SanctumDbContext db, Guid userId, DateTimeOffset now,
        string entityType, Guid entityId, IEnumerable<string?> texts, CancellationToken cancellationToken)
    {
        var reasons = texts.Where(t => !string.IsNullOrWhiteSpace(t))
            .SelectMany(t => CrisisScreener.Screen(t!).Reasons)
            .DistinctBy(r => r.Rule)
            .ToList();
        var result = ScreeningResult.Of(reasons);
        if (result.Risk < RiskLevel.Moderate) return null;

        // The reason names rules only: what the person wrote stays in the record they wrote it in.
        await SafetyEventLog.RaiseOnceAsync(db, userId, now, Source, result.Risk,
            string.Join(", ", reasons.Select(r => r.Rule)), entityType, entityId, cancellationToken);

        var screen = ScreenResponse.From(result);
        var plan = await SafetyPlanApi.LatestResponseAsync(db, userId, cancellationToken);
        var contacts = await db.EmergencyContacts.AsNoTracking()
            .Where(c => c.UserId == userId)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Take(MaxContactsShown)
            .Select(c => new CrisisContact(c.Name, c.Phone))
            .ToListAsync(cancellationToken);
        return new CrisisOverride(screen.Risk, screen.Reasons, screen.Resources, plan, contacts);
    }
}
