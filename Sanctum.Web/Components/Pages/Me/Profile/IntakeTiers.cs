namespace Sanctum.Web.Components.Pages.Me.Profile;

/// <summary>One level of how much a person shares with Sanctum, in plain words.</summary>
public sealed record IntakeTier(int Level, string Name, string Explanation);

/// <summary>The intake tiers: later features ask more questions only up to the tier the person chose.</summary>
public static class IntakeTiers
{
    public static IReadOnlyList<IntakeTier> All { get; } =
    [
        new(1, "Just the basics", "Your name and how to reach help. Sanctum asks nothing more."),
        new(2, "A little more", "Diagnoses, medications and the people who support you."),
        new(3, "Day to day", "Sanctum may also ask about mood, sleep and routines."),
        new(4, "Deeper patterns", "Sanctum may also ask about triggers, episodes and what helps."),
        new(5, "The full picture", "Sanctum may ask about anything that helps it support you."),
    ];
}
