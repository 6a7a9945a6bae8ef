using Sanctum.Web.Api.Contracts;
using Sanctum.Web.Components.Shared;
using Sanctum.Web.Session;

namespace Sanctum.Web.Components.Pages.Episodes;

/// <summary>An episode as the editor shows it: local times, and lists as one item per line.</summary>
public sealed class EpisodeForm(SignedInUser user) : IRecordForm<EpisodeRequest>
{
    public string Type { get; set; } = "";
    public DateTime? StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public string? Trigger { get; set; }
    public string? PhysicalSymptoms { get; set; }
    public string? CognitiveSymptoms { get; set; }
    public string? BehaviouralSymptoms { get; set; }
    public string? WhatIDid { get; set; }
    public string? WhatOthersDid { get; set; }
    public string? MedicalIntervention { get; set; }
    public bool Hospitalized { get; set; }
    public string? HospitalName { get; set; }
    public string? HowItEnded { get; set; }
    public string? Impact { get; set; }
    public string? Notes { get; set; }
    public bool IsPrivate { get; set; }

    public static EpisodeForm From(EpisodeInfo episode, SignedInUser user) => new(user)
    {
        Type = episode.Type,
        StartedAt = user.ToLocal(episode.StartedAt).DateTime,
        EndedAt = episode.EndedAt is { } ended ? user.ToLocal(ended).DateTime : null,
        Trigger = episode.Trigger,
        PhysicalSymptoms = TextLines.Join(episode.PhysicalSymptoms),
        CognitiveSymptoms = TextLines.Join(episode.CognitiveSymptoms),
        BehaviouralSymptoms = TextLines.Join(episode.BehaviouralSymptoms),
        WhatIDid = TextLines.Join(episode.WhatIDid),
        WhatOthersDid = TextLines.Join(episode.WhatOthersDid),
        MedicalIntervention = episode.MedicalIntervention,
        Hospitalized = episode.Hospitalized,
        HospitalName = episode.HospitalName,
        HowItEnded = episode.HowItEnded,
        Impact = episode.Impact,
        Notes = episode.Notes,
        IsPrivate = episode.IsPrivate,
    };

    public EpisodeRequest ToRequest() => new(
        Type.Length == 0 ? null : Type, Instant(StartedAt), Instant(EndedAt), Trigger, TextLines.Split(PhysicalSymptoms), TextLines.Split(CognitiveSymptoms),
        TextLines.Split(BehaviouralSymptoms), TextLines.Split(WhatIDid), TextLines.Split(WhatOthersDid), MedicalIntervention, Hospitalized,
        Hospitalized ? HospitalName : null, HowItEnded, Impact, Notes, IsPrivate);

    private DateTimeOffset? Instant(DateTime? local) => local is { } time ? user.FromLocal(time) : null;
}
