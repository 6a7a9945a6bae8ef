using System.Globalization;
using Sanctum.Core.Questionnaires;

namespace Sanctum.Core.Patterns;

/// <summary>
/// Turns a report into things worth discussing with a provider. The rules are fixed and the wording describes what
/// was logged, never what it means clinically. Each flag has a stable key (type plus what it is about), so a later
/// analysis of an overlapping period finds the same flag and keeps the person's "acknowledged" or "discussed".
/// </summary>
public static class PatternFlags
{
    public const string Discuss = "Worth discussing with your provider.";

    /// <summary>A questionnaire total rising by at least this much from first to last in the period.</summary>
    public const decimal ScoreRise = 5;

    /// <summary>A share of tracked time (a third) in one kind of state, or of logged days with rapid cycling, from which it is mentioned (with at least a week logged).</summary>
    public const double NotableShare = 1.0 / 3;

    public const int MinimumLoggedDays = 7;

    public static IReadOnlyList<PatternFinding> Find(PatternReport report, IReadOnlyList<DateOnly> crisisStarts)
    {
        var flags = new List<PatternFinding>();
        SideEffects(report, flags);
        Escalation(report, crisisStarts, flags);
        Patterns(report, flags);
        return flags;
    }

    private static void SideEffects(PatternReport report, List<PatternFinding> flags)
    {
        foreach (var group in report.SideEffectOnsets.GroupBy(o => (o.MedicationId, Effect: o.Effect.Trim().ToLowerInvariant())))
        {
            var first = group.OrderBy(o => o.NotedOn).First();
            var worst = group.Max(o => o.Severity);
            var severity = worst >= 8 ? FlagSeverity.High : worst >= 5 ? FlagSeverity.Medium : FlagSeverity.Low;
            flags.Add(new PatternFinding(
                $"side-effect:{group.Key.MedicationId}:{group.Key.Effect}", FlagType.MedicationSideEffect, severity,
                $"You noted {first.Effect.Trim().ToLowerInvariant()} {After(first.DaysAfter)} {ChangePhrase(first)}. "
                + $"It may or may not be related. {Discuss}",
                group.Select(o => $"{o.NotedOn:yyyy-MM-dd}: {o.Effect} (severity {o.Severity}/10), {After(o.DaysAfter)} {ChangePhrase(o)} on {o.ChangedOn:yyyy-MM-dd}").ToList()));
        }
    }

    private static void Escalation(PatternReport report, IReadOnlyList<DateOnly> crisisStarts, List<PatternFinding> flags)
    {
        var middle = report.From.AddDays(report.Days / 2);
        var earlier = crisisStarts.Count(d => d < middle);
        var later = crisisStarts.Count(d => d >= middle);
        if (later >= 2 && later >= 2 * Math.Max(earlier, 1))
        {
            flags.Add(new PatternFinding("escalation:crises", FlagType.EscalationWarning, later >= 4 ? FlagSeverity.High : FlagSeverity.Medium,
                $"Crisis times came more often in the second half of this period ({later}) than in the first ({earlier}). {Discuss}",
                [$"{report.From:yyyy-MM-dd} to {middle.AddDays(-1):yyyy-MM-dd}: {earlier}", $"{middle:yyyy-MM-dd} to {report.To:yyyy-MM-dd}: {later}"]));
        }

        foreach (var trend in report.Questionnaires.Where(t => t.Change >= ScoreRise && t.Count >= 2))
        {
            var name = Name(trend.Instrument);
            var high = trend.Instrument == Instrument.Phq9 && trend.Last >= 20 || trend.Instrument == Instrument.Gad7 && trend.Last >= 15;
            flags.Add(new PatternFinding($"escalation:{trend.Instrument.ToString().ToLowerInvariant()}", FlagType.EscalationWarning,
                high ? FlagSeverity.High : FlagSeverity.Medium,
                $"Your {name} score went up from {Score(trend.First)} to {Score(trend.Last)} over this period. {Discuss}",
                trend.Points.Select(p => $"{p.Date:yyyy-MM-dd}: {name} {Score(p.Score)}").ToList()));
        }
    }

