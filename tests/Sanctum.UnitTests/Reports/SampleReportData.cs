extern alias workers;

using Sanctum.Core;
using Sanctum.Core.Dbt;
using Sanctum.Core.Episodes;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Profile;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Safety;
using Sanctum.Core.Reports;
using Sanctum.Core.Trackers;
using workers::Sanctum.Workers.Reports;

namespace Sanctum.UnitTests.Reports;

/// <summary>
/// A made-up person's month (deterministic for a seed): a low stretch, a severe-depression episode with a crisis and a
/// hospital stay, a few mixed days, an elevated stretch, medication changes, questionnaires, diary cards, the cycle
/// tracker and the emotion and relationship trackers, as read for a clinician (nothing private). Shared with the
/// benchmark's pdf mode (linked there), so both render the same kind of report.
/// </summary>
public static class SampleReportData
{
    public const string Name = "Alex Sample";
    public const string ZoneId = "America/New_York";
    public const string DraftTrigger = "draft-trigger-never-printed";

    /// <summary>Periods (cycle day 1) in the cycle tracker: the month holds one, eight days in.</summary>
    public static readonly DateOnly[] PeriodStarts = [new(2026, 2, 9), new(2026, 3, 9)];

    /// <summary>Starts 1 March 2026, so the period crosses the US spring-forward day (8 March).</summary>
    public static readonly DateOnly From = new(2026, 3, 1);

    public static ReportContext Context(int days = 30) =>
        new(From, From.AddDays(days - 1), ZonedTime.ToUtc(Zone, From.AddDays(days), new TimeOnly(9, 15)));

