namespace Sanctum.Web.Time;

/// <summary>Where a person's local days begin, for placing records on a drawn timeline.</summary>
public static class LocalDays
{
    /// <summary>The instant a local day begins; a midnight skipped by a clock change moves to just past the gap.</summary>
    public static DateTimeOffset StartOf(TimeZoneInfo zone, DateOnly date) => ToInstant(zone, date.ToDateTime(TimeOnly.MinValue));

    public static DateTimeOffset ToInstant(TimeZoneInfo zone, DateTime local)
    {
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(15);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
