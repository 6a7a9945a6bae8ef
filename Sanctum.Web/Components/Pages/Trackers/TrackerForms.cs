using Sanctum.Web.Api.Contracts;
using Sanctum.Web.Components.Shared;
using Sanctum.Web.Session;

namespace Sanctum.Web.Components.Pages.Trackers;

/// <summary>
/// An entry of a tracker that records moments, as its form shows it: the time on the person's own clock, to the minute.
/// A time left as it was is sent as the original instant, so saving an edit never looks like a change of time.
/// </summary>
public abstract class MomentEntryForm(SignedInUser user, DateTimeOffset at)
{
    public DateTime OccurredAt { get; set; } = ToMinute(user.ToLocal(at).DateTime);

    public bool IsPrivate { get; set; }

    protected DateTimeOffset Instant => OccurredAt == ToMinute(user.ToLocal(at).DateTime) ? at : user.FromLocal(OccurredAt);

    private static DateTime ToMinute(DateTime time) => new(time.Year, time.Month, time.Day, time.Hour, time.Minute, 0, time.Kind);
}

public sealed class MenstrualForm : IRecordForm<MenstrualRequest>
{
    public DateOnly? Date { get; set; }
    public int? CycleDay { get; set; }
    public string Flow { get; set; } = "none";
    public string? Symptoms { get; set; }
    public int? Energy { get; set; }
    public Dictionary<string, int> DrspRatings { get; set; } = [];
    public string? Notes { get; set; }
    public bool IsPrivate { get; set; }

    public static MenstrualForm From(MenstrualInfo entry) => new()
    {
        Date = entry.Date, CycleDay = entry.CycleDay, Flow = entry.Flow, Symptoms = TextLines.Join(entry.Symptoms), Energy = entry.Energy,
        DrspRatings = new Dictionary<string, int>(entry.DrspRatings), Notes = entry.Notes, IsPrivate = entry.IsPrivate,
    };

    public MenstrualRequest ToRequest() =>
        new(Date, CycleDay, Flow, TextLines.Split(Symptoms), Energy, DrspRatings, Notes, IsPrivate);
}

public sealed class RoutineForm : IRecordForm<RoutineRequest>
{
    public DateOnly? Date { get; set; }
    public string Type { get; set; } = "morning";
    public string? CompletedSteps { get; set; }
    public string? SkippedSteps { get; set; }
    public string? Notes { get; set; }
    public bool IsPrivate { get; set; }

    public static RoutineForm From(RoutineInfo entry) => new()
    {
        Date = entry.Date, Type = entry.Type, CompletedSteps = TextLines.Join(entry.CompletedSteps),
        SkippedSteps = TextLines.Join(entry.SkippedSteps), Notes = entry.Notes, IsPrivate = entry.IsPrivate,
    };

    public RoutineRequest ToRequest() => new(Date, Type, TextLines.Split(CompletedSteps), TextLines.Split(SkippedSteps), Notes, IsPrivate);
}

public sealed class AbandonmentForm(SignedInUser user, DateTimeOffset at) : MomentEntryForm(user, at), IRecordForm<AbandonmentRequest>
{
    public string? TriggerSituation { get; set; }
    public int? FearIntensity { get; set; }
    public string? PhysicalResponse { get; set; }
    public string? ThoughtPatterns { get; set; }
    public string? BehaviourResponse { get; set; }
    public string? RealityCheckEvidence { get; set; }
    public string? Outcome { get; set; }

    public static AbandonmentForm From(AbandonmentInfo entry, SignedInUser user) => new(user, entry.OccurredAt)
    {
        TriggerSituation = entry.TriggerSituation, FearIntensity = entry.FearIntensity, PhysicalResponse = entry.PhysicalResponse,
        ThoughtPatterns = TextLines.Join(entry.ThoughtPatterns), BehaviourResponse = entry.BehaviourResponse,
        RealityCheckEvidence = entry.RealityCheckEvidence, Outcome = entry.Outcome, IsPrivate = entry.IsPrivate,
    };

    public AbandonmentRequest ToRequest() => new(Instant, TriggerSituation, FearIntensity, PhysicalResponse, TextLines.Split(ThoughtPatterns),
        BehaviourResponse, RealityCheckEvidence, Outcome, IsPrivate);
}

public sealed class EmotionalIntensityForm(SignedInUser user, DateTimeOffset at)
    : MomentEntryForm(user, at), IRecordForm<EmotionalIntensityRequest>
{
    public string? Emotion { get; set; }
    public int? Intensity { get; set; }
    public string? Trigger { get; set; }
    public int? DurationMinutes { get; set; }
    public string? PhysicalSymptoms { get; set; }
    public string? CopingUsed { get; set; }
    public int? Effectiveness { get; set; }

    public static EmotionalIntensityForm From(EmotionalIntensityInfo entry, SignedInUser user) => new(user, entry.OccurredAt)
    {
        Emotion = entry.Emotion, Intensity = entry.Intensity, Trigger = entry.Trigger, DurationMinutes = entry.DurationMinutes,
        PhysicalSymptoms = TextLines.Join(entry.PhysicalSymptoms), CopingUsed = entry.CopingUsed, Effectiveness = entry.Effectiveness,
        IsPrivate = entry.IsPrivate,
    };

    public EmotionalIntensityRequest ToRequest() => new(Instant, Emotion, Intensity, Trigger, DurationMinutes, TextLines.Split(PhysicalSymptoms),
        CopingUsed, Effectiveness, IsPrivate);
}

public sealed class RelationshipForm(SignedInUser user, DateTimeOffset at) : MomentEntryForm(user, at), IRecordForm<RelationshipRequest>
{
    public string? Person { get; set; }
    public string? Interaction { get; set; }
    public string? Feelings { get; set; }
    public string Split { get; set; } = "none";
    public string? RepairActions { get; set; }

    public static RelationshipForm From(RelationshipInfo entry, SignedInUser user) => new(user, entry.OccurredAt)
    {
        Person = entry.Person, Interaction = entry.Interaction, Feelings = entry.Feelings, Split = entry.Split,
        RepairActions = entry.RepairActions, IsPrivate = entry.IsPrivate,
    };

    public RelationshipRequest ToRequest() => new(Instant, Person, Interaction, Feelings, Split, RepairActions, IsPrivate);
}
