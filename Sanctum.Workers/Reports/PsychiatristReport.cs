using Sanctum.Core.Reports;
using System.Globalization;
using Sanctum.Core.Episodes;
using Sanctum.Core.Questionnaires;

namespace Sanctum.Workers.Reports;

/// <summary>
/// For the person's psychiatrist: the month grid, a life chart, questionnaire trends, crises with what helped,
/// adherence, medication changes and side effects, and pattern flags to discuss. Describes what was logged; never
/// names a diagnosis.
/// </summary>
public static class PsychiatristReport
{
    public const string Title = "Mood and treatment summary";

    public static void Write(ReportWriter writer, ReportFacts facts)
    {
        var data = facts.Data;
        writer.Title(Title, $"For {data.DisplayName}'s psychiatrist · {ReportWriter.Period(facts.Context)} · times in {data.Zone.Id}");
        writer.Text("This summary is made from the records the person logged in Sanctum. It shows what was noted, when; " +
                    "it does not diagnose anything, and gaps mean nothing was logged, not that nothing happened.", 8.5f, color: ReportWriter.Muted);

        AtAGlance(writer, facts);

        writer.Heading("Month by month");
        MonthGrid.Add(writer, facts);

        writer.Heading("Life chart", keep: 240);
        writer.Chart(230, ReportCharts.LifeChart(facts));
        writer.Text("Bars: the day's peak elevated (up) and depressed (down) rating, 0-10. Shaded: confirmed episodes (darker: hospital stays). " +
                    "Dotted lines: days with three or more states. Markers along the top: medication changes.", 7.5f, color: ReportWriter.Muted);

        Questionnaires(writer, facts);
        Crises(writer, facts);
        Medications(writer, facts);
        Flags(writer, data.Flags);
    }

    public static void AtAGlance(ReportWriter writer, ReportFacts facts)
    {
        writer.Heading("At a glance");
        var sleep = facts.Days.Where(d => d.SleepHours is not null).Select(d => d.SleepHours!.Value).ToList();
        var hospital = facts.Episodes.Count(e => e.Hospitalized || e.Type == EpisodeType.Hospitalization);
        string[][] rows =
        [
            ["Days with anything logged", $"{facts.LoggedDays} of {facts.Context.Days} ({facts.LoggedShare}%)"],
            ["Mood shifts logged", facts.Shifts.Count.ToString(CultureInfo.InvariantCulture)],
            ["Days with three or more states", facts.Days.Count(d => d.RapidCycling).ToString(CultureInfo.InvariantCulture)],
            ["Days at crisis level of functioning", facts.Days.Count(d => d.LowestFunctioning == Core.Mood.FunctionalityLevel.Crisis).ToString(CultureInfo.InvariantCulture)],
            ["Average sleep", sleep.Count == 0 ? "not logged" : $"{sleep.Average():0.0} h over {sleep.Count} nights"],
            ["Confirmed episodes", $"{facts.Episodes.Count} ({hospital} with a hospital stay)"],
            ["Medication doses taken", facts.Adherence.Scheduled == 0 ? "no doses due" : $"{facts.Adherence.Taken} of {facts.Adherence.Scheduled} due ({ReportFacts.Percent(facts.Adherence.Percent)})"],
            ["Questionnaires completed", facts.Data.Questionnaires.Count(q => facts.Context.Contains(facts.LocalDate(q.CompletedAt))).ToString(CultureInfo.InvariantCulture)],
        ];
        writer.Table(["", "In this period"], [1.2f, 2f], rows, size: 8.5f);
    }

    private static void Questionnaires(ReportWriter writer, ReportFacts facts)
    {
        writer.Heading("Questionnaire trends");
        var responses = facts.Data.Questionnaires.Where(q => facts.Context.Contains(facts.LocalDate(q.CompletedAt))).OrderBy(q => q.CompletedAt).ToList();
        if (responses.Count == 0)
        {
            writer.Text("No questionnaires were completed in this period.");
            return;
        }

        if (responses.Any(q => q.Instrument != Instrument.Cssrs)) writer.Chart(170, ReportCharts.Questionnaires(facts));
        writer.Table(["Completed", "Questionnaire", "Score", "Band", "Risk follow-up"], [1.6f, 1f, 0.6f, 1.4f, 1f],
            responses.Select(q => (IReadOnlyList<string>)
            [
                facts.Local(q.CompletedAt), InstrumentName(q.Instrument), q.Score?.ToString("0.#", CultureInfo.InvariantCulture) ?? "—",
                q.Band.Replace('_', ' '), q.Risk == Core.Safety.RiskLevel.None ? "" : q.Risk.ToString(),
            ]));
    }

    public static string InstrumentName(Instrument instrument) => instrument switch
    {
        Instrument.Phq9 => "PHQ-9",
        Instrument.Gad7 => "GAD-7",
        Instrument.Asrm => "ASRM",
        _ => "C-SSRS screener",
    };

