using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sanctum.Core.Persistence;
using Sanctum.Core.Profile;

namespace Sanctum.Core.Reminders;

/// <summary>
/// Keeps reminders in step with what they are for, in the same save as the change (<see cref="ReminderSources"/>):
/// a medication's dose times or stopping it, a provider's next appointment set, moved or cleared. Being an
/// interceptor, it holds for every path that edits those records, not just today's endpoints. Registered before the
/// auditing interceptor, so the reminders it changes are audited like any other write.
/// </summary>
public sealed class ReminderSourcesInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // Following needs queries; Sanctum saves asynchronously everywhere, so a synchronous save of a source is a bug.
        if (eventData.Context is { } context && Sources(context).Any())
            throw new InvalidOperationException("Save medications and providers with SaveChangesAsync so their reminders follow.");
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is SanctumDbContext db) await FollowAsync(db, cancellationToken);
        return result;
    }

    /// <summary>Medications whose schedule or active flag changed, providers whose next appointment was set or changed.</summary>
    private static IEnumerable<PersonalRecord> Sources(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var medications = context.ChangeTracker.Entries<Medication>().Where(e => e.State == EntityState.Modified
            && (e.Property(m => m.ScheduleTimes).IsModified || e.Property(m => m.Active).IsModified)).Select(e => (PersonalRecord)e.Entity);
        var providers = context.ChangeTracker.Entries<HealthcareProvider>().Where(e =>
            (e.State == EntityState.Added && e.Entity.NextAppointmentAt is not null)
            || (e.State == EntityState.Modified && e.Property(p => p.NextAppointmentAt).IsModified)).Select(e => (PersonalRecord)e.Entity);
        return medications.Concat(providers).ToList();
    }

    private async Task FollowAsync(SanctumDbContext db, CancellationToken cancellationToken)
    {
        var sources = Sources(db).ToList();
        if (sources.Count == 0) return;

        var ids = sources.Select(s => (Guid?)s.Id).ToList();
        var reminders = await db.Reminders
            .Where(r => ids.Contains(r.MedicationId) || ids.Contains(r.ProviderId)).ToListAsync(cancellationToken);
        // A save retried by the execution strategy still holds the reminders made on its first try.
        reminders.AddRange(db.ChangeTracker.Entries<Reminder>().Where(e => e.State == EntityState.Added).Select(e => e.Entity));
        var userIds = sources.Select(s => s.UserId).Distinct().ToList();
        var zones = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => TimeZoneInfo.FindSystemTimeZoneById(u.TimeZone), cancellationToken);
        var now = time.GetUtcNow();

        foreach (var source in sources)
        {
            var zone = zones[source.UserId];
            switch (source)
            {
                case Medication medication:
                    foreach (var reminder in reminders.Where(r => r.MedicationId == medication.Id))
                        if (ReminderSources.FollowMedication(reminder, medication)) reminder.Reschedule(zone, now);
                    break;
                case HealthcareProvider provider:
                    var own = reminders.Where(r => r.ProviderId == provider.Id).ToList();
                    foreach (var reminder in own)
                        if (ReminderSources.FollowAppointment(reminder, provider)) reminder.Reschedule(zone, now);
                    // Only where the person has none for this provider; one they deleted comes back when an appointment
                    // is next set, so turning it off is how to keep it quiet.
                    if (own.Count == 0 && provider.NextAppointmentAt > now)
                    {
                        var made = ReminderSources.ForAppointment(provider);
                        made.Reschedule(zone, now);
                        db.Reminders.Add(made);
                    }
                    break;
            }
        }
    }
}
