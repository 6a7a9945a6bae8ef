namespace Sanctum.Web.Api.Contracts;

public sealed record CrisisContactInfo(string Name, string? Phone);

/// <summary>The crisis override a save answers with when what was written suggests the person may not be safe.</summary>
public sealed record CrisisInfo(
    string Risk, IReadOnlyList<CrisisResourceInfo> Resources, SafetyPlanInfo? SafetyPlan, IReadOnlyList<CrisisContactInfo> Contacts);
