namespace Sanctum.Core.Companion;

/// <summary>A skill the companion offers, with the one step to start with.</summary>
public sealed record SkillSuggestion(string Name, string Category, string FirstStep);

/// <summary>
/// The companion's own small, fixed choice of a skill for a feeling. Kept in this one place so the skills library's
/// suggestion logic can replace it.
/// </summary>
public static class ProtocolSkillChoice
{
    public static SkillSuggestion For(string? state) => state switch
    {
        "depressed" or "low" => new("Opposite action", "emotion regulation",
            "Pick one small thing the low feeling says not to do, and do just that for five minutes."),
        "irritable" => new("STOP", "distress tolerance",
            "Stop. Take a step back and one slow breath. Observe what is happening. Then proceed mindfully."),
        "numb" or "dissociated" => new("5-4-3-2-1 grounding", "mindfulness",
            "Name five things you can see, four you can touch, three you can hear, two you can smell and one you can taste."),
        _ => new("TIPP", "distress tolerance",
            "Cool your face with cold water for 30 seconds, then breathe out longer than you breathe in."),
    };
}
