using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Components.Pages.SafetyPlan;

/// <summary>
/// One of Stanley-Brown's six steps: its title, a short warm prompt for filling it in, and where its items live
/// in a saved plan and in the form.
/// </summary>
public sealed record PlanStep(
    int Number, string Key, string Title, string Prompt, string Example,
    Func<SafetyPlanInfo, IReadOnlyList<string>> Saved, Func<SafetyPlanForm, List<PlanItemInput>> Editing);

public static class SafetyPlanSteps
{
    public static readonly IReadOnlyList<PlanStep> All =
    [
        new(1, "warning-signs", "Warning signs",
            "What thoughts, feelings or situations tell you a hard time might be building?",
            "For example: not sleeping, pulling away from people, thinking \"what's the point\".",
            plan => plan.WarningSigns, form => form.WarningSigns),
        new(2, "coping", "Things I can do on my own",
            "What helps take your mind off things, without needing anyone else?",
            "For example: a walk, music, a cold shower, a breathing exercise.",
            plan => plan.CopingStrategies, form => form.CopingStrategies),
        new(3, "distractions", "People and places that help me take my mind off things",
            "Who or where helps you feel a little less alone?",
            "For example: a friend's kitchen, the library, a café, a group you go to.",
            plan => plan.Distractions, form => form.Distractions),
        new(4, "people", "People I can ask for help",
            "Who could you tell that you're struggling?",
            "Choose from your emergency contacts, or write a name.",
            plan => plan.PeopleToAsk, form => form.PeopleToAsk),
        new(5, "professionals", "Professionals and crisis lines",
            "Which clinicians or services can you contact in a crisis?",
            "For example: your therapist, your doctor's out-of-hours line, the nearest emergency room. The crisis lines are always here too.",
            plan => plan.Professionals, form => form.Professionals),
        new(6, "safe-environment", "Making my surroundings safer",
            "What can you do, or ask someone to do, to keep things you might use to hurt yourself out of reach?",
            "For example: ask someone to hold your medication, lock something away, stay somewhere else for a night.",
            plan => plan.SafeEnvironment, form => form.SafeEnvironment),
    ];

    public const string MattersMostTitle = "What matters most to me";
    public const string MattersMostPrompt = "The one thing most important to you, and worth living for.";
}
