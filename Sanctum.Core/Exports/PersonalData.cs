using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Companion;
using Sanctum.Core.Dbt;
using Sanctum.Core.Episodes;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Persistence;
using Sanctum.Core.Profile;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Reminders;
using Sanctum.Core.Safety;
using Sanctum.Core.Safety.Alerts;
using Sanctum.Core.Skills;
using Sanctum.Core.Trackers;

namespace Sanctum.Core.Exports;

/// <summary>The account a document came from, for the person's reference; an import leaves the new account's own alone.</summary>
public sealed record ExportedAccount(string Email, string DisplayName, string TimeZone);

/// <summary>
/// Everything a person keeps in Sanctum, one list per record type, as the JSON export writes it and the JSON import
/// reads it. Left out: the account's sign-in secrets, the audit trail and what Sanctum sent (notifications, alert
/// deliveries), which are Sanctum's records about the person rather than the person's own.
/// </summary>
public sealed record PersonalDataDocument(string Format, int Version, DateTimeOffset ExportedAt, ExportedAccount Account,
    Dictionary<string, List<JsonObject>> Records)
{
    public const string FormatName = "sanctum-personal-data";
    public const int CurrentVersion = 1;

    public bool IsReadable => Format == FormatName && Version == CurrentVersion;
}

public static class PersonalData
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        WriteIndented = true,
    };

    /// <summary>The record types in the document, each under its name (the table's), parents before children.</summary>
    public static readonly IReadOnlyList<(string Name, Type Type)> Types =
    [
        ("profile", typeof(Profile.Profile)),
        ("emergency_contacts", typeof(EmergencyContact)),
        ("healthcare_providers", typeof(HealthcareProvider)),
        ("medications", typeof(Medication)),
        ("custom_mood_states", typeof(CustomMoodState)),
        ("mood_shifts", typeof(MoodShift)),
        ("daily_baselines", typeof(DailyBaseline)),
        ("safety_events", typeof(SafetyEvent)),
        ("episodes", typeof(Episode)),
        ("crisis_interventions", typeof(CrisisIntervention)),
        ("diary_cards", typeof(DiaryCard)),
        ("skill_uses", typeof(SkillUse)),
        ("dose_logs", typeof(DoseLog)),
        ("side_effects", typeof(SideEffect)),
        ("medication_changes", typeof(MedicationChange)),
        ("questionnaire_responses", typeof(QuestionnaireResponse)),
        ("safety_plan_versions", typeof(SafetyPlan)),
        ("screening_settings", typeof(ScreeningSettings)),
        ("alert_rules", typeof(AlertRule)),
        ("reminders", typeof(Reminder)),
        ("user_skills", typeof(UserSkill)),
        ("menstrual", typeof(MenstrualEntry)),
        ("abandonment", typeof(AbandonmentEntry)),
        ("emotional_intensity", typeof(EmotionalIntensityEntry)),
        ("relationships", typeof(RelationshipEntry)),
        ("routines", typeof(RoutineEntry)),
        ("companion_configurations", typeof(CompanionConfiguration)),
        ("knowledge", typeof(KnowledgeEntry)),
        ("companion_sessions", typeof(CompanionSession)),
        ("session_memories", typeof(SessionMemory)),
        ("session_log", typeof(SessionLogEntry)),
        ("conversation_proposals", typeof(ConversationProposal)),
    ];

    private static readonly MethodInfo ReadListMethod = typeof(PersonalData).GetMethod(nameof(ReadListAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo AnyMethod = typeof(PersonalData).GetMethod(nameof(AnyAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task<PersonalDataDocument> ReadAsync(SanctumDbContext db, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var records = new Dictionary<string, List<JsonObject>>();
        foreach (var (name, type) in Types)
        {
            var list = (IList)await (Task<IList>)ReadListMethod.MakeGenericMethod(type).Invoke(null, [db, userId, cancellationToken])!;
            records[name] = list.Cast<object>().Select(r => JsonSerializer.SerializeToNode(r, type, Json)!.AsObject()).ToList();
        }

        return new PersonalDataDocument(PersonalDataDocument.FormatName, PersonalDataDocument.CurrentVersion, now,
            new ExportedAccount(user.Email, user.DisplayName, user.TimeZone), records);
    }

    /// <summary>
    /// Whether the account holds anything an import could clash with: any record beyond the profile made at sign-up,
    /// or that profile once edited.
    /// </summary>
    public static async Task<bool> IsEmptyAsync(SanctumDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        if (await db.Profiles.AnyAsync(p => p.UserId == userId && p.UpdatedAt != p.CreatedAt, cancellationToken)) return false;
        foreach (var (_, type) in Types.Skip(1))
        {
            if (await (Task<bool>)AnyMethod.MakeGenericMethod(type).Invoke(null, [db, userId, cancellationToken])!) return false;
        }

        return true;
    }

    /// <summary>
    /// Adds the document's records to <paramref name="userId"/>'s account with new ids, references between them
    /// following. Past safety events come in as handled: history, not a reason to alert anyone today.
    /// Returns how many of each type were added; the caller saves. A record that can't be read throws a JsonException.
    /// </summary>
    public static async Task<Dictionary<string, int>> ImportAsync(SanctumDbContext db, Guid userId, PersonalDataDocument document,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var records = new List<(string Name, PersonalRecord Record)>();
        foreach (var (name, type) in Types)
        {
            foreach (var json in document.Records.GetValueOrDefault(name) ?? [])
            {
                var record = (PersonalRecord?)json.Deserialize(type, Json) ?? throw new JsonException($"An empty record in {name}.", name, null, null);
                records.Add((name, record));
            }
        }

        var newIds = records.ToDictionary(r => r.Record.Id, _ => Guid.CreateVersion7());
        foreach (var (_, record) in records)
        {
            record.Id = newIds[record.Id];
            record.UserId = userId;
            Remap(record, newIds);
            if (record is SafetyEvent safetyEvent) safetyEvent.HandledAt ??= now;
        }

        var profile = await db.Profiles.SingleAsync(p => p.UserId == userId, cancellationToken);
        foreach (var (_, record) in records)
        {
            if (record is Profile.Profile imported)
            {
                imported.Id = profile.Id;
                db.Entry(profile).CurrentValues.SetValues(imported);
            }
            else db.Add(record);
        }

        return records.GroupBy(r => r.Name).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>Points every reference to another record (a Guid, a nullable one or a list) at that record's new id.</summary>
    private static void Remap(PersonalRecord record, Dictionary<Guid, Guid> newIds)
    {
        foreach (var property in record.GetType().GetProperties())
        {
            if (property.Name is nameof(PersonalRecord.Id) or nameof(PersonalRecord.UserId) || !property.CanWrite) continue;
            var value = property.GetValue(record);
            if (value is Guid id) property.SetValue(record, newIds.GetValueOrDefault(id, id));
            else if (value is List<Guid> ids) property.SetValue(record, ids.Select(i => newIds.GetValueOrDefault(i, i)).ToList());
        }
    }

    private static async Task<IList> ReadListAsync<TRecord>(SanctumDbContext db, Guid userId, CancellationToken cancellationToken)
        where TRecord : PersonalRecord =>
        await db.Set<TRecord>().AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);

    private static Task<bool> AnyAsync<TRecord>(SanctumDbContext db, Guid userId, CancellationToken cancellationToken)
        where TRecord : PersonalRecord =>
        db.Set<TRecord>().AnyAsync(r => r.UserId == userId, cancellationToken);
}
