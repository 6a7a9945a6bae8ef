using System.Globalization;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Sanctum.Core.Mood;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Reports;
using Medication = Sanctum.Core.Profile.Medication;
using QuestionnaireResponse = Sanctum.Core.Questionnaires.QuestionnaireResponse;

namespace Sanctum.Workers.Exports;

/// <summary>
/// A period's records as a FHIR R4 collection Bundle a clinician's system can take in: mood shifts and daily check-ins
/// as Observations, questionnaires as QuestionnaireResponses with a LOINC-coded total score Observation where LOINC
/// has one (PHQ-9, GAD-7), and medications as MedicationStatements. Sanctum's own concepts (mood states) use a Sanctum
/// code system.
/// </summary>
public static class FhirExport
{
    public const string MoodSystem = "https://sanctum.app/fhir/CodeSystem/mood";
    public const string Loinc = "http://loinc.org";

    public static readonly JsonSerializerOptions Json = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).Pretty();

    /// <summary>LOINC's panel and total-score codes for the instruments that have them.</summary>
    private static readonly Dictionary<Instrument, (string Panel, string Score, string Display)> LoincCodes = new()
    {
        [Instrument.Phq9] = ("44249-1", "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
        [Instrument.Gad7] = ("69737-5", "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"),
    };

    public static byte[] Serialize(ReportData data) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Build(data), Json));

    public static Bundle Build(ReportData data)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Timestamp = data.ReadAt };
        var patient = new Patient { Id = Guid.NewGuid().ToString(), Name = [new HumanName { Text = data.DisplayName }] };
        var subject = new ResourceReference($"urn:uuid:{patient.Id}");
        Add(bundle, patient);

        foreach (var shift in data.MoodShifts) Add(bundle, MoodObservation(shift, subject));
        foreach (var baseline in data.Baselines)
        {
            foreach (var observation in BaselineObservations(baseline, data.Zone, subject)) Add(bundle, observation);
        }

        foreach (var response in data.Questionnaires)
        {
            var questionnaireResponse = QuestionnaireResponseOf(response, subject);
            Add(bundle, questionnaireResponse);
            if (ScoreObservation(response, questionnaireResponse, subject) is { } score) Add(bundle, score);
        }

        foreach (var medication in data.Medications) Add(bundle, MedicationStatementOf(medication, subject));
        return bundle;
    }

    private static void Add(Bundle bundle, Resource resource)
    {
        resource.Id ??= Guid.NewGuid().ToString();
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"urn:uuid:{resource.Id}", Resource = resource });
    }

    private static Observation MoodObservation(MoodShift shift, ResourceReference subject)
    {
        var observation = new Observation
        {
            Id = shift.Id.ToString(),
            Status = ObservationStatus.Final,
            Category = [Survey()],
            Code = new CodeableConcept(MoodSystem, "mood-state", "Mood state"),
            Subject = subject,
            Effective = new FhirDateTime(shift.OccurredAt),
            Value = new CodeableConcept(MoodSystem, shift.CurrentState, shift.CurrentState),
            Component =
            [
                new Observation.ComponentComponent { Code = new CodeableConcept(MoodSystem, "intensity", "Intensity (0-10)"), Value = new Integer(shift.Intensity) },
                new Observation.ComponentComponent
                {
                    Code = new CodeableConcept(MoodSystem, "functionality", "Functioning"),
                    Value = new CodeableConcept(MoodSystem, shift.Functionality.ToString().ToLowerInvariant(), shift.Functionality.ToString()),
                },
            ],
        };
        if (shift.Trigger is { } trigger) observation.Component.Add(new Observation.ComponentComponent { Code = new CodeableConcept(MoodSystem, "trigger", "Trigger"), Value = new FhirString(trigger) });
        if (shift.Notes is { } notes) observation.Note = [new Annotation { Text = notes }];
        return observation;
    }

    private static IEnumerable<Observation> BaselineObservations(DailyBaseline baseline, TimeZoneInfo zone, ResourceReference subject)
    {
        var day = new FhirDateTime(baseline.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (baseline.SleepHours is { } hours)
        {
            yield return new Observation
            {
                Status = ObservationStatus.Final,
                Category = [Survey()],
                Code = new CodeableConcept(Loinc, "93832-4", "Sleep duration"),
                Subject = subject,
                Effective = day,
                Value = new Quantity(hours, "h", "http://unitsofmeasure.org") { Unit = "h" },
            };
        }

        foreach (var (code, display, mood, at) in new[]
                 {
                     ("morning-mood", "Morning mood", baseline.MorningMood, baseline.WakeTime),
                     ("evening-mood", "Evening mood", baseline.EveningMood, (TimeOnly?)null),
                 })
        {
            if (mood is null) continue;
            yield return new Observation
            {
                Status = ObservationStatus.Final,
                Category = [Survey()],
                Code = new CodeableConcept(MoodSystem, code, display),
                Subject = subject,
                Effective = at is { } time ? new FhirDateTime(Core.ZonedTime.ToUtc(zone, baseline.Date, time)) : day,
                Value = new CodeableConcept(MoodSystem, mood, mood),
            };
        }
    }

    private static Hl7.Fhir.Model.QuestionnaireResponse QuestionnaireResponseOf(QuestionnaireResponse response, ResourceReference subject) => new()
    {
        Id = response.Id.ToString(),
        Status = Hl7.Fhir.Model.QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
        Questionnaire = LoincCodes.TryGetValue(response.Instrument, out var loinc)
            ? $"http://loinc.org/q/{loinc.Panel}"
            : $"https://sanctum.app/fhir/Questionnaire/{response.Instrument.ToString().ToLowerInvariant()}",
        Subject = subject,
        Authored = new FhirDateTime(response.CompletedAt).Value,
        Item = response.Answers.Select((answer, index) => new Hl7.Fhir.Model.QuestionnaireResponse.ItemComponent
        {
            LinkId = (index + 1).ToString(CultureInfo.InvariantCulture),
            Answer = answer is { } value ? [new Hl7.Fhir.Model.QuestionnaireResponse.AnswerComponent { Value = new Integer(value) }] : [],
        }).ToList(),
    };

    private static Observation? ScoreObservation(QuestionnaireResponse response, Hl7.Fhir.Model.QuestionnaireResponse source, ResourceReference subject)
    {
        if (!LoincCodes.TryGetValue(response.Instrument, out var loinc) || response.Score is not { } score) return null;
        return new Observation
        {
            Status = ObservationStatus.Final,
            Category = [Survey()],
            Code = new CodeableConcept(Loinc, loinc.Score, loinc.Display),
            Subject = subject,
            Effective = new FhirDateTime(response.CompletedAt),
            Value = new Quantity(score, "{score}", "http://unitsofmeasure.org"),
            Interpretation = [new CodeableConcept { Text = response.Band }],
            DerivedFrom = [new ResourceReference($"urn:uuid:{source.Id}")],
        };
    }

    private static MedicationStatement MedicationStatementOf(Medication medication, ResourceReference subject)
    {
        var dose = medication.Dose is { } amount ? $"{amount.ToString(CultureInfo.InvariantCulture)} {medication.Unit}".Trim() : null;
        var times = medication.ScheduleTimes.Count > 0 ? "at " + string.Join(", ", medication.ScheduleTimes.Select(t => t.ToString("HH:mm", CultureInfo.InvariantCulture))) : null;
        var statement = new MedicationStatement
        {
            Id = medication.Id.ToString(),
            Status = medication.Active ? MedicationStatement.MedicationStatusCodes.Active : MedicationStatement.MedicationStatusCodes.Stopped,
            Medication = new CodeableConcept { Text = medication.Name },
            Subject = subject,
            Dosage = [new Dosage { Text = string.Join(" ", new[] { dose, times }.Where(p => p is not null)) }],
        };
        if (medication.StartDate is { } start) statement.Effective = new Period { Start = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        return statement;
    }

    private static CodeableConcept Survey() =>
        new("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey");
}
