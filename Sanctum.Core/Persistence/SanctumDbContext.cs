using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sanctum.Core.Companion;
using Sanctum.Core.Compliance;
using Sanctum.Core.Dbt;
using Sanctum.Core.Episodes;
using Sanctum.Core.Exports;
using Sanctum.Core.Identity;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Notifications;
using Sanctum.Core.Patterns;
using Sanctum.Core.Profile;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Reminders;
using Sanctum.Core.Safety;
using Sanctum.Core.Safety.Alerts;
using Sanctum.Core.Skills;
using Sanctum.Core.Trackers;

namespace Sanctum.Core.Persistence;

/// <summary>
/// The one database. Each module keeps its tables in its own schema so that modules can later be
/// split out without untangling foreign keys across them.
/// </summary>
public sealed class SanctumDbContext(DbContextOptions<SanctumDbContext> options) : DbContext(options)
{
    public const string IdentitySchema = "identity";
    public const string ComplianceSchema = "compliance";
    public const string MoodSchema = "mood";
    public const string EpisodesSchema = "episodes";
    public const string DbtSchema = "dbt";
    public const string MedicationsSchema = "medications";
    public const string QuestionnairesSchema = "questionnaires";
    public const string SafetySchema = "safety";
    public const string RemindersSchema = "reminders";
    public const string NotificationsSchema = "notifications";
    public const string ExportsSchema = "exports";
    public const string PatternsSchema = "patterns";
    public const string TrackersSchema = "trackers";
    public const string CompanionSchema = "companion";
    public const string SkillsSchema = "skills";

