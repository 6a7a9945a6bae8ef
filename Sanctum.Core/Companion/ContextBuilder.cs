using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Patterns;
using Sanctum.Core.Persistence;
using Sanctum.Core.Safety;

namespace Sanctum.Core.Companion;

/// <summary>
/// What the companion knows about a person right now, assembled for one turn of conversation: their profile and
/// settings, what they confirmed about themselves, the last 24 hours of mood, today, open pattern flags and their
/// safety plan, trimmed to a token budget (<see cref="ContextSections"/>). The stored part is cached per person in
/// Redis (<see cref="ContextCache"/>) until one of its inputs changes or time moves it on.
/// </summary>
public sealed class CompanionContextBuilder(SanctumDbContext db, ContextCache cache, TimeProvider time)
{
    /// <param name="sessionMemory">
    /// The conversation in hand, as short lines (what was said, what is pending), filled in by the conversation; it
    /// changes every turn, so it is never cached. Null leaves the section out.
    /// </param>
    public async Task<CompanionContext> BuildAsync(
        Guid userId, int tokenBudget = ContextSections.DefaultBudget, IReadOnlyList<string>? sessionMemory = null,
        CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        // The version is read before anything else, so a change committed while this assembles makes the entry stale.
        var version = await cache.VersionAsync(userId);
        var stored = await cache.ReadAsync(userId, version, now);
        var fromCache = stored is not null;
        if (stored is null)
        {
            stored = await AssembleAsync(userId, now, cancellationToken);
            await cache.WriteAsync(userId, version, stored, now);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(stored.TimeZone);
        var sections = stored.Sections.ToList();
        if (sessionMemory is not null)
            sections.Insert(sections.FindIndex(s => s.Key == ContextSections.Mood),
                new ContextSection(ContextSections.Session, "This conversation so far", sessionMemory, Pinned: false));
        // Written on every call (never cached): the companion must use the real time, never a guess.
        var header = $"Now: {TimeZoneInfo.ConvertTime(now, zone):dddd d MMMM yyyy, HH:mm} ({stored.TimeZone}).";
        var leftOut = new List<string>();
        var kept = ContextSections.Trim(sections, header, tokenBudget, leftOut);
        return new CompanionContext(now, fromCache, stored.TimeZone, stored.Today, tokenBudget,
            ContextSections.Estimate(header, kept), kept, leftOut, ContextSections.Render(header, kept));
    }

    private async Task<StoredContext> AssembleAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zoneId = await db.Users.Where(u => u.Id == userId).Select(u => u.TimeZone).SingleAsync(cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var today = ZonedTime.DateOf(zone, now);
        var dayAgo = now.AddHours(-24);

        var plan = await db.SafetyPlans.AsNoTracking().Where(p => p.UserId == userId).OrderByDescending(p => p.Version)
            .FirstOrDefaultAsync(cancellationToken);
        var planContacts = plan is { ContactIds.Count: > 0 }
            ? await db.EmergencyContacts.AsNoTracking().Where(c => c.UserId == userId && plan.ContactIds.Contains(c.Id))
                .OrderBy(c => c.Name).Select(c => c.Relationship == null ? c.Name : c.Name + " (" + c.Relationship + ")")
                .ToListAsync(cancellationToken)
            : [];
        var planProviders = plan is { ProviderIds.Count: > 0 }
            ? await db.HealthcareProviders.AsNoTracking().Where(p => p.UserId == userId && plan.ProviderIds.Contains(p.Id))
                .OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(cancellationToken)
            : [];
        var profile = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var configuration = await CompanionConfiguration.ReadAsync(db, userId, cancellationToken);
        var phrases = await db.ScreeningSettings.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.OwnPhrases.Count)
            .SingleOrDefaultAsync(cancellationToken);
        var shifts = await db.MoodShifts.AsNoTracking().Where(s => s.UserId == userId && s.OccurredAt > dayAgo && s.OccurredAt <= now)
            .OrderByDescending(s => s.OccurredAt).ToListAsync(cancellationToken);
        var baseline = await db.DailyBaselines.AsNoTracking().SingleOrDefaultAsync(b => b.UserId == userId && b.Date == today, cancellationToken);
        var doses = await DoseSchedules.DueOnAsync(db, userId, zone, today, cancellationToken);
        var knowledge = await db.KnowledgeEntries.AsNoTracking()
            .Where(k => k.UserId == userId && k.Confidence != KnowledgeConfidence.Outdated)
            // Sanctum never states a diagnosis: only one the person confirmed reaches the companion.
            .Where(k => k.Category != KnowledgeCategory.Diagnosis || k.Confidence == KnowledgeConfidence.Confirmed)
            .ToListAsync(cancellationToken);
        var flags = await db.PatternFlags.AsNoTracking().Where(f => f.UserId == userId && f.State == FlagState.New)
            .OrderByDescending(f => f.Severity).ThenByDescending(f => f.LastFoundAt).ToListAsync(cancellationToken);

        var sections = new List<ContextSection>
        {
            new(ContextSections.SafetyPlan, "Their safety plan", SafetyPlanLines(plan, planContacts, planProviders), Pinned: true),
            new(ContextSections.Profile, "Who they are", ProfileLines(profile), Pinned: true),
            new(ContextSections.Configuration, "How they want the companion to talk", ConfigurationLines(configuration, phrases), Pinned: false,
                PinnedLines: 1),
            new(ContextSections.Mood, "Mood in the last 24 hours (newest first)", MoodLines(shifts, zone, today), Pinned: false),
            new(ContextSections.Today, $"Today, {today:dddd d MMMM}", [.. BaselineLines(baseline), .. DoseLines(doses, zone)], Pinned: false),
            new(ContextSections.Knowledge, "What they have told the companion (most certain first)", KnowledgeLines(knowledge), Pinned: false),
            new(ContextSections.Flags, "Patterns Sanctum noticed that they have not looked at yet", FlagLines(flags), Pinned: false),
        };

        // Valid until the day turns (today's check-ins and doses) or the oldest shift leaves the 24-hour window.
        var validUntil = ZonedTime.StartOf(zone, today.AddDays(1));
        if (shifts.Count > 0 && shifts[^1].OccurredAt.AddHours(24) < validUntil) validUntil = shifts[^1].OccurredAt.AddHours(24);
        return new StoredContext(zoneId, today, validUntil, sections);
    }

