namespace Sanctum.Core.Companion;

/// <summary>The day a log snapshot belongs to, in the words people count their treatment in.</summary>
public static class SessionDayLabel
{
    /// <summary>
    /// "Day N on X" for the most recently started medication that had started by <paramref name="today"/> (day 1 is
    /// its start date), because the newest change is the one a person and their psychiatrist are watching; otherwise
    /// the local date written out.
    /// </summary>
    public static string For(DateOnly today, IEnumerable<(string Name, DateOnly? StartDate)> medications)
    {
        var latest = medications
            .Where(m => m.StartDate is { } start && start <= today)
            .OrderByDescending(m => m.StartDate).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault();
        return latest.StartDate is { } started
            ? $"Day {today.DayNumber - started.DayNumber + 1} on {latest.Name.Trim()}"
            : today.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
    }
}
