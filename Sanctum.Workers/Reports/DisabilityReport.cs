using Sanctum.Core.Reports;
using System.Globalization;
using Sanctum.Core.Episodes;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Trackers;

namespace Sanctum.Workers.Reports;

/// <summary>
/// For a disability (SSDI) claim: the person's dated records arranged under the headings of SSA Listing 12.04
/// (A symptoms, B the four areas of mental functioning, C persistence over time) and, when there are records from the
/// emotion and relationship trackers, diary cards with target behaviours or a diagnosis the person entered, Listing 12.08 (A and B). It organises evidence; whether a listing is met is for clinicians and SSA.
/// </summary>
public static class DisabilityReport
{
    public const string Title = "Disability evidence summary";

    /// <summary>Past this many dated entries a table ends with a count of the rest, so the evidence stays readable.</summary>
    public const int MaxEntries = 25;

    private sealed record Entry(DateOnly Date, string Record, string Detail);

    public static void Write(ReportWriter writer, ReportFacts facts)
    {
        var includes1208 = HasBpdRecords(facts);
        writer.Title(Title, $"{facts.Data.DisplayName} · {ReportWriter.Period(facts.Context)} · times in {facts.Data.Zone.Id}");
        writer.Text("This document arranges the person's own dated records from Sanctum under the headings of the Social Security " +
                    "Administration's Listing 12.04 (depressive, bipolar and related disorders)" +
                    (includes1208 ? " and Listing 12.08 (personality and impulse-control disorders)" : "") +
                    ". It is a record of what was logged, for the treating clinician and the claim. It does not say whether any " +
                    "listing is met: that is for the clinician and SSA to judge.", 8.5f, color: ReportWriter.Muted);

        PsychiatristReport.AtAGlance(writer, facts);

        writer.Heading("Listing 12.04, paragraph A: documented symptoms");
        writer.Subheading("Depressive symptoms");
        Entries(writer, DepressiveEntries(facts));
        writer.Subheading("Manic or hypomanic symptoms");
        Entries(writer, ManicEntries(facts));

        writer.Heading("Listing 12.04, paragraph B: areas of mental functioning");
        writer.Text("Records that bear on each of the four areas. Sanctum does not rate limitation as mild, moderate, marked or extreme.", 8.5f, color: ReportWriter.Muted);
        FunctioningAreas(writer, facts);

        writer.Heading("Listing 12.04, paragraph C: persistence over time");
        Persistence(writer, facts);

        if (!includes1208) return;
        writer.Heading("Listing 12.08, paragraph A: pattern of instability");
        writer.Text("Listing 12.08 uses paragraphs A and B only. Dated records from the emotion and relationship trackers (fear of abandonment, " +
                    "emotional intensity, relationships), mood logs and diary cards, under the kinds of pattern paragraph A names.", 8.5f, color: ReportWriter.Muted);
        writer.Subheading("Instability of interpersonal relationships");
        Entries(writer, [.. facts.Abandonment.Select(a => Abandonment(facts, a)), .. facts.Relationships.Where(r => r.Split != SplitNoticed.None).Select(r => Relationship(facts, r))]);
        writer.Subheading("Excessive emotional fluctuation");
        Entries(writer, EmotionalEntries(facts));
        writer.Subheading("Impulsive or self-harming behaviour");
        Entries(writer, ImpulsiveEntries(facts));

        writer.Heading("Listing 12.08, paragraph B: areas of mental functioning");
        writer.Text("Listing 12.08 uses the same four areas as 12.04 paragraph B; the records for each are listed above. " +
                    "The emotion and relationship tracker records that bear on them:", 9);
        writer.Subheading("2. Interact with others");
        Entries(writer, [.. facts.Relationships.Select(r => Relationship(facts, r)), .. facts.Abandonment.Where(a => a.BehaviourResponse is { Length: > 0 }).Select(a => Abandonment(facts, a))]);
        writer.Subheading("4. Adapt or manage oneself");
        Entries(writer, facts.EmotionalIntensity.Where(e => e.Intensity >= StrongEmotion).Select(e => Emotion(facts, e)).ToList());
    }

    /// <summary>An emotional-intensity entry at or above this (0-10) is evidence of fluctuation and of managing oneself.</summary>
    public const int StrongEmotion = 7;

