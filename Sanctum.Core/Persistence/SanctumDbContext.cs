using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sanctum.Core.Compliance;
using Sanctum.Core.Identity;
using Sanctum.Core.Profile;

namespace Sanctum.Core.Persistence;

/// <summary>
/// The one database. Each module keeps its tables in its own schema so that modules can later be
/// split out without untangling foreign keys across them.
/// </summary>
public sealed class SanctumDbContext(DbContextOptions<SanctumDbContext> options) : DbContext(options)
{
    public const string IdentitySchema = "identity";
    public const string ComplianceSchema = "compliance";

    public DbSet<User> Users => Set<User>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<Profile.Profile> Profiles => Set<Profile.Profile>();
    public DbSet<EmergencyContact> EmergencyContacts => Set<EmergencyContact>();
    public DbSet<HealthcareProvider> HealthcareProviders => Set<HealthcareProvider>();
    public DbSet<Medication> Medications => Set<Medication>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

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
            // A plain jsonb column (not an owned type) so edits count as a change of the profile itself.
            profile.Property(p => p.Diagnoses).HasColumnType("jsonb").HasConversion(
                diagnoses => JsonSerializer.Serialize(diagnoses, JsonSerializerOptions.Web),
                json => JsonSerializer.Deserialize<List<Diagnosis>>(json, JsonSerializerOptions.Web) ?? new List<Diagnosis>(),
                new ValueComparer<List<Diagnosis>>(
                    (left, right) => left!.SequenceEqual(right!),
                    diagnoses => diagnoses.Aggregate(0, (hash, diagnosis) => HashCode.Combine(hash, diagnosis)),
                    diagnoses => diagnoses.ToList()));
        });

        OwnedList<EmergencyContact>(modelBuilder, "emergency_contacts");
        OwnedList<HealthcareProvider>(modelBuilder, "healthcare_providers");
        OwnedList<Medication>(modelBuilder, "medications");

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

    /// <summary>A list of records a person keeps, read newest first one page at a time.</summary>
    private static void OwnedList<TRecord>(ModelBuilder modelBuilder, string table) where TRecord : PersonalRecord
    {
        modelBuilder.Entity<TRecord>(record =>
        {
            record.ToTable(table, IdentitySchema);
            record.HasIndex(r => new { r.UserId, r.CreatedAt });
            record.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