    public DbSet<User> Users => Set<User>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<Profile.Profile> Profiles => Set<Profile.Profile>();
    public DbSet<EmergencyContact> EmergencyContacts => Set<EmergencyContact>();
    public DbSet<HealthcareProvider> HealthcareProviders => Set<HealthcareProvider>();
    public DbSet<Medication> Medications => Set<Medication>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<MoodShift> MoodShifts => Set<MoodShift>();
    public DbSet<CustomMoodState> CustomMoodStates => Set<CustomMoodState>();
    public DbSet<DailyBaseline> DailyBaselines => Set<DailyBaseline>();
    public DbSet<Episode> Episodes => Set<Episode>();
    public DbSet<CrisisIntervention> CrisisInterventions => Set<CrisisIntervention>();
    public DbSet<DiaryCard> DiaryCards => Set<DiaryCard>();
    public DbSet<SkillUse> SkillUses => Set<SkillUse>();
    public DbSet<DoseLog> DoseLogs => Set<DoseLog>();
    public DbSet<SideEffect> SideEffects => Set<SideEffect>();
    public DbSet<MedicationChange> MedicationChanges => Set<MedicationChange>();
    public DbSet<QuestionnaireResponse> QuestionnaireResponses => Set<QuestionnaireResponse>();
    public DbSet<SafetyEvent> SafetyEvents => Set<SafetyEvent>();
    public DbSet<SafetyPlan> SafetyPlans => Set<SafetyPlan>();
    public DbSet<ScreeningSettings> ScreeningSettings => Set<ScreeningSettings>();
    public DbSet<AlertRule> AlertRules => Set<AlertRule>();
    public DbSet<AlertDelivery> AlertDeliveries => Set<AlertDelivery>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Export> Exports => Set<Export>();
    public DbSet<StoredAnalysis> PatternAnalyses => Set<StoredAnalysis>();
    public DbSet<StoredFlag> PatternFlags => Set<StoredFlag>();
    public DbSet<MenstrualEntry> MenstrualEntries => Set<MenstrualEntry>();
    public DbSet<AbandonmentEntry> AbandonmentEntries => Set<AbandonmentEntry>();
    public DbSet<EmotionalIntensityEntry> EmotionalIntensityEntries => Set<EmotionalIntensityEntry>();
    public DbSet<RelationshipEntry> RelationshipEntries => Set<RelationshipEntry>();
    public DbSet<RoutineEntry> RoutineEntries => Set<RoutineEntry>();
    public DbSet<CompanionSession> CompanionSessions => Set<CompanionSession>();
    public DbSet<SessionMemory> SessionMemories => Set<SessionMemory>();
    public DbSet<SessionLogEntry> SessionLog => Set<SessionLogEntry>();
    public DbSet<ConversationProposal> ConversationProposals => Set<ConversationProposal>();
    public DbSet<CompanionConfiguration> CompanionConfigurations => Set<CompanionConfiguration>();
    public DbSet<KnowledgeEntry> KnowledgeEntries => Set<KnowledgeEntry>();
    public DbSet<Skill> Skills => Set<Skill>();
    public DbSet<UserSkill> UserSkills => Set<UserSkill>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database stays readable and reordering an enum is safe.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(user =>
        {
            user.ToTable("users", IdentitySchema);
            user.HasIndex(u => u.NormalizedEmail).IsUnique();
            user.Property(u => u.Email).HasMaxLength(320);
            user.Property(u => u.NormalizedEmail).HasMaxLength(320);
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.TimeZone).HasMaxLength(64);
        });

        modelBuilder.Entity<RefreshToken>(token =>
        {
            token.ToTable("refresh_tokens", IdentitySchema);
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.HasIndex(t => t.FamilyId);
            token.HasIndex(t => t.UserId);
            token.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Profile.Profile>(profile =>
        {
            profile.ToTable("profiles", IdentitySchema);
            profile.HasIndex(p => p.UserId).IsUnique();
            profile.HasOne<User>().WithOne().HasForeignKey<Profile.Profile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
            profile.Property(p => p.Diagnoses).IsJsonList();
            profile.Property(p => p.Trackers).IsJsonNameList();
        });

        OwnedList<EmergencyContact>(modelBuilder, "emergency_contacts");
        OwnedList<HealthcareProvider>(modelBuilder, "healthcare_providers");
        OwnedList<Medication>(modelBuilder, "medications");

        ConfigureTracking(modelBuilder);
        ConfigureNotifications(modelBuilder);
        ConfigurePatterns(modelBuilder);
        ConfigureTrackers(modelBuilder);
        ConfigureCompanion(modelBuilder);
        ConfigureSkills(modelBuilder);

        var export = Owned<Export>(modelBuilder, ExportsSchema, "exports");
        export.HasIndex(e => new { e.UserId, e.CreatedAt });
        // The clean-up reads only files still kept.
        export.HasIndex(e => e.ExpiresAt).HasFilter("status = 'Done'");
        export.Property(e => e.FailureReason).HasMaxLength(500);
        export.Property(e => e.BlobName).HasMaxLength(200);

        modelBuilder.Entity<AuditEvent>(audit =>
        {
            audit.ToTable("audit_events", ComplianceSchema);
            audit.HasIndex(a => new { a.SubjectUserId, a.OccurredAt, a.Id });
            audit.Property(a => a.Action).HasMaxLength(64);
            audit.Property(a => a.EntityType).HasMaxLength(64);
            audit.Property(a => a.EntityId).HasMaxLength(64);
            audit.Property(a => a.RequestId).HasMaxLength(128);
        });
    }

    /// <summary>The records of the tracking modules; each module has its own schema, each query path an index.</summary>
    private static void ConfigureTracking(ModelBuilder modelBuilder)
    {
        // Covering: a timeline or a day summary reads these columns of a year of shifts straight from the index,
        // without one heap page per shift (a year's read costs PostgreSQL about a quarter of the time).
        Owned<MoodShift>(modelBuilder, MoodSchema, "shifts").HasIndex(s => new { s.UserId, s.OccurredAt })
            .IncludeProperties(s => new { s.Id, s.CurrentState, s.Intensity, s.Functionality });
        Owned<CustomMoodState>(modelBuilder, MoodSchema, "custom_states").HasIndex(s => new { s.UserId, s.Name }).IsUnique();
        Owned<DailyBaseline>(modelBuilder, MoodSchema, "daily_baselines").HasIndex(b => new { b.UserId, b.Date }).IsUnique();

        // Every read of episodes names a status (lists, summary and timeline read confirmed ones; the banner reads drafts).
        var episode = Owned<Episode>(modelBuilder, EpisodesSchema, "episodes");
        episode.HasIndex(e => new { e.UserId, e.Status, e.StartedAt });
        // At most one draft per safety event, even when the crisis job runs twice at once.
        episode.HasIndex(e => e.SafetyEventId).IsUnique().HasFilter("safety_event_id IS NOT NULL");
        episode.HasOne<SafetyEvent>().WithMany().HasForeignKey(e => e.SafetyEventId).OnDelete(DeleteBehavior.SetNull);
        var intervention = Owned<CrisisIntervention>(modelBuilder, EpisodesSchema, "interventions");
        intervention.HasIndex(i => new { i.EpisodeId, i.OccurredAt });
        intervention.HasOne<Episode>().WithMany().HasForeignKey(i => i.EpisodeId).OnDelete(DeleteBehavior.Cascade);

        var card = Owned<DiaryCard>(modelBuilder, DbtSchema, "diary_cards");
        card.HasIndex(c => new { c.UserId, c.Date }).IsUnique();
        card.Property(c => c.Emotions).IsJsonDictionary();
        card.Property(c => c.TargetBehaviours).IsJsonList();
        var skillUse = Owned<SkillUse>(modelBuilder, DbtSchema, "skill_uses");
        skillUse.HasIndex(u => u.DiaryCardId);
        skillUse.HasIndex(u => new { u.UserId, u.Module });
        skillUse.HasOne<DiaryCard>().WithMany().HasForeignKey(u => u.DiaryCardId).OnDelete(DeleteBehavior.Cascade);

        var dose = Owned<DoseLog>(modelBuilder, MedicationsSchema, "dose_logs");
        dose.HasIndex(d => new { d.UserId, d.ScheduledAt });
        dose.HasIndex(d => new { d.MedicationId, d.ScheduledAt });
        dose.HasOne<Medication>().WithMany().HasForeignKey(d => d.MedicationId).OnDelete(DeleteBehavior.Cascade);
        var sideEffect = Owned<SideEffect>(modelBuilder, MedicationsSchema, "side_effects");
        sideEffect.HasIndex(e => new { e.UserId, e.OccurredAt });
        sideEffect.HasIndex(e => new { e.MedicationId, e.OccurredAt });
        sideEffect.HasOne<Medication>().WithMany().HasForeignKey(e => e.MedicationId).OnDelete(DeleteBehavior.Cascade);
        var change = Owned<MedicationChange>(modelBuilder, MedicationsSchema, "changes");
        change.HasIndex(c => new { c.UserId, c.Date });
        change.HasIndex(c => new { c.MedicationId, c.Date });
        change.HasOne<Medication>().WithMany().HasForeignKey(c => c.MedicationId).OnDelete(DeleteBehavior.Cascade);

        Owned<QuestionnaireResponse>(modelBuilder, QuestionnairesSchema, "responses")
            .HasIndex(r => new { r.UserId, r.Instrument, r.CompletedAt });

        var safetyEvent = Owned<SafetyEvent>(modelBuilder, SafetySchema, "events");
        safetyEvent.HasIndex(e => new { e.UserId, e.OccurredAt });
        // The safety net polls for what it has not handled yet.
        safetyEvent.HasIndex(e => e.OccurredAt).HasFilter("handled_at IS NULL");

        // Every version is kept. The unique (user, version) index also answers "latest" (one backward index step) and the newest-first pages.
        var plan = Owned<SafetyPlan>(modelBuilder, SafetySchema, "plan_versions");
        plan.HasIndex(p => new { p.UserId, p.Version }).IsUnique();
        plan.Property(p => p.WarningSigns).IsJsonList();
        plan.Property(p => p.CopingStrategies).IsJsonList();
        plan.Property(p => p.Distractions).IsJsonList();
        plan.Property(p => p.PeopleToAsk).IsJsonList();
        plan.Property(p => p.ContactIds).IsJsonList();
        plan.Property(p => p.Professionals).IsJsonList();
        plan.Property(p => p.ProviderIds).IsJsonList();
        plan.Property(p => p.SafeEnvironment).IsJsonList();
        plan.Property(p => p.MattersMost).HasMaxLength(1000);

        var screening = Owned<ScreeningSettings>(modelBuilder, SafetySchema, "screening_settings");
        screening.HasIndex(s => s.UserId).IsUnique();
        screening.Property(s => s.OwnPhrases).IsJsonList();

        var alertRule = Owned<AlertRule>(modelBuilder, SafetySchema, "alert_rules");
        alertRule.HasIndex(r => new { r.UserId, r.CreatedAt });
        alertRule.Property(r => r.ContactIds).IsJsonList();
        // The trigger scan lists the people who have a rule it evaluates.
        alertRule.HasIndex(r => r.UserId).HasFilter("enabled AND \"trigger\" <> 'CrisisDetected'").HasDatabaseName("ix_alert_rules_scanned");
        // The 24 h check and the "what was sent" pages both read one person's deliveries by time.
        var alertDelivery = Owned<AlertDelivery>(modelBuilder, SafetySchema, "alert_deliveries");
        alertDelivery.HasIndex(d => new { d.UserId, d.SentAt });
        // One alert per event, rule, contact and channel; also finds what an event already sent when its risk rises later.
        alertDelivery.HasIndex(d => new { d.SafetyEventId, d.RuleId, d.ContactId, d.Channel }).IsUnique();
        alertDelivery.Property(d => d.ContactName).HasMaxLength(100);

        var reminder = Owned<Reminder>(modelBuilder, RemindersSchema, "reminders");
        reminder.HasIndex(r => new { r.UserId, r.CreatedAt });
        // The due-scan reads only reminders that are on.
        reminder.HasIndex(r => r.NextDueAt).HasFilter("enabled");
        reminder.HasOne<Medication>().WithMany().HasForeignKey(r => r.MedicationId).OnDelete(DeleteBehavior.Cascade);
        reminder.HasOne<HealthcareProvider>().WithMany().HasForeignKey(r => r.ProviderId).OnDelete(DeleteBehavior.Cascade);
        reminder.Property(r => r.Weekdays).IsJsonList();
        reminder.Property(r => r.Cron).HasMaxLength(ReminderCron.MaxLength);
        // One reminder made by Sanctum per thing (a medication, a provider, each check-in): /defaults run twice at
        // once, or alongside an appointment being set, cannot make two. NULLs count as equal so check-ins are covered.
        reminder.HasIndex(r => new { r.UserId, r.Target, r.MedicationId, r.ProviderId }).IsUnique().HasFilter("derived")
            .AreNullsDistinct(false).HasDatabaseName("ix_reminders_one_derived_per_thing");
    }

    private static void ConfigureNotifications(ModelBuilder modelBuilder)
    {
        var notification = Owned<Notification>(modelBuilder, NotificationsSchema, "notifications");
        notification.HasIndex(n => new { n.UserId, n.CreatedAt });
        notification.HasIndex(n => new { n.UserId, n.IdempotencyKey }).IsUnique();
        // The unread badge is asked for on every page; it counts only the few unread rows.
        notification.HasIndex(n => n.UserId).HasFilter("read_at IS NULL").HasDatabaseName("ix_notifications_unread");
        notification.Property(n => n.Title).HasMaxLength(200);
        notification.Property(n => n.Body).HasMaxLength(4000);
        notification.Property(n => n.RecipientEmail).HasMaxLength(320);
        notification.Property(n => n.RecipientPhone).HasMaxLength(40);
        notification.Property(n => n.LastError).HasMaxLength(1000);
        notification.Property(n => n.IdempotencyKey).HasMaxLength(200);

        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox", NotificationsSchema);
            // Stamped by the database, so QueueNotification needs no clock.
            outbox.Property(o => o.CreatedAt).HasDefaultValueSql("now()");
            outbox.HasIndex(o => o.CreatedAt).HasFilter("dispatched_at IS NULL").HasDatabaseName("ix_outbox_undispatched");
            outbox.HasIndex(o => o.NotificationId);
            outbox.HasOne<Notification>().WithMany().HasForeignKey(o => o.NotificationId).OnDelete(DeleteBehavior.Cascade);
            outbox.Property(o => o.JobType).HasMaxLength(60);
            outbox.Property(o => o.JobPayload).HasColumnType("jsonb");
            outbox.ToTable(t => t.HasCheckConstraint("ck_outbox_notification_or_job",
                "(notification_id IS NULL) <> (job_type IS NULL) AND (job_type IS NULL) = (job_payload IS NULL)"));
        });
    }

    private static void ConfigurePatterns(ModelBuilder modelBuilder)
    {
        // Lists and "the latest" read one person's analyses newest first; the scanner reads their latest by trigger.
        var analysis = Owned<StoredAnalysis>(modelBuilder, PatternsSchema, "analyses");
        analysis.HasIndex(a => new { a.UserId, a.RequestedAt });
        analysis.HasIndex(a => new { a.UserId, a.Trigger, a.RequestedAt });
        analysis.Property(a => a.Report).HasColumnType("jsonb");
        analysis.Property(a => a.Error).HasMaxLength(500);

        // One flag per finding per person: a later analysis refreshes it rather than adding a twin.
        var flag = Owned<StoredFlag>(modelBuilder, PatternsSchema, "flags");
        flag.HasIndex(f => new { f.UserId, f.Key }).IsUnique();
        flag.HasIndex(f => new { f.UserId, f.LastFoundAt });
        flag.Property(f => f.Key).HasMaxLength(200);
        flag.Property(f => f.Description).HasMaxLength(1000);
        flag.Property(f => f.SupportingData).IsJsonList();
        flag.HasOne<StoredAnalysis>().WithMany().HasForeignKey(f => f.AnalysisId).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>The opt-in trackers: day-based ones are one entry per day, moment-based ones are read by time.</summary>
    private static void ConfigureTrackers(ModelBuilder modelBuilder)
    {
        var menstrual = Owned<MenstrualEntry>(modelBuilder, TrackersSchema, "menstrual");
        menstrual.HasIndex(m => new { m.UserId, m.Date }).IsUnique();
        menstrual.Property(m => m.Symptoms).IsJsonList();
        menstrual.Property(m => m.DrspRatings).IsJsonDictionary();

        var abandonment = Owned<AbandonmentEntry>(modelBuilder, TrackersSchema, "abandonment");
        abandonment.HasIndex(a => new { a.UserId, a.OccurredAt });
        abandonment.Property(a => a.ThoughtPatterns).IsJsonList();

        var intensity = Owned<EmotionalIntensityEntry>(modelBuilder, TrackersSchema, "emotional_intensity");
        intensity.HasIndex(e => new { e.UserId, e.OccurredAt });
        intensity.Property(e => e.PhysicalSymptoms).IsJsonList();

        Owned<RelationshipEntry>(modelBuilder, TrackersSchema, "relationships").HasIndex(r => new { r.UserId, r.OccurredAt });

        var routine = Owned<RoutineEntry>(modelBuilder, TrackersSchema, "routines");
        routine.HasIndex(r => new { r.UserId, r.Date, r.Type }).IsUnique();
        routine.Property(r => r.CompletedSteps).IsJsonList();
        routine.Property(r => r.SkippedSteps).IsJsonList();
    }

    /// <summary>
    /// The companion's settings (one row per person), what it knows (one entry per category and key), and its
    /// sessions with their memory, their append-only log (searched by full text) and what they proposed.
    /// </summary>
    private static void ConfigureCompanion(ModelBuilder modelBuilder)
    {
        var configuration = Owned<CompanionConfiguration>(modelBuilder, CompanionSchema, "configurations");
        configuration.HasIndex(c => c.UserId).IsUnique();
        configuration.Property(c => c.TopicsToAvoid).IsJsonList();
        configuration.Property(c => c.ActiveProtocols).IsJsonNameList();

        // Also the list's order and its category filter: (user), (user, category), each ordered by key.
        var knowledge = Owned<KnowledgeEntry>(modelBuilder, CompanionSchema, "knowledge");
        knowledge.HasIndex(k => new { k.UserId, k.Category, k.Key }).IsUnique();
        knowledge.Property(k => k.Key).HasMaxLength(KnowledgeEntry.MaxKeyLength);
        knowledge.Property(k => k.Value).HasMaxLength(KnowledgeEntry.MaxValueLength);

        var session = Owned<CompanionSession>(modelBuilder, CompanionSchema, "sessions");
        session.HasIndex(s => new { s.UserId, s.StartedAt });
        session.Property(s => s.SkillsUsed).IsJsonList();
        session.Property(s => s.Summary).HasMaxLength(4000);
        session.Ignore(s => s.DurationMinutes);

        var memory = Owned<SessionMemory>(modelBuilder, CompanionSchema, "session_memories");
        memory.HasIndex(m => m.SessionId).IsUnique();
        memory.HasOne<CompanionSession>().WithOne().HasForeignKey<SessionMemory>(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
        memory.Property(m => m.State).HasColumnType("jsonb");
        // A write states the version it read; SaveChanges then only updates the row if nobody wrote in between.
        memory.Property(m => m.Version).IsConcurrencyToken();

        // The migration adds a trigger refusing UPDATE, and DELETE unless the owner's account is already gone.
        var log = Owned<SessionLogEntry>(modelBuilder, CompanionSchema, "session_log");
        log.HasIndex(l => new { l.UserId, l.LoggedAt });
        log.HasIndex(l => l.SessionId);
        log.HasOne<CompanionSession>().WithMany().HasForeignKey(l => l.SessionId).OnDelete(DeleteBehavior.Cascade);
        log.Property(l => l.Snapshot).HasColumnType("jsonb");
        log.Property(l => l.DayLabel).HasMaxLength(200);
        log.Property(l => l.Content).HasMaxLength(8000);
        log.HasGeneratedTsVectorColumn(l => l.SearchVector, "english", l => new { l.DayLabel, l.Content })
            .HasIndex(l => l.SearchVector).HasMethod("GIN");

        var proposal = Owned<ConversationProposal>(modelBuilder, CompanionSchema, "proposals");
        proposal.HasIndex(p => new { p.SessionId, p.CreatedAt });
        proposal.HasOne<CompanionSession>().WithMany().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        proposal.Property(p => p.Kind).HasMaxLength(40);
        proposal.Property(p => p.Payload).HasColumnType("jsonb");
    }

    /// <summary>The shared skills library (seeded from content) and each person's own list of skills.</summary>
    private static void ConfigureSkills(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Skill>(skill =>
        {
            skill.ToTable("skills", SkillsSchema);
            skill.HasKey(s => s.Key);
            skill.Property(s => s.Key).HasMaxLength(60);
            skill.Property(s => s.Name).HasMaxLength(100);
            skill.Property(s => s.Category).HasMaxLength(60);
            skill.Property(s => s.Steps).IsJsonList();
            skill.Property(s => s.Suits).IsJsonList();
            skill.Property(s => s.Aliases).IsJsonList();
            skill.HasIndex(s => new { s.Framework, s.Category, s.Name });
            // Weighted so a match in the name ranks above one in the steps; steps are jsonb, whose strings to_tsvector reads.
            skill.Property(s => s.SearchVector).HasComputedColumnSql(
                "setweight(to_tsvector('english'::regconfig, name) || to_tsvector('english'::regconfig, aliases), 'A') || "
                + "setweight(to_tsvector('english'::regconfig, summary), 'B') || "
                + "setweight(to_tsvector('english'::regconfig, when_to_use), 'C') || "
                + "setweight(to_tsvector('english'::regconfig, steps), 'D')", stored: true);
            skill.HasIndex(s => s.SearchVector).HasMethod("GIN");
        });

        var mine = Owned<UserSkill>(modelBuilder, SkillsSchema, "user_skills");
        mine.HasIndex(u => new { u.UserId, u.SkillKey }).IsUnique();
        mine.Property(u => u.SkillKey).HasMaxLength(60);
        mine.HasOne<Skill>().WithMany().HasForeignKey(u => u.SkillKey).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>A list of records a person keeps, read newest first one page at a time.</summary>
    private static void OwnedList<TRecord>(ModelBuilder modelBuilder, string table) where TRecord : PersonalRecord =>
        Owned<TRecord>(modelBuilder, IdentitySchema, table).HasIndex(r => new { r.UserId, r.CreatedAt });

    private static EntityTypeBuilder<TRecord> Owned<TRecord>(ModelBuilder modelBuilder, string schema, string table)
        where TRecord : PersonalRecord
    {
        var record = modelBuilder.Entity<TRecord>();
        record.ToTable(table, schema);
        record.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        return record;
    }
}
