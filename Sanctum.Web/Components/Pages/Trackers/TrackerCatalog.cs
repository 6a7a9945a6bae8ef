namespace Sanctum.Web.Components.Pages.Trackers;

/// <summary>One opt-in tracker as the Trackers page offers it: the Api's name for it, what it is called, and what it is for.</summary>
public sealed record TrackerChoice(string Kind, string Title, string Purpose, string Href);

public static class TrackerCatalog
{
    public static readonly IReadOnlyList<TrackerChoice> All =
    [
        new("menstrual", "Cycle",
            "Your period, symptoms and energy day by day, with the daily ratings (DRSP) clinicians use when mood seems to follow the cycle.",
            "trackers/menstrual"),
        new("abandonment", "Fear of being left",
            "Moments you feared someone was leaving: what set it off, how strong it was, and what the evidence actually said.",
            "trackers/abandonment"),
        new("emotionalIntensity", "Emotional intensity",
            "Big surges of feeling: how strong, how long, and what helped them pass.",
            "trackers/emotional-intensity"),
        new("relationship", "Relationships",
            "Times with people that mattered, and whether you saw someone as all good or all bad, so swings and repairs are easier to see.",
            "trackers/relationships"),
        new("routine", "Routines",
            "How your morning and evening routines went: the steps you did and the ones you skipped.",
            "trackers/routines"),
    ];
}
