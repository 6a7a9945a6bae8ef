namespace Sanctum.Core.Trackers;

public enum RoutineType
{
    Morning,
    Evening,
}

/// <summary>How a morning or evening routine went on one day.</summary>
public sealed class RoutineEntry : PersonalRecord, IMayBePrivate
{
    public DateOnly Date { get; set; }
    public RoutineType Type { get; set; }
    public List<string> CompletedSteps { get; set; } = [];
    public List<string> SkippedSteps { get; set; } = [];
    public string? Notes { get; set; }
    public bool IsPrivate { get; set; }

    /// <summary>Share of the day's steps done, 0-100; null when no steps were listed.</summary>
    public int? CompletionPercent
    {
        get
        {
            var total = CompletedSteps.Count + SkippedSteps.Count;
            return total == 0 ? null : (int)Math.Round(100.0 * CompletedSteps.Count / total);
        }
    }
}