    private static void Patterns(PatternReport report, List<PatternFinding> flags)
    {
        if (report.DaysLogged < MinimumLoggedDays) return;
        // GAD-7 >= 10 and ASRM >= 6 are the published "worth a further look" lines (clinical.md).
        StateShare(report, flags, "pattern:anxiety", ["anxious"], "Anxious", Instrument.Gad7, 10,
            "Anxiety showed up a lot in what you logged.");
        StateShare(report, flags, "pattern:elevated", ["elevated", "hypomanic", "manic"], "Elevated, hypomanic or manic", Instrument.Asrm, 6,
            "You logged quite a lot of time with an elevated mood.");

        if (report.RapidCyclingDays >= 4 && report.RapidCyclingDays >= NotableShare * report.DaysLogged)
        {
            flags.Add(new PatternFinding("pattern:within-day-changes", FlagType.PotentialComorbidity, FlagSeverity.Low,
                $"Your mood moved through three or more states in one day on {report.RapidCyclingDays} days. {Discuss}",
                [$"{report.RapidCyclingDays} of {report.DaysLogged} logged days"]));
        }

        // Only the fixed comparison's own "notable" (a medium effect clear of noise) raises it, and only for a dip.
        if (report.Comparisons.FirstOrDefault(c => c.Key == PatternAnalysis.PremenstrualKey) is { Notable: true, Difference: < 0 } premenstrual)
        {
            var worse = report.Cycle.Phases.Where(p => p.Phase == Trackers.CyclePhase.LateLuteal).Sum(p => p.CrisisDays);
            var data = new List<string>
            {
                $"Week before a period: mean mood {Number(premenstrual.MeanWith)} over {premenstrual.NWith} days",
                $"Other days of the cycle: mean mood {Number(premenstrual.MeanWithout)} over {premenstrual.NWithout} days",
                $"Cycles tracked: {report.Cycle.Cycles}",
            };
            if (worse > 0) data.Add($"Days with a crisis time in the week before a period: {worse}");
            flags.Add(new PatternFinding("pattern:premenstrual-mood", FlagType.PotentialComorbidity, worse > 0 ? FlagSeverity.Medium : FlagSeverity.Low,
                $"Your mood tended to dip in the days before your period. {Discuss}", data));
        }
    }

    private static void StateShare(PatternReport report, List<PatternFinding> flags, string key, string[] states, string label,
        Instrument instrument, decimal line, string description)
    {
        var share = report.TimeInStates.Where(s => states.Contains(s.State)).Sum(s => s.Share);
        var trend = report.Questionnaires.FirstOrDefault(t => t.Instrument == instrument);
        var overLine = trend?.Last >= line;
        if (share < NotableShare && !overLine) return;
        var data = new List<string> { $"{label}: {Percent(share)} of the time you tracked" };
        if (trend is not null) data.Add($"Latest {Name(instrument)}: {Score(trend.Last)}");
        flags.Add(new PatternFinding(key, FlagType.PotentialComorbidity, overLine ? FlagSeverity.Medium : FlagSeverity.Low, $"{description} {Discuss}", data));
    }

    private static string Name(Instrument instrument) => instrument switch
    {
        Instrument.Phq9 => "PHQ-9",
        Instrument.Gad7 => "GAD-7",
        Instrument.Asrm => "ASRM",
        _ => "C-SSRS",
    };

    private static string ChangePhrase(SideEffectOnset onset) => onset.Change switch
    {
        "started" => $"you started {onset.Medication}",
        "dose increased" => $"your {onset.Medication} dose went up",
        _ => $"your {onset.Medication} dose went down",
    };

    private static string After(int days) => days switch { 0 => "the same day", 1 => "1 day after", _ => $"{days} days after" };

    private static string Score(decimal? score) => score?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-";

    private static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-";

    private static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);
}
