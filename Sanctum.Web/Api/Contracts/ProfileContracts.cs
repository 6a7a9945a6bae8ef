namespace Sanctum.Web.Api.Contracts;

public sealed record Diagnosis(string Text, string? Icd10Code);

public sealed record ProfileResponse(
    string DisplayName, string TimeZone, string? PreferredName, string? CompanionName, string? Pronouns,
    DateOnly? DateOfBirth, IReadOnlyList<Diagnosis> Diagnoses, int IntakeTier, DateTimeOffset UpdatedAt);

public sealed record ProfileRequest(
    string? DisplayName, string? TimeZone, string? PreferredName, string? CompanionName, string? Pronouns,
    DateOnly? DateOfBirth, IReadOnlyList<Diagnosis> Diagnoses, int IntakeTier);
