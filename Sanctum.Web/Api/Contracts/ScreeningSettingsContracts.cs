namespace Sanctum.Web.Api.Contracts;

/// <summary>The person's own crisis phrases and how many crisis-level mood shifts in 24 hours count as a crisis.</summary>
public sealed record ScreeningSettingsInfo(IReadOnlyList<string> OwnPhrases, int CrisisShiftsPerDay);
