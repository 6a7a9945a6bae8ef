using Cronos;

namespace Sanctum.Core.Reminders;

/// <summary>
/// Five-part cron expressions (minute hour day-of-month month day-of-week) read by Cronos, which walks the
/// person's zone across daylight-saving changes. A rejected expression is explained by the part that is wrong.
/// </summary>
public static class ReminderCron
{
    private static readonly (string Name, string Allowed)[] Parts =
    [
        ("minute", "0-59"),
        ("hour", "0-23"),
        ("day-of-month", "1-31"),
        ("month", "1-12 or JAN-DEC"),
        ("day-of-week", "0-7 or SUN-SAT"),
    ];

    public const int MaxLength = 100;

    /// <summary>The parsed expression, or null with a message naming the part that is wrong.</summary>
    public static CronExpression? TryParse(string? text, out string? error)
    {
        error = null;
        var fields = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != Parts.Length || text!.Length > MaxLength)
        {
            error = "Needs five parts separated by spaces: minute hour day-of-month month day-of-week.";
            return null;
        }

        if (CronExpression.TryParse(string.Join(' ', fields), CronFormat.Standard, out var expression)) return expression;

        // Cronos reports only that the whole expression is wrong, so try each part alone among wildcards to name it.
        for (var i = 0; i < fields.Length; i++)
        {
            var alone = Enumerable.Repeat("*", fields.Length).ToArray();
            alone[i] = fields[i];
            if (CronExpression.TryParse(string.Join(' ', alone), CronFormat.Standard, out _)) continue;
            error = $"The {Parts[i].Name} part \"{fields[i]}\" is not valid; it takes {Parts[i].Allowed}, with *, lists, ranges and /steps.";
            return null;
        }

        error = "These parts do not go together (for example a day-of-month that no month has).";
        return null;
    }
}