    /// <summary>Every step of the plan, and the crisis lines whether or not there is one.</summary>
    private static List<string> SafetyPlanLines(SafetyPlan? plan, List<string> contacts, List<string> providers)
    {
        var crisisLines = $"Crisis lines: {string.Join("; ", CrisisResources.All.Select(r => r.HowToReach))}";
        if (plan is null) return ["They have not written a safety plan yet.", crisisLines];
        return
        [
            $"Warning signs: {Joined(plan.WarningSigns)}",
            $"Things they can do on their own: {Joined(plan.CopingStrategies)}",
            $"Distractions: {Joined(plan.Distractions)}",
            $"People they can ask for help: {Joined([.. plan.PeopleToAsk, .. contacts])}",
            $"Professionals they can contact: {Joined([.. plan.Professionals, .. providers])}",
            crisisLines,
            $"Making surroundings safe: {Joined(plan.SafeEnvironment)}",
            $"What matters most: {plan.MattersMost ?? "(not written)"}",
        ];
    }

    private static List<string> ProfileLines(Profile.Profile? profile) =>
    [
        $"Call them: {profile?.PreferredName ?? "(no preferred name given)"}",
        $"The companion's name: {profile?.CompanionName ?? "(none chosen)"}",
        $"Pronouns: {profile?.Pronouns ?? "(not given)"}",
        // Their own words; Sanctum never states a diagnosis.
        $"Diagnoses, in their own words: {Joined(profile?.Diagnoses.Select(d => d.Icd10Code is null ? d.Text : $"{d.Text} ({d.Icd10Code})").ToList() ?? [])}",
    ];

    private static List<string> ConfigurationLines(CompanionConfiguration c, int ownPhrases) =>
    [
        // First, and pinned: a topic they asked to avoid must never be raised because the budget was small.
        $"Topics to avoid: {Joined(c.TopicsToAvoid)}",
        $"Tone: {Words(c.Tone)}; pacing: {Words(c.Pacing)}",
        $"Daily affirmation: {(c.DailyAffirmation ? "yes" : "no")}",
        $"Conversations that are on: {Joined(c.ActiveProtocols.Order().Select(Words).ToList())}",
        $"Their own crisis phrases: {ownPhrases} (screened on every message)",
    ];

