using Npgsql;

namespace Sanctum.Bench;

/// <summary>
/// Where an alert's time goes, from the timestamps the app keeps on its outbox rows and notifications (all services
/// share this machine's clock): the relay queueing the crisis.detected job, the job queueing the alert, the relay
/// queueing its email job, and that job's SMTP send.
/// </summary>
public static class AlertStages
{
    private static readonly string[] Names =
    [
        "commit -> crisis.detected job queued (outbox relay)",
        "job queued -> alert notification written (job processor, alert rules)",
        "alert written -> email job queued (outbox relay)",
        "email job queued -> SMTP send done (job processor, SMTP)",
    ];

    /// <param name="contactEmails">The benchmark's contacts: only their alerts count.</param>
    public static async Task<IReadOnlyList<(string Stage, Measurement Times)>> MeasureAsync(string connectionString, string[] contactEmails)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT crisis.created_at, crisis.dispatched_at, n.created_at, email.dispatched_at, n.sent_at
            FROM notifications.notifications n
            JOIN notifications.outbox email ON email.notification_id = n.id
            JOIN safety.events e ON e.user_id = n.user_id
            JOIN notifications.outbox crisis ON crisis.job_type = 'crisis.detected' AND crisis.job_payload ->> 'safetyEventId' = e.id::text
            WHERE n.recipient_email = ANY($1) AND n.sent_at IS NOT NULL
            """, connection);
        command.Parameters.AddWithValue(contactEmails);
        var durations = Names.Select(_ => new List<double>()).ToArray();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                for (var stage = 0; stage < Names.Length; stage++)
                    durations[stage].Add((reader.GetDateTime(stage + 1) - reader.GetDateTime(stage)).TotalMilliseconds);
            }
        }
        return [.. Names.Select((name, stage) => (name, Measurement.From(0, null, TimeSpan.Zero, durations[stage])))];
    }
}
