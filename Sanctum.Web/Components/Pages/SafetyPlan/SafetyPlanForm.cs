using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Components.Pages.SafetyPlan;

/// <summary>The plan being edited. Saving sends it whole; the Api keeps it as a new version.</summary>
public sealed class SafetyPlanForm
{
    /// <summary>The Api's limits, so the inputs stop where the Api would refuse.</summary>
    public const int MaxItemLength = 200;
    public const int MaxMattersMostLength = 1000;

    public List<PlanItemInput> WarningSigns { get; set; } = [];
    public List<PlanItemInput> CopingStrategies { get; set; } = [];
    public List<PlanItemInput> Distractions { get; set; } = [];
    public List<PlanItemInput> PeopleToAsk { get; set; } = [];
    public HashSet<Guid> ContactIds { get; set; } = [];
    public List<PlanItemInput> Professionals { get; set; } = [];
    public HashSet<Guid> ProviderIds { get; set; } = [];
    public List<PlanItemInput> SafeEnvironment { get; set; } = [];
    public string? MattersMost { get; set; }

    /// <summary>A blank plan starts with one empty row per step, so there is somewhere to type straight away.</summary>
    public static SafetyPlanForm From(SafetyPlanInfo? plan)
    {
        var form = new SafetyPlanForm
        {
            ContactIds = [.. plan?.Contacts.Select(c => c.Id) ?? []],
            ProviderIds = [.. plan?.Providers.Select(p => p.Id) ?? []],
            MattersMost = plan?.MattersMost,
        };
        foreach (var step in SafetyPlanSteps.All)
        {
            var items = step.Editing(form);
            items.AddRange((plan is null ? [""] : step.Saved(plan)).Select(text => new PlanItemInput { Text = text }));
        }

        return form;
    }

    /// <summary>Rows left empty are dropped rather than refused.</summary>
    public SafetyPlanRequest ToRequest() => new(
        Texts(WarningSigns), Texts(CopingStrategies), Texts(Distractions), Texts(PeopleToAsk), [.. ContactIds],
        Texts(Professionals), [.. ProviderIds], Texts(SafeEnvironment), MattersMost);

    private static List<string> Texts(List<PlanItemInput> items) =>
        items.Select(item => item.Text?.Trim()).OfType<string>().Where(text => text.Length > 0).ToList();
}

/// <summary>One line of a step (a class, so each row keeps its own identity while the list is edited).</summary>
public sealed class PlanItemInput
{
    public string? Text { get; set; }
}