    public static TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static ReportData Create(int days = 30, int seed = 7)
    {
        var random = new Random(seed);
        var zone = Zone;
        var userId = Guid.CreateVersion7();
        DateTimeOffset At(DateOnly day, int hour, int minute = 0) => ZonedTime.ToUtc(zone, day, new TimeOnly(hour, minute));
        T Own<T>(T record, DateTimeOffset created) where T : PersonalRecord
        {
            record.UserId = userId;
            record.CreatedAt = record.UpdatedAt = created;
            return record;
        }

        var shifts = new List<MoodShift>();
        var baselines = new List<DailyBaseline>();
        var cards = new List<DiaryCard>();
        var skills = new List<SkillUse>();
        string[] triggers = ["work", "poor sleep", "argument", "money worries", "news"];
        (DbtModule Module, string Skill)[] skillList =
            [(DbtModule.DistressTolerance, "TIPP"), (DbtModule.DistressTolerance, "STOP"), (DbtModule.EmotionRegulation, "Opposite action"),
             (DbtModule.InterpersonalEffectiveness, "DEAR MAN"), (DbtModule.Mindfulness, "Wise mind")];

        for (var i = 0; i < days; i++)
        {
            var day = From.AddDays(i);
            if (i % 9 == 8) continue; // an unlogged day now and then
            var phase = (i % 30) switch { < 8 => "low", < 14 => "depressed", < 18 => "mixed", < 24 => "elevated", _ => "stable" };
            string[] states = phase switch
            {
                "low" => ["low", "stable", "anxious"],
                "depressed" => ["depressed", "low", "anxious", MoodStates.Crisis],
                "mixed" => ["mixed", "irritable", "depressed", "elevated"],
                "elevated" => ["elevated", "hypomanic", "irritable"],
                _ => ["stable", "anxious", "stable"],
            };
            var count = phase == "mixed" ? 4 : 2 + random.Next(2);
            for (var s = 0; s < count; s++)
            {
                var state = states[(s + i) % states.Length];
                if (state == MoodStates.Crisis && i != 10) state = "depressed";
                var at = At(day, 8 + s * 3, random.Next(60));
                shifts.Add(Own(new MoodShift
                {
                    OccurredAt = at,
                    CurrentState = state,
                    Intensity = Math.Clamp(phase switch { "depressed" or "elevated" => 6, "mixed" => 5, _ => 3 } + random.Next(4), 0, 10),
                    Trigger = triggers[random.Next(triggers.Length)],
                    Functionality = state == MoodStates.Crisis ? FunctionalityLevel.Crisis
                        : phase is "depressed" or "mixed" ? FunctionalityLevel.Limited : FunctionalityLevel.Functional,
                    Notes = "note text",
                }, at));
            }

            var sleep = phase switch { "elevated" => 4.5m, "depressed" => 10m, _ => 7m } + random.Next(3) * 0.5m;
            baselines.Add(Own(new DailyBaseline
            {
                Date = day, SleepHours = sleep, MorningMood = states[0], MorningMedsTaken = true,
                DaySummary = i == 19 ? "Up most of the night with ideas for a new business" : null,
            }, At(day, 8)));

            var card = Own(new DiaryCard
            {
                Date = day,
                Emotions = new Dictionary<string, int>
                {
                    ["sadness"] = phase is "depressed" or "low" ? 3 + random.Next(3) : random.Next(2),
                    ["anxiety"] = 1 + random.Next(4),
                    ["anger"] = phase is "mixed" or "elevated" ? 3 + random.Next(3) : random.Next(2),
                    ["shame"] = random.Next(3),
                    ["joy"] = phase == "stable" || phase == "elevated" ? 3 + random.Next(3) : random.Next(2),
                },
                TargetBehaviours = [new TargetBehaviour("Lashing out", random.Next(6), i % 7 == 3), new TargetBehaviour("Bingeing", random.Next(4), false)],
                SelfHarmUrge = phase == "depressed" ? 2 + random.Next(3) : random.Next(2),
                SelfHarmActed = false,
                SuicidalThoughts = phase == "depressed" ? 2 : 0,
                SuicidalPlan = false,
                MedsAsPrescribed = i % 6 != 5,
                SleepHours = sleep,
                RegularMeals = i % 3 != 0,
                ExerciseMinutes = random.Next(4) * 15,
                WhyNoSkills = i % 5 == 4 ? "Too tired to think of one" : null,
            }, At(day, 21));
            cards.Add(card);
            if (i % 5 == 4) continue;
            for (var k = 0; k < 1 + random.Next(2); k++)
            {
                var (module, skill) = skillList[random.Next(skillList.Length)];
                skills.Add(Own(new SkillUse { DiaryCardId = card.Id, Module = module, Skill = skill, Effectiveness = 3 + random.Next(8) }, At(day, 21)));
            }
        }

        var lamotrigine = Own(new Medication { Name = "Lamotrigine", Dose = 150, Unit = "mg", ScheduleTimes = [new(8, 0), new(20, 0)], StartDate = From.AddDays(-60) }, At(From.AddDays(-60), 9));
        var quetiapine = Own(new Medication { Name = "Quetiapine", Dose = 50, Unit = "mg", ScheduleTimes = [new(21, 0)], StartDate = From.AddDays(15) }, At(From.AddDays(15), 9));
        var sertraline = Own(new Medication { Name = "Sertraline", Dose = 50, Unit = "mg", ScheduleTimes = [new(8, 0)], StartDate = From.AddDays(-90), Active = false }, At(From.AddDays(-90), 9));
        sertraline.UpdatedAt = At(From.AddDays(19), 9);
        Medication[] medications = [lamotrigine, quetiapine, sertraline];
        var changes = new List<MedicationChange>
        {
            Own(new MedicationChange { MedicationId = lamotrigine.Id, Date = From.AddDays(11), Type = MedicationChangeType.DoseIncreased, OldDose = 100, NewDose = 150, Prescriber = "Dr. Rivera", Reason = "Low mood persisting" }, At(From.AddDays(11), 12)),
            Own(new MedicationChange { MedicationId = quetiapine.Id, Date = From.AddDays(15), Type = MedicationChangeType.Started, NewDose = 50, Prescriber = "Dr. Rivera", Reason = "Sleep and agitation" }, At(From.AddDays(15), 12)),
            Own(new MedicationChange { MedicationId = sertraline.Id, Date = From.AddDays(20), Type = MedicationChangeType.Stopped, OldDose = 50, Prescriber = "Dr. Rivera", Reason = "Elevated mood" }, At(From.AddDays(20), 12)),
        };

        var doseLogs = new List<DoseLog>();
        var schedules = medications.Select(m => DoseSchedules.Of(m, zone, m.Active ? null : From.AddDays(19))).ToList();
        foreach (var dose in AdherenceCalculator.Doses(schedules, [], From, From.AddDays(days - 1), zone))
        {
            var roll = random.Next(20);
            if (roll == 0) continue; // not logged
            var status = roll < 3 ? DoseStatus.Missed : roll == 3 ? DoseStatus.Skipped : DoseStatus.Taken;
            doseLogs.Add(Own(new DoseLog
            {
                MedicationId = dose.MedicationId, ScheduledAt = dose.ScheduledAt, Status = status,
                TakenAt = status == DoseStatus.Taken ? dose.ScheduledAt.AddMinutes(random.Next(40)) : null,
                Reason = status == DoseStatus.Missed ? "Forgot" : null,
            }, dose.ScheduledAt));
        }

        var sideEffects = new List<SideEffect>
        {
            Own(new SideEffect { MedicationId = lamotrigine.Id, OccurredAt = At(From.AddDays(13), 10), Effect = "Headache", Severity = 4, DurationHours = 3, ActionTaken = "Rested, drank water" }, At(From.AddDays(13), 10)),
            Own(new SideEffect { MedicationId = quetiapine.Id, OccurredAt = At(From.AddDays(17), 7), Effect = "Groggy mornings", Severity = 5, DurationHours = 4 }, At(From.AddDays(17), 7)),
        };

        var questionnaires = new List<QuestionnaireResponse>();
        int[] phq = [8, 17, 12, 6, 5, 7, 9, 11, 14];
        int[] gad = [7, 12, 11, 6, 5, 6, 8, 9, 10];
        int[] asrm = [2, 1, 4, 10, 7, 3, 2, 4, 6];
        for (var week = 0; week * 7 < days; week++)
        {
            var at = At(From.AddDays(week * 7 + 2), 19);
            questionnaires.Add(Own(new QuestionnaireResponse { Instrument = Instrument.Phq9, CompletedAt = at, Score = phq[week % phq.Length], Band = Band(phq[week % phq.Length]) }, at));
            questionnaires.Add(Own(new QuestionnaireResponse { Instrument = Instrument.Gad7, CompletedAt = at.AddMinutes(5), Score = gad[week % gad.Length], Band = Band(gad[week % gad.Length]) }, at));
            questionnaires.Add(Own(new QuestionnaireResponse { Instrument = Instrument.Asrm, CompletedAt = at.AddMinutes(10), Score = asrm[week % asrm.Length], Band = asrm[week % asrm.Length] >= 6 ? "probable" : "unlikely" }, at));
        }

        var crisisAt = At(From.AddDays(10), 23, 10);
        questionnaires.Add(Own(new QuestionnaireResponse { Instrument = Instrument.Cssrs, CompletedAt = crisisAt.AddMinutes(-30), Band = "low", Risk = RiskLevel.Low, Answers = [1, 0, null, null, null, 0] }, crisisAt));
        var safetyEvents = new List<SafetyEvent>
        {
            Own(new SafetyEvent { OccurredAt = crisisAt.AddMinutes(-30), Source = "cssrs", Risk = RiskLevel.Low, Reason = "C-SSRS screener: wished to be dead (question 1)" }, crisisAt),
        };

        var depression = Own(new Episode
        {
            Type = EpisodeType.SevereDepression, StartedAt = At(From.AddDays(8), 9), EndedAt = At(From.AddDays(13), 18),
            Trigger = "Work deadline and poor sleep", PhysicalSymptoms = ["exhaustion"], CognitiveSymptoms = ["slowed thinking"],
            BehaviouralSymptoms = ["stayed in bed"], HowItEnded = "Gradually, with support",
        }, At(From.AddDays(8), 9));
        var crisis = Own(new Episode
        {
            Type = EpisodeType.SuicidalCrisis, StartedAt = crisisAt, EndedAt = crisisAt.AddHours(5), Trigger = "Argument late at night",
            CognitiveSymptoms = ["hopeless thoughts"], HowItEnded = "Sister stayed over",
        }, crisisAt);
        var hospital = Own(new Episode
        {
            Type = EpisodeType.Mixed, StartedAt = At(From.AddDays(14), 15), EndedAt = At(From.AddDays(16), 11), Hospitalized = true,
            HospitalName = "Riverside Hospital", MedicalIntervention = "Short inpatient stay", HowItEnded = "Discharged home",
        }, At(From.AddDays(14), 15));
        var draft = Own(new Episode { Status = EpisodeStatus.Draft, Type = EpisodeType.SuicidalCrisis, StartedAt = At(From.AddDays(3), 12), Trigger = DraftTrigger }, At(From.AddDays(3), 12));
        var interventions = new List<CrisisIntervention>
        {
            Own(new CrisisIntervention { EpisodeId = crisis.Id, OccurredAt = crisisAt.AddMinutes(20), Type = InterventionType.Called988, Effectiveness = 7, Notes = "Talked it through" }, crisisAt),
            Own(new CrisisIntervention { EpisodeId = crisis.Id, OccurredAt = crisisAt.AddMinutes(70), Type = InterventionType.EmergencyContact, WhoHelped = "sister", Effectiveness = 9 }, crisisAt),
            Own(new CrisisIntervention { EpisodeId = hospital.Id, OccurredAt = At(From.AddDays(14), 16), Type = InterventionType.Er, Effectiveness = 6 }, crisisAt),
        };

        // The cycle tracker from before the period (its cycle days count from February's period), and the emotion and
        // relationship trackers. Private entries are not here: ReportSources leaves them out of a clinician's data.
        var menstrual = new List<MenstrualEntry>();
        for (var day = PeriodStarts[0]; day < From.AddDays(days); day = day.AddDays(1))
        {
            var cycleDay = day.DayNumber - PeriodStarts.Last(p => p <= day).DayNumber + 1;
            menstrual.Add(Own(new MenstrualEntry
            {
                Date = day, Flow = cycleDay <= 5 ? MenstrualFlow.Medium : MenstrualFlow.None, CycleDay = cycleDay == 1 ? 1 : null,
                Energy = 3 + random.Next(6),
            }, At(day, 21)));
        }

        var abandonment = new List<AbandonmentEntry>
        {
            Own(new AbandonmentEntry
            {
                OccurredAt = At(From.AddDays(5), 21, 30), TriggerSituation = "Partner didn't reply for hours", FearIntensity = 8,
                BehaviourResponse = "Sent many messages", RealityCheckEvidence = "They said they'd be at the cinema", Outcome = "They were asleep; felt embarrassed",
            }, At(From.AddDays(5), 22)),
        };
        var emotions = new List<EmotionalIntensityEntry>
        {
            Own(new EmotionalIntensityEntry
            {
                OccurredAt = At(From.AddDays(12), 15), Emotion = "Shame", Intensity = 9, DurationMinutes = 90, Trigger = "Criticism at work",
                CopingUsed = "Cold water (TIPP)", Effectiveness = 6,
            }, At(From.AddDays(12), 16)),
            Own(new EmotionalIntensityEntry { OccurredAt = At(From.AddDays(18), 11), Emotion = "Joy", Intensity = 5 }, At(From.AddDays(18), 11)),
        };
        var relationships = new List<RelationshipEntry>
        {
            Own(new RelationshipEntry
            {
                OccurredAt = At(From.AddDays(16), 19), Person = "Jordan (friend)", Interaction = "Cancelled our plans last minute",
                Feelings = "Hurt, then furious", Split = SplitNoticed.Devalue, RepairActions = "Texted to reschedule",
            }, At(From.AddDays(16), 20)),
            Own(new RelationshipEntry { OccurredAt = At(From.AddDays(20), 18), Person = "Sister", Interaction = "Long phone call" }, At(From.AddDays(20), 19)),
        };

        return new ReportData
        {
            DisplayName = Name,
            Zone = zone,
            MoodShifts = shifts,
            Baselines = baselines,
            Medications = medications,
            DoseLogs = doseLogs,
            MedicationChanges = changes,
            SideEffects = sideEffects,
            Questionnaires = questionnaires,
            DiaryCards = cards,
            SkillUses = skills,
            Episodes = [depression, crisis, hospital, draft],
            Interventions = interventions,
            SafetyEvents = safetyEvents,
            Flags = [new ReportFlag(From.AddDays(20), "medium", "Mood ratings tended to be lower the day after a missed dose: worth discussing with a provider.")],
            Profile = Own(new Profile { PreferredName = "Alex", Diagnoses = [new Diagnosis("Bipolar I", "F31.9"), new Diagnosis("Borderline personality disorder", "F60.3")] }, At(From, 9)),
            Menstrual = menstrual,
            Abandonment = abandonment,
            EmotionalIntensity = emotions,
            Relationships = relationships,
        };
    }

    private static string Band(int score) => score switch { < 5 => "minimal", < 10 => "mild", < 15 => "moderate", < 20 => "moderately_severe", _ => "severe" };
}
