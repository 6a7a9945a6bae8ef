using Microsoft.EntityFrameworkCore;
using Sanctum.Api.SafetyPlan;
using Sanctum.Core.Mood;
using Sanctum.Core.Persistence;
using Sanctum.Core.Safety;
using Sanctum.Core.Safety.Screening;
using Sanctum.Core.Timeline;

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

/// <summary>The answer to a save of something the person wrote; Crisis is set only when the save's screening found risk.</summary>
public abstract record ScreenedResponse
{
    public CrisisOverride? Crisis { get; init; }
}

/// <summary>Screening on write, shared by every path that stores free text.</summary>
public static class CrisisCheck
{
    public const string Source = "screening";
    public const string MoodShiftEntity = "mood_shift";
    private const int MaxContactsShown = 20;
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    /// <summary>
    /// Screens the texts of one record being saved, with the person's own crisis phrases. At moderate or high risk it
    /// raises a safety event in the caller's unit of work (saved with the record, or not at all; the event queues the
    /// alerts) and returns the override to show; otherwise null.
    /// </summary>
    public static async Task<CrisisOverride?> ScreenOnWriteAsync(SanctumDbContext db, Guid userId, DateTimeOffset now,
        string entityType, Guid entityId, IEnumerable<string?> texts, CancellationToken cancellationToken)
    {
        var written = texts.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        if (written.Count == 0) return null; // most saves of numbers and choices: no settings to read
        var settings = await ScreeningSettingsApi.ForAsync(db, userId, cancellationToken);
        return await RespondAsync(db, userId, now, entityType, entityId,
            [new(Source, ScreenTexts(written, settings.OwnPhrases))], cancellationToken);
    }

    /// <summary>
    /// A mood shift's notes and trigger, as any write, and the crisis-shift signal: when this shift is the person's
    /// Nth crisis-level one within the last 24 hours (their own N), the override shows, and a safety event is raised
    /// unless one was already raised for that rule within the day.
    /// </summary>
    public static async Task<CrisisOverride?> ScreenMoodShiftAsync(SanctumDbContext db, MoodShift shift, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var settings = await ScreeningSettingsApi.ForAsync(db, shift.UserId, cancellationToken);
        var text = new Finding(Source, ScreenTexts([shift.Notes, shift.Trigger], settings.OwnPhrases));
        var shifts = await CrisisShiftsAsync(db, shift, now, settings.SignalOptions, cancellationToken);
        return await RespondAsync(db, shift.UserId, now, MoodShiftEntity, shift.Id, [text, shifts], cancellationToken);
    }

    /// <summary>What one rule found, and whether it may raise an event now.</summary>
    private sealed record Finding(string Source, ScreeningResult Result, bool Raise = true);

    private static ScreeningResult ScreenTexts(IEnumerable<string?> texts, IReadOnlyList<string> ownPhrases) =>
        ScreeningResult.Of(texts.Where(t => !string.IsNullOrWhiteSpace(t))
            .SelectMany(t => CrisisScreener.Screen(t!, ownPhrases).Reasons)
            .DistinctBy(r => r.Rule)
            .ToList());

    /// <summary>Only a crisis-level shift inside the window can tip the count; a calm one logged after a hard day does not.</summary>
    private static async Task<Finding> CrisisShiftsAsync(SanctumDbContext db, MoodShift shift, DateTimeOffset now,
        CrisisSignalOptions options, CancellationToken cancellationToken)
    {
        var since = now - Day;
        if (shift.OccurredAt <= since || shift.OccurredAt > now || CrisisPeriods.ReasonFor(shift.CurrentState, shift.Functionality) is null)
            return new(CrisisSignals.CrisisShiftsRule, ScreeningResult.None);

        // The shift being saved is not in the database yet (or is there with its old values): it joins as it is now.
        var others = await db.MoodShifts.AsNoTracking()
            .Where(s => s.UserId == shift.UserId && s.Id != shift.Id && s.OccurredAt > since && s.OccurredAt <= now)
            .ToListAsync(cancellationToken);
        var result = CrisisSignals.Evaluate(new CrisisSignalInput { Now = now, MoodShifts = [.. others, shift] }, options);
        if (result.Risk < RiskLevel.Moderate) return new(CrisisSignals.CrisisShiftsRule, result);

        var raisedToday = await db.SafetyEvents.AnyAsync(e => e.UserId == shift.UserId
            && e.Source == CrisisSignals.CrisisShiftsRule && e.OccurredAt > since, cancellationToken);
        return new(CrisisSignals.CrisisShiftsRule, result, Raise: !raisedToday);
    }

    private static async Task<CrisisOverride?> RespondAsync(SanctumDbContext db, Guid userId, DateTimeOffset now,
        string entityType, Guid entityId, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        var reasons = new List<ScreeningReason>();
        foreach (var finding in findings.Where(f => f.Result.Risk >= RiskLevel.Moderate))
        {
            reasons.AddRange(finding.Result.Reasons);
            if (!finding.Raise) continue;
            // The reason names rules only: what the person wrote stays in the record they wrote it in.
            await SafetyEventLog.RaiseOnceAsync(db, userId, now, finding.Source, finding.Result.Risk,
                string.Join(", ", finding.Result.Reasons.Select(r => r.Rule)), entityType, entityId, cancellationToken);
        }
        if (reasons.Count == 0) return null;

        var screen = ScreenResponse.From(ScreeningResult.Of(reasons));
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
