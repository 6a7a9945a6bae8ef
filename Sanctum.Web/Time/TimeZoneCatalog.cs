namespace Sanctum.Web.Time;

/// <summary>One IANA time zone as offered in a picker: "America/Argentina/Buenos_Aires" reads "Buenos Aires (America, Argentina)".</summary>
public sealed record TimeZoneChoice(string Id, string Label);

/// <summary>A region of time zones ("America", "Europe"...), the way the picker groups them.</summary>
public sealed record TimeZoneRegion(string Name, IReadOnlyList<TimeZoneChoice> Zones);

/// <summary>
/// The IANA time zones this machine knows, which are the ones the Api accepts (it checks against its own
/// system list): zones named Region/City, plus UTC.
/// </summary>
public static class TimeZoneCatalog
{
    public const string Utc = "UTC";

    private static readonly Lazy<IReadOnlyList<TimeZoneRegion>> AllRegions = new(BuildRegions);

    public static IReadOnlyList<TimeZoneRegion> Regions => AllRegions.Value;

    public static bool Contains(string? id) =>
        id is not null && Regions.Any(region => region.Zones.Any(zone => zone.Id == id));

    /// <summary>The city first, as people look for it, then where it is: "Buenos Aires (America, Argentina)".</summary>
    public static string Describe(string id)
    {
        var parts = id.Replace('_', ' ').Split('/');
        return parts.Length == 1 ? id : $"{parts[^1]} ({string.Join(", ", parts[..^1])})";
    }

    private static IReadOnlyList<TimeZoneRegion> BuildRegions()
    {
        var regions = TimeZoneInfo.GetSystemTimeZones()
            .Where(zone => zone.HasIanaId && zone.Id.Contains('/') && !zone.Id.StartsWith("Etc/", StringComparison.Ordinal))
            .GroupBy(zone => zone.Id[..zone.Id.IndexOf('/')])
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new TimeZoneRegion(group.Key, group
                .Select(zone => new TimeZoneChoice(zone.Id, Describe(zone.Id)))
                .OrderBy(zone => zone.Label, StringComparer.Ordinal)
                .ToList()))
            .ToList();
        regions.Add(new TimeZoneRegion("Other", [new TimeZoneChoice(Utc, "UTC (Coordinated Universal Time)")]));
        return regions;
    }
}