    /// <summary>
    /// Entries from the emotion and relationship trackers (a clinician's report is read without private ones), DBT diary cards with target behaviours or self-harm ratings,
    /// or a diagnosis the person entered that names BPD.
    /// </summary>
    public static bool HasBpdRecords(ReportFacts facts) =>
        facts.Abandonment.Count > 0 || facts.EmotionalIntensity.Count > 0 || facts.Relationships.Count > 0 ||
        facts.Data.DiaryCards.Any(c => facts.Context.Contains(c.Date) && (c.TargetBehaviours.Count > 0 || c.SelfHarmUrge is not null)) ||
        facts.Data.Profile?.Diagnoses.Any(d => d.Icd10Code?.StartsWith("F60.3", StringComparison.OrdinalIgnoreCase) == true ||
                                                d.Text.Contains("borderline", StringComparison.OrdinalIgnoreCase) ||
                                                d.Text.Contains("BPD", StringComparison.Ordinal)) == true;

    private static void Entries(ReportWriter writer, IReadOnlyList<Entry> entries)
    {
        if (entries.Count == 0)
        {
            writer.Text("No records of this kind in the period.");
            return;
        }

        var ordered = entries.OrderBy(e => e.Date).ToList();
        writer.Table(["Date", "Record", "Detail"], [1f, 1.3f, 3f],
            ordered.Take(MaxEntries).Select(e => (IReadOnlyList<string>)[ReportFacts.Day(e.Date), e.Record, e.Detail]));
        if (ordered.Count > MaxEntries) writer.Text($"… and {ordered.Count - MaxEntries} more dated entries of this kind in the period.", 8, color: ReportWriter.Muted);
    }

    private static IEnumerable<Entry> Scores(ReportFacts facts, Instrument instrument, decimal atLeast) =>
        facts.Data.Questionnaires
            .Where(q => q.Instrument == instrument && q.Score >= atLeast && facts.Context.Contains(facts.LocalDate(q.CompletedAt)))
            .Select(q => new Entry(facts.LocalDate(q.CompletedAt), $"{PsychiatristReport.InstrumentName(instrument)} score",
                $"{q.Score:0.#} ({q.Band.Replace('_', ' ')})"));

    private static IEnumerable<Entry> EpisodesOf(ReportFacts facts, params EpisodeType[] types) =>
        facts.Episodes.Where(e => types.Contains(e.Type)).Select(e => new Entry(facts.LocalDate(e.StartedAt),
            $"Episode: {ReportFacts.EpisodeName(e.Type)}",
            string.Join("; ", new[] { e.EndedAt is { } end ? $"until {ReportFacts.Day(facts.LocalDate(end))}" : "ongoing",
                string.Join(", ", e.PhysicalSymptoms.Concat(e.CognitiveSymptoms).Concat(e.BehaviouralSymptoms)) }.Where(s => s.Length > 0))));

    private static List<Entry> DepressiveEntries(ReportFacts facts) =>
    [
        .. facts.Days.Where(d => d.Depressed is not null).Select(d => new Entry(d.Date, "Mood log",
            $"Depressed or low mood, peak {d.Depressed}/10{Functioning(d)}")),
        .. Scores(facts, Instrument.Phq9, 10),
        .. facts.Days.Where(d => d.SleepHours >= 10).Select(d => new Entry(d.Date, "Sleep", $"{d.SleepHours:0.#} hours (long sleep)")),
        .. EpisodesOf(facts, EpisodeType.SevereDepression, EpisodeType.SuicidalCrisis, EpisodeType.Mixed),
    ];

