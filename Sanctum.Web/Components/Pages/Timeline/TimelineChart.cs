using System.Globalization;
using System.Text;
using Sanctum.Web.Components.Pages.Mood;
using Sanctum.Web.Time;

namespace Sanctum.Web.Components.Pages.Timeline;

public sealed record ChartRow(string State, string Label, double Y, bool OnScale);

public sealed record ChartTick(double X, string? Label);

/// <summary>
/// The timeline chart's geometry, in SVG user units of a fixed-width viewBox that scales to the screen: time runs
/// left to right over the local days shown; mood states are rows. The upper rows are the mood scale from depressed
/// (bottom) to manic (top); states that are not on that scale (mixed, anxious, irritable, numb, dissociated, crisis,
/// and any the person named themselves) have rows of their own below it, so a step never pretends, say, "anxious"
/// sits between "low" and "stable".
/// </summary>
public sealed class TimelineChart
{
    public const double Width = 360;
    public const double PlotLeft = 72;
    public const double PlotRight = Width - 8;

    /// <summary>
    /// The strip above the rows where records are marked, one lane each so marks on the same day never hide each
    /// other: medication changes (a triangle and a label) at the top, then diary cards, then questionnaires.
    /// </summary>
    public const double MarkerTop = 4;

    public const double CardLane = MarkerTop + 18;
    public const double QuestionnaireLane = CardLane + 12;
    public const double PlotTop = QuestionnaireLane + 10;
    public const double RowHeight = 16;

    /// <summary>The space between the mood scale and the rows of the other states.</summary>
    public const double ScaleGap = 10;

    public const string OwnStates = "own";

    /// <summary>The mood scale, top to bottom.</summary>
    public static readonly IReadOnlyList<string> Scale = ["manic", "hypomanic", "elevated", "stable", "low", "depressed"];

    /// <summary>The standard states off the scale, with crisis last (nearest the crisis shading's legend).</summary>
    public static readonly IReadOnlyList<string> OffScale = ["mixed", "anxious", "irritable", "numb", "dissociated", "crisis"];

    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");

    private readonly TimeZoneInfo _zone;
    private readonly TimelinePeriod _period;

    public TimelineChart(TimelinePeriod period, TimeZoneInfo zone)
    {
        _period = period;
        _zone = zone;
        Start = StartOf(period.From);
        End = StartOf(period.To.AddDays(1));
        var rows = new List<ChartRow>();
        var y = PlotTop + RowHeight / 2;
        foreach (var state in Scale) rows.Add(new(state, Label(state), Next(ref y), true));
        y += ScaleGap;
        foreach (var state in OffScale.Append(OwnStates)) rows.Add(new(state, Label(state), Next(ref y), false));
        Rows = rows;
        PlotBottom = y - RowHeight / 2;
        Height = PlotBottom + 16;
    }

    public DateTimeOffset Start { get; }
    public DateTimeOffset End { get; }
    public IReadOnlyList<ChartRow> Rows { get; }
    public double PlotBottom { get; }

    /// <summary>The bottom of the mood scale's rows, where the gap to the other states begins.</summary>
    public double ScaleBottom => Rows[Scale.Count - 1].Y + RowHeight / 2;

    public double Height { get; }

    /// <summary>Where an instant falls, clamped to the plot.</summary>
    public double X(DateTimeOffset instant)
    {
        var fraction = (instant - Start) / (End - Start);
        return Round(PlotLeft + Math.Clamp(fraction, 0, 1) * (PlotRight - PlotLeft));
    }

    /// <summary>A day-dated record (a medication change, a diary card) is placed at the middle of its local day.</summary>
    public double X(DateOnly date) => Round((X(StartOf(date)) + X(StartOf(date.AddDays(1)))) / 2);

    /// <summary>The middle of a state's row; a state of the person's own shares the last row.</summary>
    public double Y(string state) => (Rows.FirstOrDefault(r => r.State == state) ?? Rows[^1]).Y;

    /// <summary>
    /// The step line of mood over time: level while a state lasts, straight up or down at each shift. It starts at
    /// the plot's left edge when a state was carried over, else at the first shift, and stops at <paramref name="until"/>
    /// (now, for a period still going on). Null when there is nothing to draw.
    /// </summary>
    public string? StepPath(string? carriedOver, IEnumerable<(DateTimeOffset At, string State)> shifts, DateTimeOffset until)
    {
        var path = new StringBuilder();
        double? y = null;
        if (carriedOver is not null)
        {
            y = Y(carriedOver);
            path.Append(Culture, $"M{PlotLeft} {y}");
        }

        foreach (var (at, state) in shifts.Where(s => s.At >= Start && s.At < End && s.At <= until))
        {
            var x = X(at);
            var next = Y(state);
            if (y is null) path.Append(Culture, $"M{x} {next}");
            else path.Append(Culture, $" H{x} V{next}");
            y = next;
        }

        if (y is null) return null;
        path.Append(Culture, $" H{X(until < End ? until : End)}");
        return path.ToString();
    }

    /// <summary>A medication change's mark: a triangle pointing down at <paramref name="x"/> from the top lane.</summary>
    public static string TrianglePath(double x) =>
        string.Create(Culture, $"M{x - 4} {MarkerTop} H{x + 4} L{x} {MarkerTop + 8} Z");

    /// <summary>A questionnaire's mark: a diamond centred on <paramref name="x"/> in its lane.</summary>
    public static string DiamondPath(double x) =>
        string.Create(Culture, $"M{x} {QuestionnaireLane - 5} L{x + 5} {QuestionnaireLane} L{x} {QuestionnaireLane + 5} L{x - 5} {QuestionnaireLane} Z");

    /// <summary>The left edge and width of a stretch of time, clamped to the plot.</summary>
    public (double X, double Width) Span(DateTimeOffset from, DateTimeOffset until)
    {
        var left = X(from);
        return (left, Round(Math.Max(X(until) - left, 1)));
    }

    /// <summary>
    /// Vertical grid lines: every six hours in a day view, every local midnight in a week or a month; a month labels
    /// its first day and every seventh after it so the labels never crowd.
    /// </summary>
    public IReadOnlyList<ChartTick> Ticks()
    {
        if (_period.View == TimelineView.Day)
        {
            return Enumerable.Range(0, 4)
                .Select(i => new ChartTick(X(LocalDays.ToInstant(_zone, _period.From.ToDateTime(new TimeOnly(i * 6, 0)))),
                    new TimeOnly(i * 6, 0).ToString("h tt", Culture)))
                .ToList();
        }

        var ticks = new List<ChartTick>();
        for (var date = _period.From; date <= _period.To; date = date.AddDays(1))
        {
            var label = _period.View == TimelineView.Week ? date.ToString("ddd d", Culture)
                : (date.Day - 1) % 7 == 0 ? date.ToString("MMM d", Culture) : null;
            ticks.Add(new ChartTick(X(StartOf(date)), label));
        }

        return ticks;
    }

    public static string Label(string state) => state == OwnStates ? "Your own" : MoodWords.State(state);

    private DateTimeOffset StartOf(DateOnly date) => LocalDays.StartOf(_zone, date);

    private static double Next(ref double y)
    {
        var current = y;
        y += RowHeight;
        return current;
    }

    private static double Round(double value) => Math.Round(value, 1);
}
