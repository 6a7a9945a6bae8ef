using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core.Trackers;

namespace Sanctum.Api.Trackers;

public static class TrackerMoments
{
    /// <summary>The time given; else, when editing, the one kept; else now.</summary>
    public static DateTimeOffset When(DateTimeOffset? given, DateTimeOffset kept, DateTimeOffset now) =>
        (given ?? (kept == default ? now : kept)).ToUniversalTime();
}

/// <summary>A moment of fearing abandonment; occurredAt defaults to now.</summary>
public sealed record AbandonmentRequest(
    DateTimeOffset? OccurredAt, string? TriggerSituation, int? FearIntensity, string? PhysicalResponse, List<string>? ThoughtPatterns,
    string? BehaviourResponse, string? RealityCheckEvidence, string? Outcome, bool? IsPrivate) : IMomentTrackerRequest<AbandonmentEntry>
{
    public static AbandonmentEntry Blank() => new() { TriggerSituation = "" };

    public static TrackerTime<AbandonmentEntry> Time { get; } = TrackerTime<AbandonmentEntry>.Moment(a => a.OccurredAt);

    public static IEnumerable<string?> Texts(AbandonmentEntry a) =>
        [a.TriggerSituation, a.PhysicalResponse, a.BehaviourResponse, a.RealityCheckEvidence, a.Outcome, .. a.ThoughtPatterns];

    public void Validate(ValidationErrors errors)
    {
        errors.Required("triggerSituation", TriggerSituation, 1000);
        if (FearIntensity is null) errors.Add("fearIntensity", "This is required.");
        errors.Range("fearIntensity", FearIntensity, 0, 10);
        errors.MaxLength("physicalResponse", PhysicalResponse, 1000);
        errors.TextList("thoughtPatterns", ThoughtPatterns);
        errors.MaxLength("behaviourResponse", BehaviourResponse, 1000);
        errors.MaxLength("realityCheckEvidence", RealityCheckEvidence, 2000);
        errors.MaxLength("outcome", Outcome, 1000);
    }

    public void ApplyTo(AbandonmentEntry entry, DateTimeOffset now)
    {
        entry.OccurredAt = TrackerMoments.When(OccurredAt, entry.OccurredAt, now);
        entry.TriggerSituation = TriggerSituation!.Trim();
        entry.FearIntensity = FearIntensity!.Value;
        entry.PhysicalResponse = PhysicalResponse.TrimToNull();
        entry.ThoughtPatterns = ThoughtPatterns.Trimmed();
        entry.BehaviourResponse = BehaviourResponse.TrimToNull();
        entry.RealityCheckEvidence = RealityCheckEvidence.TrimToNull();
        entry.Outcome = Outcome.TrimToNull();
        entry.IsPrivate = IsPrivate ?? false;
    }
}

