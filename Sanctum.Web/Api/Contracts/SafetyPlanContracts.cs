namespace Sanctum.Web.Api.Contracts;

public sealed record PlanContactInfo(Guid Id, string Name, string? Relationship, string? Phone, string? Email);

public sealed record PlanProviderInfo(Guid Id, string Name, ProviderType Type, string? Practice, string? Phone);

public sealed record CrisisLineInfo(string Name, string HowToReach, string Href);

/// <summary>One saved version of the safety plan, with its linked people and the crisis lines.</summary>
public sealed record SafetyPlanInfo(
    int Version, DateTimeOffset CreatedAt,
    IReadOnlyList<string> WarningSigns, IReadOnlyList<string> CopingStrategies, IReadOnlyList<string> Distractions,
    IReadOnlyList<string> PeopleToAsk, IReadOnlyList<Guid> ContactIds, IReadOnlyList<string> Professionals,
    IReadOnlyList<Guid> ProviderIds, IReadOnlyList<string> SafeEnvironment, string? MattersMost,
    IReadOnlyList<PlanContactInfo> Contacts, IReadOnlyList<PlanProviderInfo> Providers, IReadOnlyList<CrisisLineInfo> CrisisLines);

public sealed record SafetyPlanRequest(
    IReadOnlyList<string> WarningSigns, IReadOnlyList<string> CopingStrategies, IReadOnlyList<string> Distractions,
    IReadOnlyList<string> PeopleToAsk, IReadOnlyList<Guid> ContactIds, IReadOnlyList<string> Professionals,
    IReadOnlyList<Guid> ProviderIds, IReadOnlyList<string> SafeEnvironment, string? MattersMost);

public sealed record SafetyPlanVersionInfo(int Version, DateTimeOffset CreatedAt);
