using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Notifications;
using Sanctum.Core.Persistence;

namespace Sanctum.Core.Reminders;

/// <summary>What one delivery pass did.</summary>
public sealed record ReminderDeliveryResult(int Due, int Sent);

/// <summary>
/// Sends the reminders that have come due, in the app or by email through the outbox, and moves each on to its next time, in one
/// transaction: the notification goes through the outbox with the reminder's advance, or neither happens.
/// </summary>
public static class ReminderDelivery
{
    public static async Task<ReminderDeliveryResult> DeliverDueAsync(
        SanctumDbContext db, DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // SKIP LOCKED: Workers replicas each claim different reminders, so none is sent twice at once.
            var claimed = await db.Reminders
                .FromSql($"""
                    SELECT * FROM reminders.reminders WHERE enabled AND next_due_at <= {now}
                    ORDER BY next_due_at LIMIT {limit} FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(cancellationToken);
            var due = await DueReminders.DecideAsync(db, claimed, now, cancellationToken);
            if (due.Count == 0) return new ReminderDeliveryResult(0, 0);

            var toSend = due.Where(d => d.Outcome.Fire).ToList();
            var keys = toSend.SelectMany(d => Deliveries(d.Reminder, now).Select(x => x.Key)).ToList();
            var userIds = toSend.Select(d => d.Reminder.UserId).Distinct().ToList();
            // Should an occurrence come round again (an edit made on a server whose clock lags this one), its
            // notification is not queued twice; the unique key would refuse it and fail the whole pass.
            var alreadySent = (await db.Notifications.AsNoTracking()
                    .Where(n => userIds.Contains(n.UserId) && keys.Contains(n.IdempotencyKey))
                    .Select(n => new { n.UserId, n.IdempotencyKey })
                    .ToListAsync(cancellationToken))
                .Select(n => (n.UserId, n.IdempotencyKey)).ToHashSet();
            var names = await NamesAsync(db, toSend, cancellationToken);
            var emailUserIds = toSend.Where(d => d.Reminder.Channel != ReminderChannel.InApp).Select(d => d.Reminder.UserId).Distinct().ToList();
            var emails = emailUserIds.Count == 0 ? [] : await db.Users.AsNoTracking()
                .Where(u => emailUserIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);

            var sent = 0;
            foreach (var (reminder, outcome, zone) in due)
            {
                var occurrence = reminder.OccurrenceAt ?? now;
                if (outcome.Fire)
                {
                    foreach (var (channel, key) in Deliveries(reminder, now))
                    {
                        if (alreadySent.Contains((reminder.UserId, key))) continue;
                        // The person's own names (a medication, a provider) stay in the app; an email says only what kind.
                        var (title, body) = ReminderText.For(reminder, occurrence, zone,
                            channel == NotificationChannel.Email ? names.WithoutTheirWords() : names);
                        db.QueueNotification(new Notification
                        {
                            UserId = reminder.UserId,
                            Channel = channel,
                            Kind = NotificationKind.Reminder,
                            Title = title,
                            Body = body,
                            RecipientEmail = channel == NotificationChannel.Email ? emails[reminder.UserId] : null,
                            IdempotencyKey = key,
                            CreatedAt = now,
                        });
                        sent++;
                    }
                    reminder.MarkSent(occurrence, now);
                }

                // From the later of the occurrence and now, so Workers back after an outage send the one reminder
                // that was missed rather than one for every occurrence it slept through.
                reminder.Reschedule(zone, occurrence > now ? occurrence : now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ReminderDeliveryResult(due.Count, sent);
        });

    /// <summary>Each channel the reminder goes to, with its idempotency key (<see cref="ReminderKeys"/>).</summary>
    private static IEnumerable<(NotificationChannel Channel, string Key)> Deliveries(Reminder reminder, DateTimeOffset now)
    {
        var occurrence = reminder.OccurrenceAt ?? now;
        if (reminder.Channel != ReminderChannel.Email)
            yield return (NotificationChannel.InApp, ReminderKeys.For(reminder.Id, occurrence, reminder.SnoozedUntil, email: false));
        if (reminder.Channel != ReminderChannel.InApp)
            yield return (NotificationChannel.Email, ReminderKeys.For(reminder.Id, occurrence, reminder.SnoozedUntil, email: true));
    }

    private static async Task<ReminderNames> NamesAsync(
        SanctumDbContext db, IReadOnlyList<DueReminder> toSend, CancellationToken cancellationToken)
    {
        var medicationIds = toSend.Where(d => d.Reminder.MedicationId is not null).Select(d => d.Reminder.MedicationId!.Value).ToList();
        var providerIds = toSend.Where(d => d.Reminder.ProviderId is not null).Select(d => d.Reminder.ProviderId!.Value).ToList();
        var medications = medicationIds.Count == 0 ? [] : await db.Medications.AsNoTracking()
            .Where(m => medicationIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var providers = providerIds.Count == 0 ? [] : await db.HealthcareProviders.AsNoTracking()
            .Where(p => providerIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => ((string?)p.Name, p.NextAppointmentAt), cancellationToken);
        return new ReminderNames(medications, providers);
    }
}
