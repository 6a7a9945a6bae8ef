using Sanctum.Core.Medications;
using Sanctum.Core.Mood;

namespace Sanctum.Core.Safety.Alerts;

/// <summary>
/// What the trigger scan knows about one person: their zone, medication schedules and dose logs, mood shifts (with
/// the last one before the window) and the local days they filled a morning/evening check-in or a diary card.
/// </summary>
public sealed record AlertFacts(
    TimeZoneInfo Zone,
    IReadOnlyList<DoseSchedule> Schedules,
    IReadOnlyList<DoseLog> DoseLogs,
    IReadOnlyList<ShiftPoint> Shifts,
    IReadOnlyCollection<DateOnly> CheckInDays);

/// <summary>
/// Whether a rule's trigger holds now, for the triggers a periodic scan evaluates. Pure: days are the person's local
/// days, and only days from the one the rule was made count, so making a rule never alerts about the past.
/// </summary>
public static class AlertConditions
{
    /// <summary>The rapid-cycling trigger counts days in this window, today included.</summary>
    public const int RapidCyclingWindowDays = 7;

    /// <summary>The allowed number of days per trigger.</summary>
    public static (int Min, int Max) DaysRange(AlertTrigger trigger) => trigger switch
    {
        AlertTrigger.MissedMedication => (1, 14),
        AlertTrigger.RapidCycling => (1, RapidCyclingWindowDays),
        AlertTrigger.NoCheckIn => (1, 30),
        _ => (0, 0),
    };

    /// <summary>The earliest local day any trigger looks at: the longest window, and the day before it.</summary>
    public static DateOnly EarliestDay(DateOnly today) => today.AddDays(-(DaysRange(AlertTrigger.NoCheckIn).Max + 1));

    /// <summary>Crisis rules fire on events, never on the scan.</summary>
    public static bool Holds(AlertRule rule, AlertFacts facts, DateTimeOffset now)
    {
        if (!rule.Enabled || rule.Days is not { } days) return false;
        var watchFrom = ZonedTime.DateOf(facts.Zone, rule.CreatedAt);
        return rule.Trigger switch
        {
            AlertTrigger.MissedMedication => MissedMedication(days, watchFrom, facts, now),
            AlertTrigger.RapidCycling => RapidCycling(days, watchFrom, facts, now),
            AlertTrigger.NoCheckIn => NoCheckIn(days, watchFrom, facts, now),
            _ => false,
        };
    }

    /// <summary>
    /// On each of the last <paramref name="days"/> whole local days (today can still be taken, so it waits), at least
    /// one dose was due and at least one due dose was not logged as taken. A day with nothing due breaks the run.
    /// </summary>
    public static bool MissedMedication(int days, DateOnly watchFrom, AlertFacts facts, DateTimeOffset now)
    {
        var today = ZonedTime.DateOf(facts.Zone, now);
        var (from, to) = (today.AddDays(-days), today.AddDays(-1));
        if (from < watchFrom) return false;
        var byDay = AdherenceCalculator.Doses(facts.Schedules, facts.DoseLogs, from, to, facts.Zone).ToLookup(d => d.Date);
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (!byDay[day].Any(d => d.Log?.Status != DoseStatus.Taken)) return false;
        }

        return true;
    }

    /// <summary>
    /// At least <paramref name="days"/> of the last seven local days (today so far included) were rapid-cycling days
    /// as <see cref="MoodDay.IsRapidCycling"/> defines them.
    /// </summary>
    public static bool RapidCycling(int days, DateOnly watchFrom, AlertFacts facts, DateTimeOffset now)
    {
        var today = ZonedTime.DateOf(facts.Zone, now);
        var first = today.AddDays(1 - RapidCyclingWindowDays);
        if (first < watchFrom) first = watchFrom;
        var count = 0;
        for (var day = first; day <= today; day = day.AddDays(1))
        {
            if (MoodDay.IsRapidCycling(MoodDay.Summarise(day, facts.Zone, facts.Shifts, now))) count++;
        }

        return count >= days;
    }

    /// <summary>Nothing logged on the last <paramref name="days"/> whole local days, nor so far today.</summary>
    public static bool NoCheckIn(int days, DateOnly watchFrom, AlertFacts facts, DateTimeOffset now)
    {
        var today = ZonedTime.DateOf(facts.Zone, now);
        var from = today.AddDays(-days);
        if (from < watchFrom) return false;
        var logged = facts.CheckInDays.Concat(facts.Shifts.Select(s => ZonedTime.DateOf(facts.Zone, s.OccurredAt)));
        return !logged.Any(d => d >= from && d <= today);
    }
}
