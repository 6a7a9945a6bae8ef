namespace Sanctum.Core.Patterns;

/// <summary>
/// The statistics behind <see cref="Comparison"/>. The list of comparisons is fixed (<see cref="PatternAnalysis"/>
/// runs exactly these, whatever the data), so nothing is found by trying many until one looks striking:
/// <list type="number">
/// <item>missed-dose days vs fully-taken days, mood the same day and 1, 2 and 3 days later (four comparisons);</item>
/// <item>hours slept vs that day's mood (Pearson r);</item>
/// <item>short nights (under 6 hours) vs longer ones, that day's mood;</item>
/// <item>days a DBT skill was used vs card days without, mood the next day;</item>
/// <item>weekend vs weekdays, mood;</item>
/// <item>with cycle-tracker days: the premenstrual week (late luteal, <see cref="Trackers.MenstrualCycle"/>) vs the other
/// placed days of the cycle, mood; it also needs premenstrual days from at least <see cref="MinimumCycles"/> cycles,
/// as daily symptom records (the DRSP) are read over at least two.</item>
/// </list>
/// A difference needs at least <see cref="MinimumPerGroup"/> days with and without the factor, a correlation at least
/// <see cref="MinimumPairs"/> paired days; below that it says "not enough data". A result is notable only when the
/// effect is at least medium (|d| &gt;= 0.5, |r| &gt;= 0.3) and its t statistic is at least <see cref="MinimumT"/>,
/// strict enough that, across the whole list, noise alone is rarely reported. Mood runs in stretches (today is like
/// yesterday), which makes n days worth fewer independent ones; t is shrunk by sqrt((1 - rho) / (1 + rho)), rho being
/// the day-to-day autocorrelation of mood (when positive), the usual effective-sample-size correction.
/// </summary>
public static class PatternComparisons
{
    public const int MinimumPerGroup = 3;
    public const int MinimumPairs = 5;
    public const double MediumD = 0.5;
    public const double MediumR = 0.3;
    public const double MinimumT = 3.0;
    public const int MinimumCycles = 2;

    /// <summary>A comparison that could not be made, saying why.</summary>
    public static Comparison NotEnough(string key, string question, ComparisonKind kind, int n, int nWith, int nWithout, string summary) =>
        new(key, question, kind, n, nWith, nWithout, null, null, null, null, false, false, summary);

    public static Comparison Difference(string key, string question, IReadOnlyList<double> with, IReadOnlyList<double> without, string factor, double autocorrelation)
    {
        if (with.Count < MinimumPerGroup || without.Count < MinimumPerGroup)
        {
            return NotEnough(key, question, ComparisonKind.DifferenceInMeans, with.Count + without.Count, with.Count, without.Count,
                $"Not enough data yet: this needs at least {MinimumPerGroup} days {factor} and {MinimumPerGroup} without.");
        }

        var (meanWith, varWith) = MeanAndVariance(with);
        var (meanWithout, varWithout) = MeanAndVariance(without);
        var difference = meanWith - meanWithout;
        var pooled = Math.Sqrt(((with.Count - 1) * varWith + (without.Count - 1) * varWithout) / (with.Count + without.Count - 2));
        double? d = pooled > 0 ? difference / pooled : null;
        var standardError = Math.Sqrt(varWith / with.Count + varWithout / without.Count);
        var t = (standardError > 0 ? Math.Abs(difference) / standardError : 0) * Shrink(autocorrelation);
        var notable = d is { } effect && Math.Abs(effect) >= MediumD && t >= MinimumT;
        var direction = difference < 0 ? "lower" : "higher";
        var summary = notable
            ? $"Mood was {Math.Abs(difference):0.0} points {direction} on days {factor} ({with.Count} days) than without ({without.Count} days)."
            : $"No clear difference in mood on days {factor} ({with.Count} days) and without ({without.Count} days).";
        return new Comparison(key, question, ComparisonKind.DifferenceInMeans, with.Count + without.Count, with.Count, without.Count,
            Round(meanWith), Round(meanWithout), Round(difference), d is { } value ? Round(value) : null, true, notable, summary);
    }

    public static Comparison Correlation(string key, string question, IReadOnlyList<(double X, double Y)> pairs, string subject, double autocorrelation)
    {
        if (pairs.Count < MinimumPairs)
        {
            return NotEnough(key, question, ComparisonKind.Correlation, pairs.Count, 0, 0,
                $"Not enough data yet: this needs at least {MinimumPairs} days with both {subject} and mood logged.");
        }

        var (meanX, varX) = MeanAndVariance(pairs.Select(p => p.X).ToList());
        var (meanY, varY) = MeanAndVariance(pairs.Select(p => p.Y).ToList());
        var covariance = pairs.Sum(p => (p.X - meanX) * (p.Y - meanY)) / (pairs.Count - 1);
        double? r = varX > 0 && varY > 0 ? covariance / Math.Sqrt(varX * varY) : null;
        var t = r is { } rr && Math.Abs(rr) < 1 ? Math.Abs(rr) * Math.Sqrt((pairs.Count - 2) / (1 - rr * rr)) : r is null ? 0 : double.PositiveInfinity;
        t *= Shrink(autocorrelation);
        var notable = r is { } effect && Math.Abs(effect) >= MediumR && t >= MinimumT;
        var summary = notable
            ? $"More {subject} tended to go with {(r > 0 ? "higher" : "lower")} mood ({pairs.Count} days)."
            : $"No clear link between {subject} and mood ({pairs.Count} days).";
        return new Comparison(key, question, ComparisonKind.Correlation, pairs.Count, 0, 0, null, null, null, r is { } value ? Round(value) : null,
            true, notable, summary);
    }

    /// <summary>Lag-1 autocorrelation of a daily series, from the pairs of consecutive days both logged; 0 with too few.</summary>
    public static double Autocorrelation(IReadOnlyDictionary<DateOnly, double> daily)
    {
        var pairs = daily.Where(d => daily.ContainsKey(d.Key.AddDays(1))).Select(d => (d.Value, daily[d.Key.AddDays(1)])).ToList();
        if (pairs.Count < MinimumPairs) return 0;
        var mean = daily.Values.Average();
        var variance = daily.Values.Sum(v => (v - mean) * (v - mean)) / daily.Count;
        return variance > 0 ? pairs.Sum(p => (p.Item1 - mean) * (p.Item2 - mean)) / pairs.Count / variance : 0;
    }

    private static double Shrink(double autocorrelation) =>
        autocorrelation > 0 ? Math.Sqrt((1 - Math.Min(autocorrelation, 0.99)) / (1 + autocorrelation)) : 1;

    private static (double Mean, double Variance) MeanAndVariance(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var variance = values.Count > 1 ? values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1) : 0;
        return (mean, variance);
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
