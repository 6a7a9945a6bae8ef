using Sanctum.Core.Reports;
using Sanctum.Core.Episodes;
using Sanctum.Core.Questionnaires;
using ScottPlot;

namespace Sanctum.Workers.Reports;

/// <summary>The charts reports share, as ScottPlot plots the writer draws as vectors.</summary>
public static class ReportCharts
{
    public static readonly Color Depressed = Color.FromHex("#2B6CB0");
    public static readonly Color Elevated = Color.FromHex("#D96C06");

    private static double X(DateOnly day) => day.ToDateTime(TimeOnly.MinValue).ToOADate();

    private static Plot NewPlot(ReportContext context)
    {
        var plot = new Plot();
        var axis = plot.Axes.DateTimeTicksBottom();
        ((ScottPlot.TickGenerators.DateTimeAutomatic)axis.TickGenerator).LabelFormatter =
            date => date.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture);
        plot.Axes.SetLimitsX(X(context.From) - 0.6, X(context.To) + 0.6);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 9;
        plot.Axes.Left.TickLabelStyle.FontSize = 9;
        plot.Axes.Left.Label.FontSize = 10;
        plot.Legend.FontSize = 9;
        return plot;
    }

    /// <summary>
    /// NIMH life-chart style: each day's elevated peak above the line and depressed peak below, confirmed episodes
    /// shaded (hospital stays darker), days with three or more states marked by a thin vertical line, and medication
    /// changes as markers along the top.
    /// </summary>
    public static Plot LifeChart(ReportFacts facts)
    {
        var plot = NewPlot(facts.Context);
        var legended = new HashSet<bool>();
        foreach (var episode in facts.Episodes)
        {
            var from = X(facts.LocalDate(episode.StartedAt)) - 0.5;
            var to = X(facts.LocalDate(episode.EndedAt ?? facts.Context.GeneratedAt)) + 0.5;
            var hospital = episode.Hospitalized || episode.Type == EpisodeType.Hospitalization;
            var span = plot.Add.HorizontalSpan(from, to, (hospital ? Color.FromHex("#7F1D1D") : Color.FromHex("#9CA3AF")).WithAlpha(hospital ? 0.30 : 0.22));
            span.LineWidth = 0;
            if (legended.Add(hospital)) span.LegendText = hospital ? "Hospital stay" : "Episode";
        }

        foreach (var day in facts.Days.Where(d => d.RapidCycling))
        {
            var line = plot.Add.VerticalLine(X(day.Date), 0.8f, Color.FromHex("#555555"));
            line.LinePattern = LinePattern.Dotted;
        }

        var elevated = facts.Days.Where(d => d.Elevated is not null).ToList();
        var depressed = facts.Days.Where(d => d.Depressed is not null).ToList();
        var up = plot.Add.Bars(elevated.Select(d => X(d.Date)).ToArray(), elevated.Select(d => (double)d.Elevated!.Value).ToArray());
        up.Color = Elevated;
        up.LegendText = "Elevated peak";
        var down = plot.Add.Bars(depressed.Select(d => X(d.Date)).ToArray(), depressed.Select(d => -(double)d.Depressed!.Value).ToArray());
        down.Color = Depressed;
        down.LegendText = "Depressed peak";
        foreach (var bar in up.Bars.Concat(down.Bars)) bar.Size = 0.7;

        var changes = facts.Medications.SelectMany(m => m.Days.Where(d => d.Change is not null).Select(d => (m.Name, Day: d)))
            .OrderBy(c => c.Day.Date).ToList();
        for (var i = 0; i < changes.Count; i++)
        {
            // Alternate two rows so neighbouring changes' names do not overprint.
            var (name, day) = changes[i];
            var text = plot.Add.Text($"{MonthGrid.Marker(day.Change!.Value)} {name}", X(day.Date), i % 2 == 0 ? 12.8 : 11.2);
            text.LabelFontSize = 7.5f;
            text.LabelFontColor = Color.FromHex("#B01E1E");
        }

        plot.Add.HorizontalLine(0, 1, Colors.Black);
        plot.Axes.SetLimitsY(-11, 13.5);
        plot.Axes.Left.Label.Text = "peak rating";
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    /// <summary>PHQ-9, GAD-7 and ASRM totals over the period, each its own line.</summary>
    public static Plot Questionnaires(ReportFacts facts)
    {
        var plot = NewPlot(facts.Context);
        (Instrument Instrument, string Name, string Colour)[] lines =
            [(Instrument.Phq9, "PHQ-9 (0-27)", "#2B6CB0"), (Instrument.Gad7, "GAD-7 (0-21)", "#1A8A7A"), (Instrument.Asrm, "ASRM (0-20)", "#D96C06")];
        foreach (var (instrument, name, colour) in lines)
        {
            var points = facts.Data.Questionnaires
                .Where(q => q.Instrument == instrument && q.Score is not null && facts.Context.Contains(facts.LocalDate(q.CompletedAt)))
                .OrderBy(q => q.CompletedAt).ToList();
            if (points.Count == 0) continue;
            var scatter = plot.Add.Scatter(
                points.Select(q => X(facts.LocalDate(q.CompletedAt))).ToArray(), points.Select(q => (double)q.Score!.Value).ToArray());
            scatter.Color = Color.FromHex(colour);
            scatter.LegendText = name;
            scatter.MarkerSize = 5;
            scatter.LineWidth = 1.5f;
        }

        plot.Axes.SetLimitsY(0, 28);
        plot.Axes.Left.Label.Text = "total score";
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    /// <summary>One line per series of daily values (gaps where nothing was logged), e.g. diary-card emotions.</summary>
    public static Plot DailyLines(ReportContext context, IEnumerable<(string Name, IReadOnlyDictionary<DateOnly, double> Values)> series, double max, string axis)
    {
        var plot = NewPlot(context);
        var palette = new ScottPlot.Palettes.Category10();
        var i = 0;
        foreach (var (name, values) in series)
        {
            if (values.Count == 0) continue;
            var ordered = values.OrderBy(v => v.Key).ToList();
            var scatter = plot.Add.Scatter(ordered.Select(v => X(v.Key)).ToArray(), ordered.Select(v => v.Value).ToArray());
            scatter.Color = palette.GetColor(i++);
            scatter.LegendText = name;
            scatter.MarkerSize = 4;
            scatter.LineWidth = 1.3f;
        }

        plot.Axes.SetLimitsY(0, max);
        plot.Axes.Left.Label.Text = axis;
        plot.ShowLegend(Edge.Right);
        return plot;
    }
}
