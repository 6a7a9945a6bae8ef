using Sanctum.Core.Dbt;
using Sanctum.Core.Episodes;
using Sanctum.Core.Mood;
using Sanctum.Core.Questionnaires;
using Sanctum.Core.Timeline;

namespace Sanctum.Core.Safety.Screening;

/// <summary>The structured records to look at, and the moment to look from (the 24-hour mood window ends here).</summary>
public sealed record CrisisSignalInput
{
    public required DateTimeOffset Now { get; init; }
    public IReadOnlyList<DiaryCard> DiaryCards { get; init; } = [];
    public IReadOnlyList<QuestionnaireResponse> Questionnaires { get; init; } = [];
    public IReadOnlyList<MoodShift> MoodShifts { get; init; } = [];
    public IReadOnlyList<Episode> Episodes { get; init; } = [];
}

/// <summary>How many crisis-level mood shifts within 24 hours count as a signal (issue 4: configurable, default 3).</summary>
public sealed record CrisisSignalOptions(int CrisisShiftsPerDay = 3);

/// <summary>
/// The structured half of screening: the same reasons as the text screener, from what people rate rather than
/// write. Pure and deterministic; the caller loads the records.
/// </summary>
public static class CrisisSignals
{
    public const string Phq9Rule = "phq9.item9";
    public const string CssrsRule = "cssrs";
    public const string CrisisShiftsRule = "mood.crisis_shifts";
    public const string SuicidalCrisisEpisodeRule = "episode.suicidal_crisis";

    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    public static ScreeningResult Evaluate(CrisisSignalInput input, CrisisSignalOptions? options = null)
    {
        options ??= new CrisisSignalOptions();
        if (options.CrisisShiftsPerDay < 1) throw new ArgumentOutOfRangeException(nameof(options), "At least one shift.");

        var reasons = new List<ScreeningReason>();
        // The diary card's own rules (DiaryCardSafety) already say what counts; reuse them rather than restate them.
        foreach (var signal in input.DiaryCards.SelectMany(DiaryCardSafety.Signals))
            reasons.Add(new(signal.Source,
                signal.Source == DiaryCardSafety.SelfHarmActSource ? ScreeningCategory.SelfHarm : ScreeningCategory.SuicidalIdeation,
                signal.Risk, signal.Reason));

        foreach (var response in input.Questionnaires)
        {
            if (response.Instrument == Instrument.Phq9
                && response.Answers.ElementAtOrDefault(InstrumentCatalog.Phq9SelfHarmItem) is > 0 and var answer)
                reasons.Add(new(Phq9Rule, ScreeningCategory.SuicidalIdeation, RiskLevel.High,
                    $"PHQ-9 question 9 answered {answer} on {response.CompletedAt:yyyy-MM-dd}."));
            else if (response.Instrument == Instrument.Cssrs && response.Risk >= RiskLevel.Moderate)
                reasons.Add(new(CssrsRule, ScreeningCategory.SuicidalIdeation, response.Risk,
                    $"C-SSRS screener showed {response.Risk.ToString().ToLowerInvariant()} risk on {response.CompletedAt:yyyy-MM-dd}."));
        }

        var crisisShifts = input.MoodShifts.Count(s => s.OccurredAt > input.Now - Day && s.OccurredAt <= input.Now
            && CrisisPeriods.ReasonFor(s.CurrentState, s.Functionality) is not null);
        if (crisisShifts >= options.CrisisShiftsPerDay)
            reasons.Add(new(CrisisShiftsRule, ScreeningCategory.CrisisMood, RiskLevel.Moderate,
                $"{crisisShifts} crisis-level mood shifts in the last 24 hours."));

        // A draft is Sanctum's suggestion, not the person's record, and it came from a crisis already counted.
        foreach (var episode in input.Episodes.Where(e =>
                     e.Status == EpisodeStatus.Confirmed && e.Type == EpisodeType.SuicidalCrisis && e.StartedAt <= input.Now))
        {
            // An ongoing crisis (or one that ended within the day) is high; an older one is history, kept as low.
            var recent = episode.EndedAt is null || episode.EndedAt > input.Now - Day;
            reasons.Add(new(SuicidalCrisisEpisodeRule, ScreeningCategory.CrisisEpisode, recent ? RiskLevel.High : RiskLevel.Low,
                recent ? $"A suicidal crisis episode started {episode.StartedAt:yyyy-MM-dd}."
                    : $"A suicidal crisis episode ended {episode.EndedAt:yyyy-MM-dd}."));
        }
        return ScreeningResult.Of(reasons);
    }
}
