using Sanctum.Core.Episodes;
using Sanctum.Core.Mood;

namespace Sanctum.Core.Timeline;

/// <summary>Why a stretch of time is shaded as a crisis on the timeline.</summary>
public enum CrisisReason
{
    /// <summary>A logged mood state of "crisis".</summary>
    MoodState,

    /// <summary>Functioning logged as "crisis" (whatever the state).</summary>
    Functioning,

    SuicidalCrisisEpisode,
    PsychosisEpisode,
    HospitalizationEpisode,
}

public sealed record CrisisPeriod(DateTimeOffset Start, DateTimeOffset End, CrisisReason Reason);

/// <summary>The facts of a mood shift the rule needs.</summary>
public readonly record struct MoodMark(DateTimeOffset At, string State, FunctionalityLevel Functionality);

/// <summary>The facts of an episode the rule needs; an ongoing one has no end.</summary>
public readonly record struct EpisodeSpan(EpisodeType Type, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);

/// <summary>
/// The deterministic rule for the timeline's crisis shading, clipped to the window [start, min(end, now)):
/// <list type="bullet">
/// <item>every episode of a crisis type (suicidal crisis, psychosis, hospitalization) from its start to its end,
/// or to now while it is ongoing;</item>
/// <item>every stretch where the mood state is "crisis" (reason MoodState) or, failing that, functioning is "crisis"
/// (reason Functioning), from that shift until the next shift (a state lasts until the next shift); back-to-back
/// stretches with the same reason are one period.</item>
/// </list>
/// Periods of different reasons may overlap; each is kept, so the chart and the list can say why. Ordered by start,
/// then end, then reason.
/// </summary>
public static class CrisisPeriods
{
    public static CrisisReason? ReasonFor(EpisodeType type) => type switch
    {
        EpisodeType.SuicidalCrisis => CrisisReason.SuicidalCrisisEpisode,
        EpisodeType.Psychosis => CrisisReason.PsychosisEpisode,
        EpisodeType.Hospitalization => CrisisReason.HospitalizationEpisode,
        _ => null,
    };

    public static CrisisReason? ReasonFor(string state, FunctionalityLevel functionality) =>
        state == MoodStates.Crisis ? CrisisReason.MoodState
        : functionality == FunctionalityLevel.Crisis ? CrisisReason.Functioning
        : null;

    /// <param name="carriedOver">The last shift before <paramref name="start"/>, if any: its state is in effect at the start.</param>
    /// <param name="shifts">Shifts within the window, oldest first.</param>
    /// <param name="episodes">Episodes overlapping the window, any order.</param>
    public static IReadOnlyList<CrisisPeriod> Find(
        DateTimeOffset start, DateTimeOffset end, DateTimeOffset now,
        MoodMark? carriedOver, IReadOnlyList<MoodMark> shifts, IReadOnlyList<EpisodeSpan> episodes)
    {
        if (now < end) end = now;
        var periods = new List<CrisisPeriod>();
        if (end <= start) return periods;

        foreach (var episode in episodes)
        {
            if (ReasonFor(episode.Type) is not { } reason) continue;
            AddClipped(periods, episode.StartedAt, episode.EndedAt ?? now, reason, start, end);
        }

        var marks = new List<MoodMark>();
        if (carriedOver is { } carried && (shifts.Count == 0 || shifts[0].At > start)) marks.Add(carried with { At = start });
        marks.AddRange(shifts.Where(s => s.At >= start && s.At < end));

        CrisisPeriod? open = null;
        for (var i = 0; i < marks.Count; i++)
        {
            var until = i + 1 < marks.Count ? marks[i + 1].At : end;
            var reason = ReasonFor(marks[i].State, marks[i].Functionality);
            if (open is not null && open.Reason == reason && open.End == marks[i].At)
            {
                open = open with { End = until };
                continue;
            }

            if (open is not null) periods.Add(open);
            open = reason is { } crisis && until > marks[i].At ? new CrisisPeriod(marks[i].At, until, crisis) : null;
        }

        if (open is not null) periods.Add(open);
        return periods.OrderBy(p => p.Start).ThenBy(p => p.End).ThenBy(p => p.Reason).ToList();
    }

    private static void AddClipped(List<CrisisPeriod> periods, DateTimeOffset from, DateTimeOffset until, CrisisReason reason,
        DateTimeOffset start, DateTimeOffset end)
    {
        if (from < start) from = start;
        if (until > end) until = end;
        if (until > from) periods.Add(new CrisisPeriod(from, until, reason));
    }
}
