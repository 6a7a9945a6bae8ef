namespace Sanctum.Core.Trackers;

public enum CyclePhase
{
    Menstrual,
    Follicular,
    Ovulatory,
    Luteal,

    /// <summary>The premenstrual week: the last days of the luteal phase, when PMDD symptoms are rated (DRSP).</summary>
    LateLuteal,
}

/// <summary>One day's place in a cycle: the day count from its start, and the phase when it can be placed.</summary>
public sealed record CycleDayInfo(DateOnly Date, DateOnly CycleStart, int CycleDay, CyclePhase? Phase);

/// <summary>
/// Each day's cycle day and phase, from a person's menstrual tracker entries. The rule:
/// <list type="number">
/// <item>A cycle starts on the day the person counted as day 1: an entry with cycle day c on date D says the cycle began
/// on D - (c - 1). Where they gave no count, it starts on the first day of bleeding (light, medium or heavy; spotting
/// is not a start) after at least <see cref="BleedFreeDays"/> days with no bleeding logged. Their own count wins: a
/// bleeding start within <see cref="MinimumCycleDays"/> days of a counted one is the same period.</item>
/// <item>Starts under <see cref="MinimumCycleDays"/> days after the previous one belong to the same cycle (the earlier is kept).</item>
/// <item>A day's cycle day counts from the latest start on or before it. Past <see cref="MaximumCycleDays"/> days with
/// no new start logged, tracking has a gap: those days get no cycle day.</item>
/// <item>Phases count back from the next start, because the luteal phase is the steadier length (about 14 days); for
/// the latest cycle, from the expected next start (the person's median cycle length, or <see cref="TypicalCycleDays"/>
/// before they have a whole cycle). Menstrual: days 1-5. Late luteal: the <see cref="PremenstrualDays"/> days before the
/// next start (the "final week before menses" of the PMDD criteria). Ovulatory: the 3 days around cycle day
/// (length - 14), day 14 of a 28-day cycle.
/// Follicular: between menstrual and ovulatory; luteal: from ovulatory to late luteal. A day past the expected next
/// start, with none logged yet, has a cycle day but no phase.</item>
/// </list>
/// </summary>
public static class MenstrualCycle
{
    public const int BleedFreeDays = 7;
    public const int MinimumCycleDays = 15;
    public const int MaximumCycleDays = 45;
    public const int TypicalCycleDays = 28;
    public const int PremenstrualDays = 7;
    private const int MenstrualDays = 5;
    /// <summary>Ovulation falls this many days before the next start: day 14 of a 28-day cycle, whose next day 1 is its day 29.</summary>
    private const int OvulationBeforeNext = 15;

    /// <summary>How far around a period the entries must reach to place its days: a whole cycle either side.</summary>
    public const int LookAroundDays = MaximumCycleDays;

    /// <summary>Cycle starts, oldest first, by the rule above.</summary>
    public static IReadOnlyList<DateOnly> Starts(IEnumerable<MenstrualEntry> entries)
    {
        var list = entries.OrderBy(e => e.Date).ToList();
        var counted = Merge(list.Where(e => e.CycleDay is >= 1).Select(e => e.Date.AddDays(1 - e.CycleDay!.Value)));
        var bleeding = list.Where(e => e.Flow is MenstrualFlow.Light or MenstrualFlow.Medium or MenstrualFlow.Heavy).Select(e => e.Date).ToList();
        var fromFlow = bleeding
            .Where((day, i) => i == 0 || day.DayNumber - bleeding[i - 1].DayNumber > BleedFreeDays)
            .Where(day => !counted.Any(c => Math.Abs(c.DayNumber - day.DayNumber) < MinimumCycleDays));
        return Merge(counted.Concat(fromFlow));
    }

    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/> that can be placed in a cycle.</summary>
    public static IReadOnlyDictionary<DateOnly, CycleDayInfo> Days(IEnumerable<MenstrualEntry> entries, DateOnly from, DateOnly to)
    {
        var starts = Starts(entries);
        var days = new Dictionary<DateOnly, CycleDayInfo>();
        if (starts.Count == 0) return days;
        var lengths = starts.Zip(starts.Skip(1), (a, b) => b.DayNumber - a.DayNumber).Where(l => l <= MaximumCycleDays).Order().ToList();
        var expected = lengths.Count == 0 ? TypicalCycleDays : lengths[lengths.Count / 2];
        var index = 0;
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            while (index + 1 < starts.Count && starts[index + 1] <= date) index++;
            var start = starts[index];
            var cycleDay = date.DayNumber - start.DayNumber + 1;
            if (start > date || cycleDay > MaximumCycleDays) continue;
            var next = index + 1 < starts.Count && starts[index + 1].DayNumber - start.DayNumber <= MaximumCycleDays
                ? starts[index + 1]
                : start.AddDays(expected);
            days[date] = new CycleDayInfo(date, start, cycleDay, date < next ? Phase(cycleDay, next.DayNumber - date.DayNumber) : null);
        }

        return days;
    }

    private static CyclePhase Phase(int cycleDay, int daysToNext)
    {
        if (cycleDay <= MenstrualDays) return CyclePhase.Menstrual;
        if (daysToNext <= PremenstrualDays) return CyclePhase.LateLuteal;
        var fromOvulation = OvulationBeforeNext - daysToNext;
        return fromOvulation switch
        {
            < -1 => CyclePhase.Follicular,
            <= 1 => CyclePhase.Ovulatory,
            _ => CyclePhase.Luteal,
        };
    }

    private static List<DateOnly> Merge(IEnumerable<DateOnly> candidates)
    {
        var kept = new List<DateOnly>();
        foreach (var day in candidates.Order())
        {
            if (kept.Count == 0 || day.DayNumber - kept[^1].DayNumber >= MinimumCycleDays) kept.Add(day);
        }

        return kept;
    }
}
