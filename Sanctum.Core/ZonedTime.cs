namespace Sanctum.Core;

/// <summary>Local wall-clock times in a person's IANA zone, turned into the UTC instants Sanctum stores.</summary>
public static class ZonedTime
{
    /// <summary>
    /// A time skipped by a spring-forward gap happens at the moment the clocks jump to (02:30 on a day that goes
    /// 02:00 -> 03:00 is 03:00 local, so a dose scheduled then is still due that day, once); an ambiguous fall-back
    /// time is its first occurrence (the earlier, daylight-time one), so it is due once, not twice.
    /// </summary>
    public static DateTimeOffset ToUtc(TimeZoneInfo zone, DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var beforeGap = local.AddMinutes(-1);
            while (zone.IsInvalidTime(beforeGap)) beforeGap = beforeGap.AddMinutes(-1);
            return new DateTimeOffset(beforeGap, zone.GetUtcOffset(beforeGap)).ToUniversalTime().AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static DateTimeOffset ToUtc(TimeZoneInfo zone, DateOnly date, TimeOnly time) => ToUtc(zone, date.ToDateTime(time));

    /// <summary>The UTC instant a local day begins (midnight, or the first valid moment if a DST gap swallows it).</summary>
    public static DateTimeOffset StartOf(TimeZoneInfo zone, DateOnly date) => ToUtc(zone, date, TimeOnly.MinValue);

    /// <summary>Local days <paramref name="from"/> to <paramref name="to"/> (both included) as a half-open UTC span.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Span(TimeZoneInfo zone, DateOnly from, DateOnly to) =>
        (StartOf(zone, from), StartOf(zone, to.AddDays(1)));

    public static DateOnly DateOf(TimeZoneInfo zone, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