    private static List<Entry> ManicEntries(ReportFacts facts) =>
    [
        .. facts.Days.Where(d => d.Elevated is not null).Select(d => new Entry(d.Date, "Mood log",
            $"Elevated mood, peak {d.Elevated}/10{Functioning(d)}{(d.SleepHours <= 5 ? $"; slept {d.SleepHours:0.#} hours" : "")}")),
        .. Scores(facts, Instrument.Asrm, 6),
        .. EpisodesOf(facts, EpisodeType.Mania, EpisodeType.Hypomania, EpisodeType.Mixed),
    ];

    private static string Functioning(MoodDayRow day) => day.LowestFunctioning switch
    {
        FunctionalityLevel.Crisis => "; functioning at crisis level",
        FunctionalityLevel.Limited => "; functioning limited",
        _ => "",
    };

    private static void FunctioningAreas(ReportWriter writer, ReportFacts facts)
    {
        var cards = facts.Data.DiaryCards.Where(c => facts.Context.Contains(c.Date)).ToList();
        var episodes = facts.Episodes;

        writer.Subheading("1. Understand, remember or apply information");
        Entries(writer, episodes.Where(e => e.CognitiveSymptoms.Count > 0)
            .Select(e => new Entry(facts.LocalDate(e.StartedAt), $"Episode: {ReportFacts.EpisodeName(e.Type)}", string.Join(", ", e.CognitiveSymptoms))).ToList());

        writer.Subheading("2. Interact with others");
        Entries(writer,
        [
            .. facts.Days.Where(d => d.Irritable is not null).Select(d => new Entry(d.Date, "Mood log", $"Irritable, peak {d.Irritable}/10")),
            .. cards.SelectMany(c => c.TargetBehaviours.Where(b => b.Acted).Select(b => new Entry(c.Date, "Diary card", $"Acted on urge: {b.Name.ToLowerInvariant()}"))),
            .. cards.Where(c => c.Emotions.GetValueOrDefault("anger") >= 4).Select(c => new Entry(c.Date, "Diary card", $"Anger {c.Emotions["anger"]}/5")),
        ]);

        writer.Subheading("3. Concentrate, persist or maintain pace");
        Entries(writer,
        [
            .. facts.Data.Questionnaires.Where(q => q.Instrument == Instrument.Phq9 && q.Answers.Count > 6 && q.Answers[6] >= 2 && facts.Context.Contains(facts.LocalDate(q.CompletedAt)))
                .Select(q => new Entry(facts.LocalDate(q.CompletedAt), "PHQ-9 item 7", "Trouble concentrating more than half the days or nearly every day")),
            .. facts.Days.Where(d => d.LowestFunctioning == FunctionalityLevel.Limited).Select(d => new Entry(d.Date, "Mood log", "Functioning limited that day")),
        ]);

        writer.Subheading("4. Adapt or manage oneself");
        Entries(writer,
        [
            .. facts.Days.Where(d => d.LowestFunctioning == FunctionalityLevel.Crisis).Select(d => new Entry(d.Date, "Mood log", "Functioning at crisis level")),
            .. episodes.Where(e => e.Hospitalized).Select(e => new Entry(facts.LocalDate(e.StartedAt), "Hospital stay", e.HospitalName ?? "")),
            .. episodes.Where(e => e.Type == EpisodeType.SuicidalCrisis).Select(e => new Entry(facts.LocalDate(e.StartedAt), "Crisis episode", e.HowItEnded ?? "")),
            .. cards.Where(c => c.SelfHarmUrge >= 3 || c.SelfHarmActed == true).Select(c => new Entry(c.Date, "Diary card",
                $"Self-harm urge {c.SelfHarmUrge}/5{(c.SelfHarmActed == true ? ", acted on" : "")}")),
            .. facts.Medications.Where(m => m.Counts.Missed > 0).Select(m => new Entry(facts.Context.To, "Medication", $"{m.Name}: {m.Counts.Missed} doses missed of {m.Counts.Scheduled} due in the period")),
        ]);
    }

    private static void Persistence(ReportWriter writer, ReportFacts facts)
    {
        writer.Text($"Paragraph C looks for a medically documented history over at least two years. This document covers {facts.Context.Days} days " +
                    "(a longer period can be exported); month by month, the records show:", 9);
        var months = facts.Days.GroupBy(d => (d.Date.Year, d.Date.Month)).ToList();
        writer.Table(["Month", "Days logged", "Depressed days", "Elevated days", "Limited or crisis days", "Episodes", "Doses taken"],
            [1.1f, 0.8f, 0.8f, 0.8f, 1f, 0.7f, 0.8f],
            months.Select(m =>
            {
                var first = new DateOnly(m.Key.Year, m.Key.Month, 1);
                var doses = facts.Medications.SelectMany(r => r.Days).Where(d => d.Date.Year == m.Key.Year && d.Date.Month == m.Key.Month).ToList();
                var due = doses.Sum(d => d.Due);
                return (IReadOnlyList<string>)
                [
                    first.ToString("MMM yyyy", CultureInfo.InvariantCulture), N(m.Count(d => d.Logged)), N(m.Count(d => d.Depressed is not null)),
                    N(m.Count(d => d.Elevated is not null)), N(m.Count(d => d.LowestFunctioning is FunctionalityLevel.Limited or FunctionalityLevel.Crisis)),
                    N(facts.Episodes.Count(e => facts.LocalDate(e.StartedAt) is var s && s.Year == m.Key.Year && s.Month == m.Key.Month)),
                    due == 0 ? "none due" : $"{doses.Sum(d => d.Taken)} of {due}",
                ];
            }));

        writer.Subheading("Ongoing treatment");
        var active = facts.Data.Medications.Where(m => m.Active).OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var medication in active)
            writer.Bullet($"{medication.Name}{(medication.Dose is { } dose ? $" {dose:0.##} {medication.Unit}" : "")}" +
                          $"{(medication.StartDate is { } start ? $", since {ReportFacts.Day(start)}" : "")}{(medication.Prescriber is { } p ? $", prescribed by {p}" : "")}");
        var changes = facts.Data.MedicationChanges.Count(c => facts.Context.Contains(c.Date));
        if (changes > 0) writer.Bullet($"{changes} prescription changes in the period (see the psychiatrist summary for each).");
        var cards = facts.Data.DiaryCards.Count(c => facts.Context.Contains(c.Date));
        if (cards > 0) writer.Bullet($"DBT diary cards kept on {cards} of {facts.Context.Days} days.");
        if (active.Count == 0 && changes == 0 && cards == 0) writer.Text("No treatment records in the period.");
    }

    private static List<Entry> EmotionalEntries(ReportFacts facts) =>
    [
        .. facts.EmotionalIntensity.Where(e => e.Intensity >= StrongEmotion).Select(e => Emotion(facts, e)),
        .. facts.Days.Where(d => d.RapidCycling).Select(d => new Entry(d.Date, "Mood log", $"Mood moved through three or more states ({d.Shifts} shifts logged)")),
        .. facts.Data.DiaryCards.Where(c => facts.Context.Contains(c.Date) && c.Emotions.GetValueOrDefault("anger") >= 4)
            .Select(c => new Entry(c.Date, "Diary card", $"Intense anger {c.Emotions["anger"]}/5")),
    ];

    private static List<Entry> ImpulsiveEntries(ReportFacts facts)
    {
        var cards = facts.Data.DiaryCards.Where(c => facts.Context.Contains(c.Date)).ToList();
        return
        [
            .. cards.Where(c => c.SelfHarmUrge >= 3 || c.SelfHarmActed == true).Select(c => new Entry(c.Date, "Diary card",
                $"Self-harm urge {c.SelfHarmUrge}/5{(c.SelfHarmActed == true ? ", acted on" : "")}")),
            .. cards.Where(c => c.SuicidalThoughts >= 2).Select(c => new Entry(c.Date, "Diary card", $"Suicidal thoughts {c.SuicidalThoughts}/5")),
            .. cards.SelectMany(c => c.TargetBehaviours.Where(b => b.Acted).Select(b => new Entry(c.Date, "Diary card", $"Acted on urge: {b.Name.ToLowerInvariant()}"))),
        ];
    }

    private static Entry Abandonment(ReportFacts facts, AbandonmentEntry a) => new(facts.LocalDate(a.OccurredAt), "Abandonment fear",
        Join($"Fear {a.FearIntensity}/10: {a.TriggerSituation}", Labelled("response", a.BehaviourResponse), Labelled("outcome", a.Outcome)));

    private static Entry Relationship(ReportFacts facts, RelationshipEntry r) => new(facts.LocalDate(r.OccurredAt), "Relationship",
        Join($"{r.Person}: {r.Interaction}",
            r.Split switch { SplitNoticed.Idealise => "noticed idealising", SplitNoticed.Devalue => "noticed devaluing", _ => null },
            Labelled("repair", r.RepairActions)));

    private static Entry Emotion(ReportFacts facts, EmotionalIntensityEntry e) => new(facts.LocalDate(e.OccurredAt), "Emotional intensity",
        Join($"{e.Emotion} {e.Intensity}/10", e.DurationMinutes is { } minutes ? $"lasted {N(minutes)} min" : null, Labelled("trigger", e.Trigger),
            Labelled("coping", e.CopingUsed) is { } coping && e.Effectiveness is { } helped ? $"{coping} (helped {N(helped)}/10)" : Labelled("coping", e.CopingUsed)));

    private static string? Labelled(string label, string? text) => string.IsNullOrWhiteSpace(text) ? null : $"{label}: {text.Trim()}";

    private static string Join(params string?[] parts) => string.Join("; ", parts.Where(p => p is not null));

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
