using System.Globalization;

namespace Sanctum.Web.Api.Contracts;

public sealed record EpisodeRequest(
    string? Type, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, string? Trigger, IReadOnlyList<string> PhysicalSymptoms,
    IReadOnlyList<string> CognitiveSymptoms, IReadOnlyList<string> BehaviouralSymptoms, IReadOnlyList<string> WhatIDid,
    IReadOnlyList<string> WhatOthersDid, string? MedicalIntervention, bool Hospitalized, string? HospitalName, string? HowItEnded,
    string? Impact, string? Notes, bool IsPrivate);

public sealed record EpisodeInfo(
    Guid Id, string Type, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, bool Ongoing, double? DurationHours, string? Trigger,
    IReadOnlyList<string> PhysicalSymptoms, IReadOnlyList<string> CognitiveSymptoms, IReadOnlyList<string> BehaviouralSymptoms,
    IReadOnlyList<string> WhatIDid, IReadOnlyList<string> WhatOthersDid, string? MedicalIntervention, bool Hospitalized,
    string? HospitalName, string? HowItEnded, string? Impact, string? Notes, string Status, CrisisInfo? Crisis = null, bool IsPrivate = false)
    : IPersonalRecord
{
    /// <summary>A crisis record Sanctum started, waiting for the person to keep or dismiss it.</summary>
    public bool IsDraft => Status == "draft";

    public static readonly IReadOnlyList<(string Value, string Label)> Types =
    [
        ("suicidalCrisis", "Suicidal crisis"),
        ("severeDepression", "Severe depression"),
        ("mania", "Mania"),
        ("hypomania", "Hypomania"),
        ("mixed", "Mixed episode"),
        ("psychosis", "Psychosis"),
        ("hospitalization", "Hospital stay"),
        ("other", "Something else"),
    ];

    public static string TypeLabel(string type) => Types.FirstOrDefault(t => t.Value == type).Label ?? type;

    /// <summary>
    /// Names the episode in lists and button labels ("Mania, Oct 3, 2026"), by the date on StartedAt's own offset:
    /// the Web receives episodes already moved to the person's clock (<see cref="InZone"/>), so it is their local date.
    /// </summary>
    public string Name => $"{TypeLabel(Type)}, {StartedAt.ToString("MMM d, yyyy", CultureInfo.GetCultureInfo("en-US"))}";

    /// <summary>The same instants, written with the offsets of <paramref name="zone"/>.</summary>
    public EpisodeInfo InZone(TimeZoneInfo zone) => this with
    {
        StartedAt = TimeZoneInfo.ConvertTime(StartedAt, zone),
        EndedAt = EndedAt is { } ended ? TimeZoneInfo.ConvertTime(ended, zone) : null,
    };
}

public sealed record InterventionRequest(DateTimeOffset? OccurredAt, string? Type, string? WhoHelped, int? Effectiveness, string? Notes);

public sealed record InterventionInfo(
    Guid Id, Guid EpisodeId, DateTimeOffset OccurredAt, string Type, string? WhoHelped, int? Effectiveness, string? Notes,
    CrisisInfo? Crisis = null)
{
    public static readonly IReadOnlyList<(string Value, string Label)> Types =
    [
        ("called988", "Called or texted 988"),
        ("emergencyContact", "Reached out to someone close"),
        ("therapist", "Contacted my therapist"),
        ("er", "Went to the ER"),
        ("skillsUsed", "Used a skill"),
        ("other", "Something else"),
    ];

    public static string TypeLabel(string type) => Types.FirstOrDefault(t => t.Value == type).Label ?? type;
}

public sealed record EpisodeTypeCountInfo(string Type, int Count);

/// <param name="Month">The local month the episodes started in, "2026-11".</param>
public sealed record EpisodeMonthInfo(string Month, int Total, IReadOnlyList<EpisodeTypeCountInfo> ByType)
{
    /// <summary>"November 2026".</summary>
    public string MonthName => DateTime.ParseExact(Month, "yyyy-MM", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-US"));

    /// <summary>"Mania 2, Hypomania 1".</summary>
    public string TypesText => string.Join(", ", ByType.Select(t => $"{EpisodeInfo.TypeLabel(t.Type)} {t.Count}"));
}

public sealed record EpisodeSummaryInfo(
    DateOnly From, DateOnly To, int TotalEpisodes, double TotalHours, int Hospitalizations, IReadOnlyList<EpisodeMonthInfo> Months);