public sealed record AbandonmentResponse(
    Guid Id, DateTimeOffset OccurredAt, string TriggerSituation, int FearIntensity, string? PhysicalResponse,
    IReadOnlyList<string> ThoughtPatterns, string? BehaviourResponse, string? RealityCheckEvidence, string? Outcome, bool IsPrivate,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : ScreenedResponse, IRecordResponse<AbandonmentEntry, AbandonmentResponse>
{
    public static AbandonmentResponse From(AbandonmentEntry a) => new(a.Id, a.OccurredAt, a.TriggerSituation, a.FearIntensity,
        a.PhysicalResponse, a.ThoughtPatterns, a.BehaviourResponse, a.RealityCheckEvidence, a.Outcome, a.IsPrivate, a.CreatedAt, a.UpdatedAt);
}

/// <summary>A surge of emotion; occurredAt defaults to now.</summary>
public sealed record EmotionalIntensityRequest(
    DateTimeOffset? OccurredAt, string? Emotion, int? Intensity, string? Trigger, int? DurationMinutes, List<string>? PhysicalSymptoms,
    string? CopingUsed, int? Effectiveness, bool? IsPrivate) : IMomentTrackerRequest<EmotionalIntensityEntry>
{
    /// <summary>A week: longer than any one surge, short enough to catch a typo in hours or days.</summary>
    public const int MaxDurationMinutes = 7 * 24 * 60;

    public static EmotionalIntensityEntry Blank() => new() { Emotion = "" };

    public static TrackerTime<EmotionalIntensityEntry> Time { get; } = TrackerTime<EmotionalIntensityEntry>.Moment(e => e.OccurredAt);

    public static IEnumerable<string?> Texts(EmotionalIntensityEntry e) => [e.Emotion, e.Trigger, e.CopingUsed, .. e.PhysicalSymptoms];

    public void Validate(ValidationErrors errors)
    {
        errors.Required("emotion", Emotion, 100);
        if (Intensity is null) errors.Add("intensity", "This is required.");
        errors.Range("intensity", Intensity, 0, 10);
        errors.MaxLength("trigger", Trigger, 1000);
        errors.Range("durationMinutes", DurationMinutes, 1, MaxDurationMinutes);
        errors.TextList("physicalSymptoms", PhysicalSymptoms, maxLength: 100);
        errors.MaxLength("copingUsed", CopingUsed, 1000);
        errors.Range("effectiveness", Effectiveness, 1, 10);
    }

    public void ApplyTo(EmotionalIntensityEntry entry, DateTimeOffset now)
    {
        entry.OccurredAt = TrackerMoments.When(OccurredAt, entry.OccurredAt, now);
        entry.Emotion = Emotion!.Trim();
        entry.Intensity = Intensity!.Value;
        entry.Trigger = Trigger.TrimToNull();
        entry.DurationMinutes = DurationMinutes;
        entry.PhysicalSymptoms = PhysicalSymptoms.Trimmed();
        entry.CopingUsed = CopingUsed.TrimToNull();
        entry.Effectiveness = Effectiveness;
        entry.IsPrivate = IsPrivate ?? false;
    }
}

public sealed record EmotionalIntensityResponse(
    Guid Id, DateTimeOffset OccurredAt, string Emotion, int Intensity, string? Trigger, int? DurationMinutes,
    IReadOnlyList<string> PhysicalSymptoms, string? CopingUsed, int? Effectiveness, bool IsPrivate, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt) : ScreenedResponse, IRecordResponse<EmotionalIntensityEntry, EmotionalIntensityResponse>
{
    public static EmotionalIntensityResponse From(EmotionalIntensityEntry e) => new(e.Id, e.OccurredAt, e.Emotion, e.Intensity, e.Trigger,
        e.DurationMinutes, e.PhysicalSymptoms, e.CopingUsed, e.Effectiveness, e.IsPrivate, e.CreatedAt, e.UpdatedAt);
}

/// <summary>An interaction with someone that mattered; split says whether they were idealised or devalued.</summary>
public sealed record RelationshipRequest(
    DateTimeOffset? OccurredAt, string? Person, string? Interaction, string? Feelings, SplitNoticed? Split, string? RepairActions,
    bool? IsPrivate) : IMomentTrackerRequest<RelationshipEntry>
{
    public static RelationshipEntry Blank() => new() { Person = "", Interaction = "" };

    public static TrackerTime<RelationshipEntry> Time { get; } = TrackerTime<RelationshipEntry>.Moment(r => r.OccurredAt);

    public static IEnumerable<string?> Texts(RelationshipEntry r) => [r.Interaction, r.Feelings, r.RepairActions];

    public void Validate(ValidationErrors errors)
    {
        errors.Required("person", Person, 100);
        errors.Required("interaction", Interaction, 2000);
        errors.MaxLength("feelings", Feelings, 1000);
        errors.MaxLength("repairActions", RepairActions, 1000);
    }

    public void ApplyTo(RelationshipEntry entry, DateTimeOffset now)
    {
        entry.OccurredAt = TrackerMoments.When(OccurredAt, entry.OccurredAt, now);
        entry.Person = Person!.Trim();
        entry.Interaction = Interaction!.Trim();
        entry.Feelings = Feelings.TrimToNull();
        entry.Split = Split ?? SplitNoticed.None;
        entry.RepairActions = RepairActions.TrimToNull();
        entry.IsPrivate = IsPrivate ?? false;
    }
}

public sealed record RelationshipResponse(
    Guid Id, DateTimeOffset OccurredAt, string Person, string Interaction, string? Feelings, SplitNoticed Split, string? RepairActions,
    bool IsPrivate, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : ScreenedResponse, IRecordResponse<RelationshipEntry, RelationshipResponse>
{
    public static RelationshipResponse From(RelationshipEntry r) =>
        new(r.Id, r.OccurredAt, r.Person, r.Interaction, r.Feelings, r.Split, r.RepairActions, r.IsPrivate, r.CreatedAt, r.UpdatedAt);
}