    private static List<string> MoodLines(List<MoodShift> shifts, TimeZoneInfo zone, DateOnly today)
    {
        if (shifts.Count == 0) return ["No mood shifts logged in the last 24 hours."];
        return shifts.Select(s =>
        {
            var local = TimeZoneInfo.ConvertTime(s.OccurredAt, zone);
            var day = DateOnly.FromDateTime(local.DateTime) == today ? "Today" : "Yesterday";
            var parts = new List<string> { $"{day} {local:HH:mm}: {s.CurrentState}, intensity {s.Intensity}/10, functioning {Words(s.Functionality)}" };
            if (!string.IsNullOrWhiteSpace(s.Trigger)) parts.Add($"trigger: {s.Trigger}");
            if (!string.IsNullOrWhiteSpace(s.Notes)) parts.Add($"notes: {Shortened(s.Notes)}");
            return string.Join("; ", parts);
        }).ToList();
    }

    private static List<string> BaselineLines(DailyBaseline? b)
    {
        if (b is null) return ["No morning or evening check-in yet today."];
        var lines = new List<string>();
        var morning = new List<string>();
        if (b.WakeTime is { } wake) morning.Add($"woke {wake:HH\\:mm}" + (b.HowWokeUp is { } how ? $" ({Words(how)})" : ""));
        if (b.SleepHours is { } sleep) morning.Add($"slept {sleep.ToString("0.#", CultureInfo.InvariantCulture)} h");
        if (b.MorningMood is { } mood) morning.Add($"mood {mood}");
        if (b.MorningMedsTaken is { } taken) morning.Add(taken ? "morning meds taken" : "morning meds not taken");
        lines.Add(morning.Count > 0 ? $"Morning check-in: {string.Join(", ", morning)}" : "No morning check-in yet today.");
        var evening = new List<string>();
        if (b.EveningMood is { } eveningMood) evening.Add($"mood {eveningMood}");
        if (b.EveningMedsTaken is { } eveningTaken) evening.Add(eveningTaken ? "evening meds taken" : "evening meds not taken");
        if (evening.Count > 0) lines.Add($"Evening check-in: {string.Join(", ", evening)}");
        return lines;
    }

    private static List<string> DoseLines(List<DueDose> doses, TimeZoneInfo zone)
    {
        if (doses.Count == 0) return ["No medication doses scheduled today."];
        return doses.Select(d =>
        {
            var amount = d.Medication.Dose is { } dose ? $" {dose.ToString("0.##", CultureInfo.InvariantCulture)} {d.Medication.Unit}".TrimEnd() : "";
            var state = d.Dose.Log switch
            {
                null => "not logged yet",
                { Status: DoseStatus.Taken, TakenAt: { } at } => $"taken at {TimeZoneInfo.ConvertTime(at, zone):HH:mm}",
                { Status: var status } => Words(status),
            };
            return $"{d.Medication.Name}{amount} due {d.Dose.LocalTime:HH\\:mm}: {state}";
        }).ToList();
    }

    private static List<string> KnowledgeLines(List<KnowledgeEntry> entries)
    {
        if (entries.Count == 0) return ["Nothing yet."];
        return entries.OrderBy(k => k.Confidence).ThenBy(k => k.Category).ThenBy(k => k.Key, StringComparer.Ordinal)
            .Select(k => $"[{Words(k.Confidence)}] {Words(k.Category)} / {k.Key}: {k.Value}").ToList();
    }

    private static List<string> FlagLines(List<StoredFlag> flags) =>
        flags.Count == 0 ? ["None."] : flags.Select(f => $"[{Words(f.Severity)}] {FlagWords(f.Type)}: {f.Description}").ToList();

    /// <summary>Plain words, as the Insights page shows them: never a diagnosis-like label such as "comorbidity".</summary>
    private static string FlagWords(FlagType type) => type switch
    {
        FlagType.MedicationSideEffect => "Possible medication side effect",
        FlagType.EscalationWarning => "Things may be getting harder",
        _ => "A pattern to talk over",
    };

    private static string Joined(IReadOnlyList<string> items) => items.Count == 0 ? "(none)" : string.Join("; ", items);

    private static string Shortened(string text) => text.Length <= 200 ? text : text[..199] + "…";

    /// <summary>An enum value in plain lower-case words: MoodShiftCapture becomes "mood shift capture".</summary>
    private static string Words<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

/// <summary>The cached part of the context: everything read from the database, good until <see cref="ValidUntil"/>.</summary>
public sealed record StoredContext(string TimeZone, DateOnly Today, DateTimeOffset ValidUntil, IReadOnlyList<ContextSection> Sections);