    private static void Crises(ReportWriter writer, ReportFacts facts)
    {
        writer.Heading("Episodes, crises and what helped");
        if (facts.Episodes.Count == 0) writer.Text("No episodes were confirmed in this period.");
        foreach (var episode in facts.Episodes)
        {
            var ended = episode.EndedAt is { } end ? facts.Local(end) : "ongoing";
            var hospital = episode.Hospitalized ? $" · hospital{(episode.HospitalName is { } name ? $": {name}" : "")}" : "";
            writer.Subheading($"{ReportFacts.EpisodeName(episode.Type)}: {facts.Local(episode.StartedAt)} to {ended}{hospital}");
            if (episode.Trigger is { Length: > 0 } trigger) writer.Bullet($"Trigger: {trigger}");
            var symptoms = episode.PhysicalSymptoms.Concat(episode.CognitiveSymptoms).Concat(episode.BehaviouralSymptoms).ToList();
            if (symptoms.Count > 0) writer.Bullet($"Noticed: {string.Join(", ", symptoms)}");
            if (episode.MedicalIntervention is { Length: > 0 } medical) writer.Bullet($"Medical care: {medical}");
            foreach (var intervention in facts.Data.Interventions.Where(i => i.EpisodeId == episode.Id).OrderBy(i => i.OccurredAt))
            {
                var who = intervention.WhoHelped is { Length: > 0 } w ? $" with {w}" : "";
                var helped = intervention.Effectiveness is { } e ? $"; helped {e}/10" : "";
                writer.Bullet($"{facts.Local(intervention.OccurredAt)}: {InterventionName(intervention.Type)}{who}{helped}");
            }

            if (episode.HowItEnded is { Length: > 0 } how) writer.Bullet($"How it ended: {how}");
        }

        var events = facts.Data.SafetyEvents.Where(e => facts.Context.Contains(facts.LocalDate(e.OccurredAt))).OrderBy(e => e.OccurredAt).ToList();
        if (events.Count == 0) return;
        writer.Subheading("Safety follow-ups Sanctum raised");
        writer.Table(["When", "Raised by", "Level", "Why"], [1.5f, 0.9f, 0.7f, 2.4f],
            events.Select(e => (IReadOnlyList<string>)[facts.Local(e.OccurredAt), e.Source, e.Risk.ToString(), e.Reason]));
    }

    public static string InterventionName(InterventionType type) => type switch
    {
        InterventionType.Called988 => "Called or texted 988",
        InterventionType.EmergencyContact => "Reached an emergency contact",
        InterventionType.Therapist => "Contacted therapist",
        InterventionType.Er => "Went to the emergency room",
        InterventionType.SkillsUsed => "Used coping skills",
        _ => "Other help",
    };

    private static void Medications(ReportWriter writer, ReportFacts facts)
    {
        writer.Heading("Medications: adherence, changes and side effects");
        if (facts.Medications.Count == 0) writer.Text("No medication doses were due in this period.");
        else
            writer.Table(["Medication", "Due", "Taken", "Missed", "Skipped", "Not logged", "Taken %"], [2f, 0.6f, 0.6f, 0.6f, 0.6f, 0.8f, 0.8f],
                facts.Medications.Select(m => (IReadOnlyList<string>)
                [
                    m.Name, N(m.Counts.Scheduled), N(m.Counts.Taken), N(m.Counts.Missed), N(m.Counts.Skipped), N(m.Counts.Unlogged),
                    ReportFacts.Percent(m.Counts.Percent),
                ]));

        var changes = facts.Data.MedicationChanges.Where(c => facts.Context.Contains(c.Date)).OrderBy(c => c.Date).ToList();
        if (changes.Count > 0)
        {
            writer.Subheading("Prescription changes");
            writer.Table(["Date", "Medication", "Change", "Dose", "Prescriber", "Reason"], [1.1f, 1.2f, 1f, 0.9f, 1f, 1.6f],
                changes.Select(c => (IReadOnlyList<string>)
                [
                    ReportFacts.Day(c.Date), facts.MedicationName(c.MedicationId), $"{MonthGrid.Marker(c.Type)} {ReportFacts.ChangeName(c.Type)}",
                    Dose(c.OldDose, c.NewDose), c.Prescriber ?? "", c.Reason ?? "",
                ]));
        }

        var effects = facts.Data.SideEffects.Where(s => facts.Context.Contains(facts.LocalDate(s.OccurredAt))).OrderBy(s => s.OccurredAt).ToList();
        writer.Subheading("Side effects noticed");
        if (effects.Count == 0) writer.Text("None logged in this period.");
        else
            writer.Table(["When", "Medication", "Effect", "Severity", "Hours", "What was done"], [1.5f, 1.1f, 1.3f, 0.6f, 0.5f, 1.5f],
                effects.Select(s => (IReadOnlyList<string>)
                [
                    facts.Local(s.OccurredAt), facts.MedicationName(s.MedicationId), s.Effect, $"{s.Severity}/10",
                    s.DurationHours?.ToString("0.#", CultureInfo.InvariantCulture) ?? "", s.ActionTaken ?? "",
                ]));
    }

    private static void Flags(ReportWriter writer, IReadOnlyList<ReportFlag> flags)
    {
        writer.Heading("Patterns to discuss");
        if (flags.Count == 0)
        {
            writer.Text("No pattern flags were raised in this period.");
            return;
        }

        foreach (var flag in flags.OrderBy(f => f.Date)) writer.Bullet($"{ReportFacts.Day(flag.Date)} ({flag.Severity}): {flag.Description}");
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Dose(decimal? from, decimal? to) => (from, to) switch
    {
        ({ } a, { } b) => $"{a:0.##} → {b:0.##}",
        (null, { } b) => $"{b:0.##}",
        ({ } a, null) => $"was {a:0.##}",
        _ => "",
    };
}
