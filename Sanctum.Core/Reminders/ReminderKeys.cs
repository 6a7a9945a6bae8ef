using System.Globalization;

namespace Sanctum.Core.Reminders;

/// <summary>
/// A reminder notification's idempotency key: one per reminder, scheduled instant and channel, however often a
/// delivery pass runs. A snooze's end is part of it, so an occurrence snoozed after it went out is sent again once,
/// when the snooze ends. The key also says which reminder a notification came from (to snooze it from there).
/// </summary>
public static class ReminderKeys
{
    private const string Prefix = "reminder:";

    public static string For(Guid reminderId, DateTimeOffset occurrence, DateTimeOffset? snoozedUntil, bool email)
    {
        var key = $"{Prefix}{reminderId}:{Instant(occurrence)}";
        if (snoozedUntil is { } until) key += $":snoozed:{Instant(until)}";
        return email ? key + ":email" : key;
    }

    /// <summary>The reminder a notification was sent for, or null when the key is not a reminder's.</summary>
    public static Guid? ReminderIdOf(string idempotencyKey) =>
        idempotencyKey.StartsWith(Prefix, StringComparison.Ordinal)
        && Guid.TryParseExact(idempotencyKey.AsSpan(Prefix.Length, Math.Min(36, idempotencyKey.Length - Prefix.Length)), "D", out var id)
            ? id : null;

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
