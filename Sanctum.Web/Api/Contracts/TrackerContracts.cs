using System.Globalization;

namespace Sanctum.Web.Api.Contracts;

public sealed record TrackerSettingsInfo(IReadOnlyList<string> Trackers);

public sealed record DrspItemInfo(string Key, string Text, bool Impairment);

/// <summary>Names of entries in lists and button labels ("Edit June 3, 2026"), from times already on the person's clock.</summary>
internal static class TrackerNames
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");

    public static string Day(DateOnly date) => date.ToString("MMMM d, yyyy", Culture);

    public static string Moment(DateTimeOffset local) => local.ToString("MMM d, yyyy 'at' h:mm tt", Culture);
}

public sealed record MenstrualRequest(
    DateOnly? Date, int? CycleDay, string Flow, IReadOnlyList<string> Symptoms, int? Energy, IReadOnlyDictionary<string, int> DrspRatings,
    string? Notes, bool IsPrivate);

public sealed record MenstrualInfo(
    Guid Id, DateOnly Date, int? CycleDay, string Flow, IReadOnlyList<string> Symptoms, int? Energy,
    IReadOnlyDictionary<string, int> DrspRatings, string? Notes, bool IsPrivate, CrisisInfo? Crisis = null) : IPersonalRecord
{
    public static readonly IReadOnlyList<(string Value, string Label)> Flows =
        [("none", "None"), ("spotting", "Spotting"), ("light", "Light"), ("medium", "Medium"), ("heavy", "Heavy")];

    public string Name => TrackerNames.Day(Date);
}

public sealed record RoutineRequest(
    DateOnly? Date, string? Type, IReadOnlyList<string> CompletedSteps, IReadOnlyList<string> SkippedSteps, string? Notes, bool IsPrivate);

public sealed record RoutineInfo(
    Guid Id, DateOnly Date, string Type, IReadOnlyList<string> CompletedSteps, IReadOnlyList<string> SkippedSteps, int? CompletionPercent,
    string? Notes, bool IsPrivate, CrisisInfo? Crisis = null) : IPersonalRecord
{
    public static readonly IReadOnlyList<(string Value, string Label)> Types = [("morning", "Morning"), ("evening", "Evening")];

    public string Name => $"{(Type == "evening" ? "Evening" : "Morning")} routine, {TrackerNames.Day(Date)}";
}

public sealed record AbandonmentRequest(
    DateTimeOffset? OccurredAt, string? TriggerSituation, int? FearIntensity, string? PhysicalResponse, IReadOnlyList<string> ThoughtPatterns,
    string? BehaviourResponse, string? RealityCheckEvidence, string? Outcome, bool IsPrivate);

public sealed record AbandonmentInfo(
    Guid Id, DateTimeOffset OccurredAt, string TriggerSituation, int FearIntensity, string? PhysicalResponse,
    IReadOnlyList<string> ThoughtPatterns, string? BehaviourResponse, string? RealityCheckEvidence, string? Outcome, bool IsPrivate,
    CrisisInfo? Crisis = null) : IPersonalRecord
{
    public string Name => TrackerNames.Moment(OccurredAt);
}

public sealed record EmotionalIntensityRequest(
    DateTimeOffset? OccurredAt, string? Emotion, int? Intensity, string? Trigger, int? DurationMinutes, IReadOnlyList<string> PhysicalSymptoms,
    string? CopingUsed, int? Effectiveness, bool IsPrivate);

public sealed record EmotionalIntensityInfo(
    Guid Id, DateTimeOffset OccurredAt, string Emotion, int Intensity, string? Trigger, int? DurationMinutes,
    IReadOnlyList<string> PhysicalSymptoms, string? CopingUsed, int? Effectiveness, bool IsPrivate, CrisisInfo? Crisis = null) : IPersonalRecord
{
    public string Name => $"{Emotion}, {TrackerNames.Moment(OccurredAt)}";
}

public sealed record RelationshipRequest(
    DateTimeOffset? OccurredAt, string? Person, string? Interaction, string? Feelings, string Split, string? RepairActions, bool IsPrivate);

public sealed record RelationshipInfo(
    Guid Id, DateTimeOffset OccurredAt, string Person, string Interaction, string? Feelings, string Split, string? RepairActions,
    bool IsPrivate, CrisisInfo? Crisis = null) : IPersonalRecord
{
    public static readonly IReadOnlyList<(string Value, string Label)> Splits =
    [
        ("none", "Neither"),
        ("idealise", "I saw them as all good"),
        ("devalue", "I saw them as all bad"),
    ];

    public string Name => $"{Person}, {TrackerNames.Moment(OccurredAt)}";
}
