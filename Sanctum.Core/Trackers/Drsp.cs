namespace Sanctum.Core.Trackers;

/// <summary>One item of the Daily Record of Severity of Problems, keyed as MenstrualEntry.DrspRatings stores it.</summary>
public sealed record DrspItem(string Key, string Text, bool Impairment);

/// <summary>
/// The DRSP (Endicott, Nee and Harrison), used to track premenstrual dysphoric symptoms: 21 symptom items and 3
/// impairment items, each rated daily from 1 (not at all) to 6 (extreme), over at least two cycles. Sanctum records
/// the ratings; it never draws a diagnosis from them.
/// </summary>
public static class Drsp
{
    public const int MinRating = 1;
    public const int MaxRating = 6;

    /// <summary>"More sensitive to rejection" relates to rejection-sensitive dysphoria.</summary>
    public const string RejectionSensitive = "rejectionSensitive";

    public static readonly IReadOnlyList<DrspItem> Items =
    [
        new("depressed", "Felt depressed, sad, down or blue", false),
        new("hopeless", "Felt hopeless", false),
        new("worthless", "Felt worthless or guilty", false),
        new("anxious", "Felt anxious, tense, keyed up or on edge", false),
        new("moodSwings", "Had mood swings (suddenly sad or tearful)", false),
        new(RejectionSensitive, "Was more sensitive to rejection, or my feelings were easily hurt", false),
        new("irritable", "Felt angry or irritable", false),
        new("conflicts", "Had conflicts or problems with people", false),
        new("lessInterest", "Had less interest in usual activities (work, school, friends, hobbies)", false),
        new("concentration", "Had difficulty concentrating", false),
        new("tired", "Felt lethargic, tired or fatigued, or had a lack of energy", false),
        new("appetite", "Had increased appetite or overate", false),
        new("cravings", "Had cravings for specific foods", false),
        new("sleptMore", "Slept more, took naps, or found it hard to get up when intended", false),
        new("troubleSleeping", "Had trouble getting to sleep or staying asleep", false),
        new("overwhelmed", "Felt overwhelmed or that I could not cope", false),
        new("outOfControl", "Felt out of control", false),
        new("breastTenderness", "Had breast tenderness", false),
        new("bloating", "Had breast swelling, felt bloated, or gained weight", false),
        new("headache", "Had a headache", false),
        new("jointMusclePain", "Had joint or muscle pain", false),
        new("impairedRoutine", "Was less productive or efficient at work, school, home or in my daily routine", true),
        new("impairedSocial", "Missed or did less of my hobbies or social activities", true),
        new("impairedRelationships", "Had trouble with my relationships", true),
    ];

    private static readonly HashSet<string> Keys = Items.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);

    public static bool IsItem(string key) => Keys.Contains(key);
}
