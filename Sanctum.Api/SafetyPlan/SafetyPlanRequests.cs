using Sanctum.Api.Http;
using Sanctum.Core.Profile;
using Sanctum.Core.Safety;
using PlanVersion = Sanctum.Core.Safety.SafetyPlan;

namespace Sanctum.Api.SafetyPlan;

/// <summary>The whole plan; each PUT saves it as a new version. Steps left out are saved empty.</summary>
public sealed record SafetyPlanRequest(
    List<string>? WarningSigns, List<string>? CopingStrategies, List<string>? Distractions,
    List<string>? PeopleToAsk, List<Guid>? ContactIds, List<string>? Professionals, List<Guid>? ProviderIds,
    List<string>? SafeEnvironment, string? MattersMost) : IValidatedRequest
{
    public const int MaxItems = 20;
    public const int MaxItemLength = 200;
    public const int MaxMattersMostLength = 1000;

    public void Validate(ValidationErrors errors)
    {
        errors.TextList("warningSigns", WarningSigns, MaxItems, MaxItemLength);
        errors.TextList("copingStrategies", CopingStrategies, MaxItems, MaxItemLength);
        errors.TextList("distractions", Distractions, MaxItems, MaxItemLength);
        errors.TextList("peopleToAsk", PeopleToAsk, MaxItems, MaxItemLength);
        errors.TextList("professionals", Professionals, MaxItems, MaxItemLength);
        errors.TextList("safeEnvironment", SafeEnvironment, MaxItems, MaxItemLength);
        if (ContactIds is { Count: > MaxItems }) errors.Add("contactIds", $"At most {MaxItems} contacts.");
        if (ProviderIds is { Count: > MaxItems }) errors.Add("providerIds", $"At most {MaxItems} providers.");
        errors.MaxLength("mattersMost", MattersMost, MaxMattersMostLength);
    }

    public PlanVersion ToVersion(Guid userId, int version) => new()
    {
        UserId = userId,
        Version = version,
        WarningSigns = WarningSigns.Trimmed(),
        CopingStrategies = CopingStrategies.Trimmed(),
        Distractions = Distractions.Trimmed(),
        PeopleToAsk = PeopleToAsk.Trimmed(),
        ContactIds = (ContactIds ?? []).Distinct().ToList(),
        Professionals = Professionals.Trimmed(),
        ProviderIds = (ProviderIds ?? []).Distinct().ToList(),
        SafeEnvironment = SafeEnvironment.Trimmed(),
        MattersMost = MattersMost.TrimToNull(),
    };
}

public sealed record PlanContact(Guid Id, string Name, string? Relationship, string? Phone, string? Email)
{
    public static PlanContact From(EmergencyContact c) => new(c.Id, c.Name, c.Relationship, c.Phone, c.Email);
}

public sealed record PlanProvider(Guid Id, string Name, ProviderType Type, string? Practice, string? Phone)
{
    public static PlanProvider From(HealthcareProvider p) => new(p.Id, p.Name, p.Type, p.Practice, p.Phone);
}

/// <summary>
/// One version of the plan, with the linked contacts and providers as they are now (one deleted since is left
/// out) and the crisis lines, which are always part of step 5.
/// </summary>
public sealed record SafetyPlanResponse(
    int Version, DateTimeOffset CreatedAt,
    IReadOnlyList<string> WarningSigns, IReadOnlyList<string> CopingStrategies, IReadOnlyList<string> Distractions,
    IReadOnlyList<string> PeopleToAsk, IReadOnlyList<Guid> ContactIds, IReadOnlyList<string> Professionals,
    IReadOnlyList<Guid> ProviderIds, IReadOnlyList<string> SafeEnvironment, string? MattersMost,
    IReadOnlyList<PlanContact> Contacts, IReadOnlyList<PlanProvider> Providers, IReadOnlyList<CrisisResource> CrisisLines)
{
    public static SafetyPlanResponse From(PlanVersion p, IReadOnlyList<PlanContact> contacts, IReadOnlyList<PlanProvider> providers) =>
        new(p.Version, p.CreatedAt, p.WarningSigns, p.CopingStrategies, p.Distractions, p.PeopleToAsk, p.ContactIds,
            p.Professionals, p.ProviderIds, p.SafeEnvironment, p.MattersMost, contacts, providers, CrisisResources.All);
}

public sealed record SafetyPlanVersionSummary(int Version, DateTimeOffset CreatedAt);
