namespace Sanctum.Bench;

/// <summary>A mood shift as the Api takes it (POST /api/v1/mood/shifts).</summary>
public sealed record ShiftBody(
    DateTimeOffset OccurredAt, string? PreviousState, string CurrentState, int Intensity, string? Trigger,
    string[]? PhysicalSymptoms, string Functionality, string? Activity, string? Notes);

/// <summary>A morning check-in (PUT /api/v1/mood/baselines/{date}/morning).</summary>
public sealed record MorningBody(
    TimeOnly WakeTime, decimal SleepHours, TimeOnly BedtimePreviousNight, string HowWokeUp, string MorningMood,
    bool MorningMedsTaken, TimeOnly? MorningMedsAt);

/// <summary>An evening check-in (PUT /api/v1/mood/baselines/{date}/evening).</summary>
public sealed record EveningBody(string EveningMood, bool EveningMedsTaken, TimeOnly? EveningMedsAt, string? DaySummary);

/// <summary>
/// Plausible days of one person: shifts at spread-out waking times, states that mostly linger and sometimes
/// swing, intensities and functioning that go with the state, and occasional triggers, symptoms and notes.
/// </summary>
public sealed class SyntheticLife(Random random)
{
    // The standard taxonomy, weighted so that ordinary days are the most common and crisis the rarest.
    private static readonly (string State, int Weight)[] States =
    [
        ("stable", 30), ("low", 14), ("anxious", 12), ("depressed", 8), ("elevated", 8), ("irritable", 8),
        ("numb", 5), ("mixed", 4), ("hypomanic", 4), ("dissociated", 3), ("manic", 2), ("crisis", 1),
    ];

    private static readonly int TotalWeight = States.Sum(s => s.Weight);

    private static readonly string[] Triggers =
        ["work deadline", "argument with partner", "poor sleep", "the news", "a crowded shop", "good talk with a friend", "missed a dose"];

    private static readonly string[] Symptoms = ["racing heart", "fatigue", "headache", "tense shoulders", "restless", "no appetite"];

    private static readonly string[] Activities = ["working", "commuting", "at home", "with friends", "exercising", "trying to sleep"];

    private static readonly string[] Notes =
        ["Felt it building since lunch.", "Took a walk, it helped a bit.", "Hard to focus on anything.", "Better after eating."];

    private string state = "stable";

    public string State => state;

    /// <summary>The next shift, at <paramref name="occurredAt"/>, following on from the last one.</summary>
    public ShiftBody NextShift(DateTimeOffset occurredAt)
    {
        var previous = state;
        state = random.Next(2) == 0 ? previous : PickState();
        var intensity = state switch
        {
            "crisis" => random.Next(8, 11),
            "stable" => random.Next(1, 5),
            _ => random.Next(2, 10),
        };
        var functionality = state switch
        {
            "crisis" => "crisis",
            "depressed" or "manic" or "dissociated" => random.Next(3) == 0 ? "functional" : "limited",
            "stable" or "elevated" => random.Next(4) == 0 ? "high" : "functional",
            _ => random.Next(4) == 0 ? "limited" : "functional",
        };
        return new ShiftBody(
            occurredAt, previous, state, intensity,
            Sometimes(0.3, Triggers), random.NextDouble() < 0.2 ? [.. random.GetItems(Symptoms, random.Next(1, 3)).Distinct()] : null,
            functionality, Sometimes(0.4, Activities), Sometimes(0.1, Notes));
    }

    /// <summary>
    /// The local times of a day's shifts: <paramref name="count"/> distinct minutes between 07:00 and 23:30, in order.
    /// </summary>
    public IEnumerable<TimeOnly> TimesOfDay(int count) =>
        Enumerable.Range(0, count).Select(_ => random.Next(7 * 60, 23 * 60 + 30)).Distinct().Order()
            .Select(minute => new TimeOnly(minute / 60, minute % 60));

    public MorningBody Morning()
    {
        var wake = new TimeOnly(6, 30).AddMinutes(random.Next(0, 180));
        var bedtime = new TimeOnly(22, 0).AddMinutes(random.Next(0, 210));
        var taken = random.NextDouble() < 0.85;
        var woke = state switch
        {
            "depressed" or "low" or "numb" => "depressed",
            "elevated" or "hypomanic" or "manic" => "energized",
            _ => random.Next(3) == 0 ? "struggled" : "easy",
        };
        return new MorningBody(wake, Math.Round(4.5m + random.Next(0, 51) / 10m, 1), bedtime, woke, state, taken,
            taken ? wake.AddMinutes(15) : null);
    }

    public EveningBody Evening()
    {
        var taken = random.NextDouble() < 0.8;
        return new EveningBody(state, taken, taken ? new TimeOnly(21, 0).AddMinutes(random.Next(0, 90)) : null,
            Sometimes(0.3, ["A long day.", "Quiet day at home.", "Saw friends, tired now."]));
    }

    private string PickState()
    {
        var pick = random.Next(TotalWeight);
        foreach (var (name, weight) in States)
        {
            if ((pick -= weight) < 0) return name;
        }
        return "stable";
    }

    private string? Sometimes(double probability, string[] choices) =>
        random.NextDouble() < probability ? choices[random.Next(choices.Length)] : null;
}
