using System.Linq.Expressions;
using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core.Trackers;

namespace Sanctum.Api.Trackers;

/// <summary>One day of the menstrual tracker; drspRatings maps DRSP item keys (GET /trackers/menstrual/drsp-items) to 1-6.</summary>
public sealed record MenstrualRequest(
    DateOnly? Date, int? CycleDay, MenstrualFlow? Flow, List<string>? Symptoms, int? Energy, Dictionary<string, int>? DrspRatings,
    string? Notes, bool? IsPrivate) : IDayTrackerRequest<MenstrualEntry>
{
    public static MenstrualEntry Blank() => new();

    public static TrackerTime<MenstrualEntry> Time { get; } = TrackerTime<MenstrualEntry>.Day(m => m.Date);

    public static IEnumerable<string?> Texts(MenstrualEntry entry) => [entry.Notes, .. entry.Symptoms];

    public static Expression<Func<MenstrualEntry, bool>> ClashesWith(MenstrualEntry entry)
    {
        var date = entry.Date;
        return m => m.Date == date;
    }

    public void Validate(ValidationErrors errors)
    {
        errors.Range("cycleDay", CycleDay, 1, 60);
        errors.Range("energy", Energy, 1, 10);
        errors.TextList("symptoms", Symptoms, maxLength: 100);
        errors.MaxLength("notes", Notes, 4000);
        foreach (var (key, rating) in DrspRatings ?? [])
        {
            if (!Drsp.IsItem(key)) errors.Add($"drspRatings.{key}", "That isn't one of the DRSP items.");
            else errors.Range($"drspRatings.{key}", rating, Drsp.MinRating, Drsp.MaxRating);
        }
    }

    public void ApplyTo(MenstrualEntry entry, DateTimeOffset now)
    {
        entry.Date = Date!.Value;
        entry.CycleDay = CycleDay;
        entry.Flow = Flow ?? MenstrualFlow.None;
        entry.Symptoms = Symptoms.Trimmed();
        entry.Energy = Energy;
        entry.DrspRatings = new Dictionary<string, int>(DrspRatings ?? []);
        entry.Notes = Notes.TrimToNull();
        entry.IsPrivate = IsPrivate ?? false;
    }
}

public sealed record MenstrualResponse(
    Guid Id, DateOnly Date, int? CycleDay, MenstrualFlow Flow, IReadOnlyList<string> Symptoms, int? Energy,
    IReadOnlyDictionary<string, int> DrspRatings, string? Notes, bool IsPrivate, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
    : ScreenedResponse, IRecordResponse<MenstrualEntry, MenstrualResponse>
{
    public static MenstrualResponse From(MenstrualEntry m) =>
        new(m.Id, m.Date, m.CycleDay, m.Flow, m.Symptoms, m.Energy, m.DrspRatings, m.Notes, m.IsPrivate, m.CreatedAt, m.UpdatedAt);
}

/// <summary>How a morning or evening routine went; one of each type a day.</summary>
public sealed record RoutineRequest(
    DateOnly? Date, RoutineType? Type, List<string>? CompletedSteps, List<string>? SkippedSteps, string? Notes, bool? IsPrivate)
    : IDayTrackerRequest<RoutineEntry>
{
    public static RoutineEntry Blank() => new();

    public static TrackerTime<RoutineEntry> Time { get; } = TrackerTime<RoutineEntry>.Day(r => r.Date);

    public static IEnumerable<string?> Texts(RoutineEntry entry) => [entry.Notes, .. entry.CompletedSteps, .. entry.SkippedSteps];

    public static Expression<Func<RoutineEntry, bool>> ClashesWith(RoutineEntry entry)
    {
        var (date, type) = (entry.Date, entry.Type);
        return r => r.Date == date && r.Type == type;
    }

    public void Validate(ValidationErrors errors)
    {
        if (Type is null) errors.Add("type", "Say which routine: morning or evening.");
        errors.TextList("completedSteps", CompletedSteps, maxItems: 30, maxLength: 200);
        errors.TextList("skippedSteps", SkippedSteps, maxItems: 30, maxLength: 200);
        errors.MaxLength("notes", Notes, 4000);
    }

    public void ApplyTo(RoutineEntry entry, DateTimeOffset now)
    {
        entry.Date = Date!.Value;
        entry.Type = Type!.Value;
        entry.CompletedSteps = CompletedSteps.Trimmed();
        entry.SkippedSteps = SkippedSteps.Trimmed();
        entry.Notes = Notes.TrimToNull();
        entry.IsPrivate = IsPrivate ?? false;
    }
}

public sealed record RoutineResponse(
    Guid Id, DateOnly Date, RoutineType Type, IReadOnlyList<string> CompletedSteps, IReadOnlyList<string> SkippedSteps,
    int? CompletionPercent, string? Notes, bool IsPrivate, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
    : ScreenedResponse, IRecordResponse<RoutineEntry, RoutineResponse>
{
    public static RoutineResponse From(RoutineEntry r) =>
        new(r.Id, r.Date, r.Type, r.CompletedSteps, r.SkippedSteps, r.CompletionPercent, r.Notes, r.IsPrivate, r.CreatedAt, r.UpdatedAt);
}
