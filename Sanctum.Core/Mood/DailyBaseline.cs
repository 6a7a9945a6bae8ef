namespace Sanctum.Core.Mood;

public enum WakeQuality
{
    Easy,
    Struggled,
    Energized,
    Depressed,
}

/// <summary>The morning and evening check-ins of one local day (one row per person per day).</summary>
public sealed class DailyBaseline : PersonalRecord
{
    /// <summary>The day in the person's own time zone.</summary>
    public DateOnly Date { get; set; }

    public TimeOnly? WakeTime { get; set; }
    public decimal? SleepHours { get; set; }
    public TimeOnly? BedtimePreviousNight { get; set; }
    public WakeQuality? HowWokeUp { get; set; }
    public string? MorningMood { get; set; }
    public bool? MorningMedsTaken { get; set; }
    public TimeOnly? MorningMedsAt { get; set; }

    public string? EveningMood { get; set; }
    public bool? EveningMedsTaken { get; set; }
    public TimeOnly? EveningMedsAt { get; set; }
    public string? DaySummary { get; set; }
}
