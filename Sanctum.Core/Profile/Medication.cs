namespace Sanctum.Core.Profile;

public sealed class Medication : PersonalRecord
{
    public required string Name { get; set; }
    public decimal? Dose { get; set; }
    public string? Unit { get; set; }

    /// <summary>Times of day in the person's own time zone, e.g. 08:00 and 20:00.</summary>
    public List<TimeOnly> ScheduleTimes { get; set; } = [];

    public string? Prescriber { get; set; }
    public DateOnly? StartDate { get; set; }
    public bool Active { get; set; } = true;
}
