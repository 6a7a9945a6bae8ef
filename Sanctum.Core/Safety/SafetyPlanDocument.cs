using Sanctum.Core.Documents;

namespace Sanctum.Core.Safety;

/// <summary>Stanley-Brown's six steps, in order, with the titles the printed plan uses (clinical.md).</summary>
public static class SafetyPlanSteps
{
    public const string WarningSigns = "1. Warning signs that a crisis may be coming";
    public const string CopingStrategies = "2. Things I can do on my own to take my mind off things";
    public const string Distractions = "3. People and places that help me take my mind off things";
    public const string PeopleToAsk = "4. People I can ask for help";
    public const string Professionals = "5. Professionals and crisis lines I can contact";
    public const string SafeEnvironment = "6. Making my surroundings safer";
    public const string MattersMost = "What matters most to me";
}

/// <summary>Someone on the plan (a linked contact or provider) with the way to reach them.</summary>
public sealed record PlanPerson(string Name, string? Detail, string? Phone);

/// <summary>The printable one-page plan: every step, the linked people with their numbers, and the crisis lines.</summary>
public static class SafetyPlanDocument
{
    private const string Empty = "(Nothing written here yet.)";

    public static byte[] Render(SafetyPlan plan, DateOnly savedOn, IReadOnlyList<PlanPerson> contacts, IReadOnlyList<PlanPerson> providers) =>
        OnePagePdf.Render("My safety plan", Paragraphs(plan, savedOn, contacts, providers));

    public static List<PdfParagraph> Paragraphs(
        SafetyPlan plan, DateOnly savedOn, IReadOnlyList<PlanPerson> contacts, IReadOnlyList<PlanPerson> providers)
    {
        var paragraphs = new List<PdfParagraph>
        {
            new("My safety plan", PdfTextStyle.Title),
            new($"Version {plan.Version}, saved {savedOn:d MMMM yyyy}. Start at step 1 and keep going until you are safe."),
        };
        Step(paragraphs, SafetyPlanSteps.WarningSigns, plan.WarningSigns);
        Step(paragraphs, SafetyPlanSteps.CopingStrategies, plan.CopingStrategies);
        Step(paragraphs, SafetyPlanSteps.Distractions, plan.Distractions);
        Step(paragraphs, SafetyPlanSteps.PeopleToAsk, [.. plan.PeopleToAsk, .. contacts.Select(Line)]);
        Step(paragraphs, SafetyPlanSteps.Professionals,
            [.. plan.Professionals, .. providers.Select(Line), .. CrisisResources.All.Select(r => $"{r.Name}: {r.HowToReach}")]);
        Step(paragraphs, SafetyPlanSteps.SafeEnvironment, plan.SafeEnvironment);
        paragraphs.Add(new(SafetyPlanSteps.MattersMost, PdfTextStyle.Heading));
        paragraphs.Add(new(plan.MattersMost ?? Empty));
        return paragraphs;
    }

    private static void Step(List<PdfParagraph> paragraphs, string title, IReadOnlyList<string> items)
    {
        paragraphs.Add(new(title, PdfTextStyle.Heading));
        if (items.Count == 0) paragraphs.Add(new(Empty));
        paragraphs.AddRange(items.Select(item => new PdfParagraph(item, PdfTextStyle.Bullet)));
    }

    private static string Line(PlanPerson person) =>
        string.Join(", ", new[] { person.Name, person.Detail, person.Phone }.Where(part => !string.IsNullOrWhiteSpace(part)));
}
