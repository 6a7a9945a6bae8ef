using System.Globalization;
using System.Text.RegularExpressions;
using Sanctum.Web.Api.Contracts;
using Sanctum.Web.Components.Pages.Mood;
using Sanctum.Web.Time;

namespace Sanctum.Web.Components.Pages.Timeline;

/// <summary>One line of "What happened, in order". <c>When</c> is local; <c>Machine</c> feeds &lt;time datetime&gt;.</summary>
public sealed record TimelineEvent(DateTimeOffset SortAt, string Machine, string When, string Kind, string Text);

/// <summary>The timeline as words: every record in order, in the person's local time, and a one-sentence summary.</summary>
public static partial class TimelineEvents
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");

    public static IReadOnlyList<TimelineEvent> InOrder(TimelineInfo timeline, TimeZoneInfo zone)
    {
        TimelineEvent At(DateTimeOffset instant, string kind, string text) =>
            new(instant, Display.Machine(instant), Display.DateTime(TimeZoneInfo.ConvertTime(instant, zone)), kind, text);

        // Day-dated records sort at the start of their local day, before that day's timed ones.
        TimelineEvent On(DateOnly date, string kind, string text) =>
            new(LocalDays.StartOf(zone, date), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                date.ToString("ddd, MMM d, yyyy", Culture), kind, text);

        string Local(DateTimeOffset instant) => Display.DateTime(TimeZoneInfo.ConvertTime(instant, zone));

        var events = new List<TimelineEvent>();
        events.AddRange(timeline.Shifts.Select(s => At(s.OccurredAt, "Mood",
            $"{MoodWords.State(s.State)}, {s.Intensity} out of 10 · {MoodWords.FunctionalityLabel(s.Functionality)}")));
        events.AddRange(timeline.CrisisPeriods.Select(p => At(p.Start, "Crisis period",
            $"{CrisisReason(p.Reason)}, until {Local(p.End)}")));
        events.AddRange(timeline.Episodes.Select(e => At(e.StartedAt, "Episode",
            $"{Words(e.Type)} began{(e.EndedAt is { } ended ? $", ended {Local(ended)}" : ", still going on")}")));
        events.AddRange(timeline.MedicationChanges.Select(c => On(c.ChangedAt, "Medication", $"{c.MedicationName}: {Change(c)}")));
        events.AddRange(timeline.DiaryCards.Select(c => On(c.Date, "Diary card", Card(c))));
        events.AddRange(timeline.Questionnaires.Select(q => At(q.TakenAt, Instrument(q.Instrument),
            q.TotalScore is { } score ? $"score {Display.Number(score)}, {Words(q.Band).ToLowerInvariant()}" : Words(q.Band))));
        return events.OrderBy(e => e.SortAt).ToList();
    }

    /// <summary>What the chart shows, in one sentence, for its aria-label.</summary>
    public static string Summary(TimelineInfo timeline, TimelinePeriod period)
    {
        var parts = new List<string> { Count(timeline.Shifts.Count, "mood shift") };
        if (timeline.Shifts.Count > 0) parts[0] += $", the last {timeline.Shifts[^1].State}";
        else if (timeline.CarriedOverState is { } carried) parts[0] += $", {carried} throughout";
        parts.Add(Count(timeline.CrisisPeriods.Count, "crisis period"));
        parts.Add(Count(timeline.MedicationChanges.Count, "medication change"));
        parts.Add(Count(timeline.DiaryCards.Count, "diary card"));
        parts.Add(Count(timeline.Questionnaires.Count, "questionnaire"));
        return $"Mood over {period.Title}: {string.Join("; ", parts)}. The list below gives each in order.";
    }

    public static string Instrument(string instrument) => instrument switch
    {
        "phq9" => "PHQ-9",
        "gad7" => "GAD-7",
        "asrm" => "ASRM",
        "cssrs" => "C-SSRS",
        _ => instrument,
    };

    public static string CrisisReason(string reason) => reason switch
    {
        "moodState" => "Mood logged as crisis",
        "functioning" => "Functioning logged as in crisis",
        "suicidalCrisisEpisode" => "A suicidal crisis episode",
        "psychosisEpisode" => "A psychosis episode",
        "hospitalizationEpisode" => "A hospital stay",
        _ => Words(reason),
    };

    private static string Change(TimelineChangeInfo change)
    {
        string Dose(decimal? dose) => dose is { } value ? $"{Display.Number(value)}{(change.Unit is { } unit ? $" {unit}" : "")}" : "an unrecorded dose";
        return change.ChangeType switch
        {
            "started" => $"started{(change.NewDose is null ? "" : $" at {Dose(change.NewDose)}")}",
            "stopped" => "stopped",
            "doseIncreased" => $"dose raised from {Dose(change.OldDose)} to {Dose(change.NewDose)}",
            "doseDecreased" => $"dose lowered from {Dose(change.OldDose)} to {Dose(change.NewDose)}",
            _ => Words(change.ChangeType),
        };
    }

    private static string Card(TimelineCardInfo card)
    {
        var parts = new List<string> { Count(card.SkillsUsed, "skill") + " used" };
        if (card.HighestUrge is { } urge) parts.Add($"highest urge {urge} of 5");
        if (card.SelfHarmUrge is { } selfHarm) parts.Add($"self-harm urge {selfHarm} of 5");
        if (card.SuicidalThoughts is { } thoughts) parts.Add($"suicidal thoughts {thoughts} of 5");
        return string.Join(" · ", parts);
    }

    private static string Count(int count, string thing) => $"{count} {thing}{(count == 1 ? "" : "s")}";

    /// <summary>"suicidalCrisis" or "moderately_severe" as "Suicidal crisis", "Moderately severe".</summary>
    private static string Words(string value) =>
        MoodWords.State(WordBreak().Replace(value, " ").Replace('_', ' ').ToLowerInvariant());

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex WordBreak();
}
