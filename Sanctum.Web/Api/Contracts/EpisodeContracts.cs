using System.Globalization;

namespace Sanctum.Web.Api.Contracts;

public sealed record EpisodeRequest(
    string? Type, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, string? Trigger, IReadOnlyList<string> PhysicalSymptoms,
    IReadOnlyList<string> CognitiveSymptoms, IReadOnlyList<string> BehaviouralSymptoms, IReadOnlyList<string> WhatIDid,
    IReadOnlyList<string> WhatOthersDid, string? MedicalIntervention, bool Hospitalized, string? HospitalName, string? HowItEnded,
    string? Impact, string? Notes);

public sealed record EpisodeInfo(
    Guid Id, string Type, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, bool Ongoing, double? DurationHours, string? Trigger,
    IReadOnlyList<string> PhysicalSymptoms, IReadOnlyList<string> CognitiveSymptoms, IReadOnlyList<string> BehaviouralSymptoms,
    IReadOnlyList<string> WhatIDid, IReadOnlyList<string> WhatOthersDid, string? MedicalIntervention, bool Hospitalized,
    string? HospitalName, string? HowItEnded, string? Impact, string? Notes) : IPersonalRecord
{
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

public sealed record InterventionInfo(Guid Id, Guid EpisodeId, DateTimeOffset OccurredAt, string Type, string? WhoHelped, int? Effectiveness, string? Notes)
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
