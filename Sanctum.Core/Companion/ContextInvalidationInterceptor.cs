using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Sanctum.Core.Identity;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Patterns;
using Sanctum.Core.Profile;
using Sanctum.Core.Safety;

namespace Sanctum.Core.Companion;

/// <summary>
/// Marks a person's cached companion context stale (<see cref="ContextCache"/>) whenever a record it is built from
/// changes, through any path that saves through EF: the Api's endpoints and the Workers' jobs (pattern flags) alike,
/// since both register it. It notes the owners while saving and bumps their version only once the change is
/// committed: straight after SaveChanges, or, inside an explicit transaction, when that transaction commits (a bump
/// before then would let a build read the old rows and cache them under the new version).
/// </summary>
public sealed class ContextInvalidationInterceptor(ContextCache cache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>The records <see cref="CompanionContextBuilder"/> reads; a change to any of them changes the context.</summary>
    public static readonly IReadOnlySet<Type> Inputs = new HashSet<Type>
    {
        typeof(MoodShift), typeof(DailyBaseline), typeof(DoseLog), typeof(Medication), typeof(Profile.Profile),
        typeof(EmergencyContact), typeof(HealthcareProvider), typeof(KnowledgeEntry), typeof(CompanionConfiguration), typeof(ScreeningSettings),
        typeof(SafetyPlan), typeof(StoredFlag),
    };

    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _saving = [];
    private readonly ConditionalWeakTable<DbTransaction, HashSet<Guid>> _uncommitted = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Saved(eventData.Context) is { Count: > 0 } owners) cache.Invalidate(owners);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Saved(eventData.Context) is { Count: > 0 } owners) await cache.InvalidateAsync(owners);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context) _saving.Remove(context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Committed(transaction) is { } owners) cache.Invalidate(owners);
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Committed(transaction) is { } owners) await cache.InvalidateAsync(owners);
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _uncommitted.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _uncommitted.Remove(transaction);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null) return;
        var owners = context.ChangeTracker.Entries<PersonalRecord>()
            .Where(e => (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) && Inputs.Contains(e.Metadata.ClrType))
            .Select(e => e.Entity.UserId);
        // The context's days and times are in the person's zone, kept on their account rather than a personal record.
        var moved = context.ChangeTracker.Entries<User>()
            .Where(e => e.State == EntityState.Modified && e.Property(u => u.TimeZone).IsModified).Select(e => e.Entity.Id);
        // A save retried by the execution strategy notes again; the set keeps each owner once.
        _saving.GetOrCreateValue(context).UnionWith(owners.Concat(moved));
    }

    /// <summary>Owners whose change is committed now; those inside an explicit transaction wait for its commit.</summary>
    private HashSet<Guid>? Saved(DbContext? context)
    {
        if (context is null || !_saving.TryGetValue(context, out var owners)) return null;
        _saving.Remove(context);
        if (context.Database.CurrentTransaction?.GetDbTransaction() is not { } transaction) return owners;
        _uncommitted.GetOrCreateValue(transaction).UnionWith(owners);
        return null;
    }

    private HashSet<Guid>? Committed(DbTransaction transaction)
    {
        if (!_uncommitted.TryGetValue(transaction, out var owners)) return null;
        _uncommitted.Remove(transaction);
        return owners;
    }
}
