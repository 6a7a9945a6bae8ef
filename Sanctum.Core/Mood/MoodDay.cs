namespace Sanctum.Core.Mood;

/// <summary>The facts of one shift the day summary needs.</summary>
public readonly record struct ShiftPoint(DateTimeOffset OccurredAt, string State, FunctionalityLevel Functionality);

public sealed record StateMinutes(string State, int Minutes);

/// <summary>
/// One local day of mood states (the rapid-cycling view). A "state period" is a stretch in one state: the one
/// carried over from before midnight plus one per shift logged that day.
/// </summary>
public sealed record MoodDaySummary(
    DateOnly Date,
    int TotalShifts,
    int TotalStates,
    int DistinctStates,
    string? CarriedOverState,
    IReadOnlyList<StateMinutes> TimeInStates,
    int? AverageDurationMinutes,
    int CrisisCount,
    int FunctionalCount,
    int TrackedMinutes);

/// <summary>
/// Computes a day summary from shifts alone (no database), in the person's zone. A state lasts until the next shift;
/// the day runs from local midnight to the next local midnight (23 or 25 hours on clock-change days) or to now if
/// that comes first.
/// </summary>
public static class MoodDay
{
    /// <param name="shifts">Shifts ordered by time; may include ones before and after the day (they are ignored,
    /// except the last one before the day, which sets the state carried over midnight).</param>
    public static MoodDaySummary Summarise(DateOnly date, TimeZoneInfo zone, IReadOnlyList<ShiftPoint> shifts, DateTimeOffset now)
    {
        var start = ZonedTime.StartOf(zone, date);
        var end = ZonedTime.StartOf(zone, date.AddDays(1));
        if (now < end) end = now < start ? start : now;

        var periods = new List<(ShiftPoint Shift, DateTimeOffset From)>();
        ShiftPoint? carried = null;
        foreach (var shift in shifts)
        {
            if (shift.OccurredAt < start) carried = shift;
            else if (shift.OccurredAt < end) periods.Add((shift, shift.OccurredAt));
        }

        var totalShifts = periods.Count;
        // A shift at exactly midnight replaces the carried-over state rather than lasting zero minutes beside it.
        var carriedOver = carried is { } before && (periods.Count == 0 || periods[0].From > start) && end > start ? before : (ShiftPoint?)null;
        if (carriedOver is { } carriedShift) periods.Insert(0, (carriedShift, start));

        var durations = new Dictionary<string, TimeSpan>();
        var order = new List<string>();
        for (var i = 0; i < periods.Count; i++)
        {
            var until = i + 1 < periods.Count ? periods[i + 1].From : end;
            var state = periods[i].Shift.State;
            if (!durations.ContainsKey(state))
            {
                durations[state] = TimeSpan.Zero;
                order.Add(state);
            }

            durations[state] += until - periods[i].From;
        }

        var tracked = durations.Values.Aggregate(TimeSpan.Zero, (sum, d) => sum + d);
        return new MoodDaySummary(
            date,
            totalShifts,
            periods.Count,
            durations.Count,
            carriedOver?.State,
            order.Select(s => new StateMinutes(s, WholeMinutes(durations[s]))).ToList(),
            periods.Count == 0 ? null : WholeMinutes(tracked / periods.Count),
            periods.Count(p => p.Shift.Functionality == FunctionalityLevel.Crisis),
            periods.Count(p => p.Shift.Functionality is FunctionalityLevel.Functional or FunctionalityLevel.High),
            WholeMinutes(tracked));
    }

    /// <summary>
    /// Sanctum's working line for a rapid-cycling day (a pattern to discuss with a provider, never a diagnosis): mood
    /// moved through at least this many different states in one local day, the state carried over midnight included.
    /// </summary>
    public const int RapidCyclingStates = 3;

    public static bool IsRapidCycling(MoodDaySummary day) => day.DistinctStates >= RapidCyclingStates;

    private static int WholeMinutes(TimeSpan span) => (int)Math.Round(span.TotalMinutes, MidpointRounding.AwayFromZero);
}
