using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sanctum.Core.Compliance;

/// <summary>
/// Stamps created/updated times and writes an audit row for every change to a personal record,
/// in the same transaction as the change itself, so no write can escape the trail.
/// </summary>
public sealed class AuditingInterceptor(IAuditContext auditContext, TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not null) AuditChanges(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null) AuditChanges(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AuditChanges(DbContext context)
    {
        // Interceptors run before EF's own change detection; detect now so edits made to tracked objects count.
        context.ChangeTracker.DetectChanges();
        var now = time.GetUtcNow();
        var events = new List<AuditEvent>();

        foreach (var entry in context.ChangeTracker.Entries<PersonalRecord>())
        {
            string action;
            string? details = null;
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.CreatedAt = now;
                    entry.Entity.UpdatedAt = now;
                    action = "created";
                    break;
                case EntityState.Modified:
                    var changed = ChangedAuditedProperties(entry);
                    if (changed.Count == 0) continue;
                    entry.Entity.UpdatedAt = now;
                    action = "updated";
                    details = string.Join(", ", changed);
                    break;
                case EntityState.Deleted:
                    action = "deleted";
                    break;
                default:
                    continue;
            }

            events.Add(new AuditEvent
            {
                SubjectUserId = entry.Entity.UserId,
                ActorUserId = auditContext.ActorFor(entry.Entity.UserId),
                Action = action,
                EntityType = AuditNames.EntityType(entry.Metadata.ClrType),
                EntityId = entry.Entity.Id.ToString(),
                OccurredAt = now,
                RequestId = auditContext.RequestId,
                Details = details,
            });
        }

        context.AddRange(events);
    }

    private static List<string> ChangedAuditedProperties(EntityEntry<PersonalRecord> entry)
    {
        var changed = new List<string>();
        foreach (var property in entry.Properties)
        {
            if (!property.IsModified || property.Metadata.PropertyInfo is not { } info) continue;
            if (info.GetCustomAttribute<NotAuditedAttribute>() is not null) continue;
            if (info.Name is nameof(PersonalRecord.UpdatedAt) or nameof(PersonalRecord.CreatedAt)) continue;
            changed.Add(AuditNames.Field(info.Name));
        }

        return changed;
    }
}

/// <summary>Names as a person reads them in their audit trail: "emergency_contact", "alerts_opt_in".</summary>
public static class AuditNames
{
    public static string EntityType(Type type) => SnakeCase(type.Name);

    public static string Field(string propertyName) => SnakeCase(propertyName);

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
