using Sanctum.Core.Reports;
using System.Globalization;
using Sanctum.Core.Medications;
using Sanctum.Core.Trackers;
using SkiaSharp;

namespace Sanctum.Workers.Reports;

/// <summary>
/// The eMoods-style month: one column per calendar day, rows for each pole's peak rating (0-10, shaded by strength),
/// sleep, shifts logged (bold on days that moved through three or more states), the cycle day when the person keeps
/// the cycle tracker (the cycle-day overlay), and each medication's doses taken of those due, with a marker on days its
/// prescription changed. Days outside the period are greyed.
/// </summary>
public static class MonthGrid
{
    private const float LabelWidth = 96;
    private const float RowHeight = 12;
    private const float HeaderHeight = 18;

    private static readonly (string Label, SKColor Colour, Func<MoodDayRow, int?> Value)[] Poles =
    [
        ("Depressed (peak)", new SKColor(0x2B, 0x6C, 0xB0), d => d.Depressed),
        ("Elevated (peak)", new SKColor(0xD9, 0x6C, 0x06), d => d.Elevated),
        ("Irritable (peak)", new SKColor(0x8E, 0x44, 0xAD), d => d.Irritable),
        ("Anxious (peak)", new SKColor(0x1A, 0x8A, 0x7A), d => d.Anxious),
    ];

    public static string Marker(MedicationChangeType type) => type switch
    {
        MedicationChangeType.Started => "●",
        MedicationChangeType.Stopped => "×",
        MedicationChangeType.DoseIncreased => "▲",
        _ => "▼",
    };

    public const string Legend =
        "Peaks are the highest intensity (0-10) logged that day in each group of states: depressed = depressed, low or mixed; " +
        "elevated = elevated, hypomanic, manic or mixed. Sleep in hours from the morning check-in. Shifts in bold: three or more " +
        "different states that day. Medication cells: doses taken / doses due. Markers: ● started, ▲ dose increased, ▼ dose decreased, × stopped.";

    public const string CycleLabel = "Cycle day";

    public const string CycleLegend =
        "Cycle day: counted from day 1 of each period in the cycle tracker; red on period days (1-5), lilac in the week before the next period.";

    private static readonly SKColor PeriodColour = new(0xF4, 0xC7, 0xC7);
    private static readonly SKColor PremenstrualColour = new(0xE3, 0xD5, 0xF0);

    public static void Add(ReportWriter writer, ReportFacts facts)
    {
        var months = facts.Days.Select(d => new DateOnly(d.Date.Year, d.Date.Month, 1)).Distinct().ToList();
        var cycle = facts.CycleDays.Count > 0;
        foreach (var month in months)
        {
            var rows = 4 + 2 + (cycle ? 1 : 0) + facts.Medications.Count;
            writer.Subheading(month.ToString("MMMM yyyy", CultureInfo.InvariantCulture));
            writer.Block(HeaderHeight + rows * RowHeight + 4, (canvas, rect) => Draw(canvas, rect, month, facts));
            var notes = facts.Data.Baselines
                .Where(b => b.Date.Year == month.Year && b.Date.Month == month.Month && facts.Context.Contains(b.Date) && b.DaySummary is { Length: > 0 })
                .OrderBy(b => b.Date).ToList();
            foreach (var note in notes) writer.Text($"{note.Date.Day}: {note.DaySummary}", 7.5f, indent: 4);
        }

        writer.Text(Legend, 7.5f, color: ReportWriter.Muted);
        if (cycle) writer.Text(CycleLegend, 7.5f, color: ReportWriter.Muted);
    }

    private static void Draw(SKCanvas canvas, SKRect rect, DateOnly month, ReportFacts facts)
    {
        var daysInMonth = DateTime.DaysInMonth(month.Year, month.Month);
        var cell = (rect.Width - LabelWidth) / 31;
        using var small = ReportWriter.Font(6.3f);
        using var smallBold = ReportWriter.Font(6.3f, bold: true);
        using var label = ReportWriter.Font(7.2f);
        using var ink = new SKPaint { Color = ReportWriter.Ink, IsAntialias = true };
        using var muted = new SKPaint { Color = ReportWriter.Muted, IsAntialias = true };
        using var rule = new SKPaint { Color = ReportWriter.Rule, StrokeWidth = 0.4f, Style = SKPaintStyle.Stroke };
        using var outside = new SKPaint { Color = new SKColor(0xEE, 0xEE, 0xEE) };
        using var fill = new SKPaint();
        var byDate = facts.Days.ToDictionary(d => d.Date);

        float X(int day) => rect.Left + LabelWidth + (day - 1) * cell;
        float RowTop(int row) => rect.Top + HeaderHeight + row * RowHeight;

        for (var day = 1; day <= daysInMonth; day++)
        {
            var date = new DateOnly(month.Year, month.Month, day);
            var x = X(day) + cell / 2;
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            canvas.DrawText(date.ToString("ddd", CultureInfo.InvariantCulture)[..1], x, rect.Top + 7, SKTextAlign.Center, small, weekend ? ink : muted);
            canvas.DrawText(day.ToString(CultureInfo.InvariantCulture), x, rect.Top + 15, SKTextAlign.Center, smallBold, ink);
        }

        var cycleRow = facts.CycleDays.Count > 0 ? 6 : (int?)null;
        var firstMedication = cycleRow is null ? 6 : 7;
        var labels = Poles.Select(p => p.Label).Concat(["Sleep (hours)", "Shifts logged"]).Concat(cycleRow is null ? [] : [CycleLabel])
            .Concat(facts.Medications.Select(m => m.Name)).ToList();
        for (var row = 0; row < labels.Count; row++)
        {
            var text = labels[row];
            while (text.Length > 4 && label.MeasureText(text) > LabelWidth - 4) text = text[..^2] + "…";
            canvas.DrawText(text, rect.Left, RowTop(row) + 8.6f, SKTextAlign.Left, label, ink);
        }

        for (var day = 1; day <= daysInMonth; day++)
        {
            var date = new DateOnly(month.Year, month.Month, day);
            var x = X(day);
            var cx = x + cell / 2;
            if (!byDate.TryGetValue(date, out var d))
            {
                canvas.DrawRect(x, RowTop(0), cell, labels.Count * RowHeight, outside);
                continue;
            }

            for (var p = 0; p < Poles.Length; p++)
            {
                if (Poles[p].Value(d) is not { } peak) continue;
                fill.Color = Poles[p].Colour.WithAlpha((byte)(40 + 21 * Math.Clamp(peak, 0, 10)));
                canvas.DrawRect(x, RowTop(p), cell, RowHeight, fill);
                using var on = new SKPaint { Color = peak >= 6 ? SKColors.White : ReportWriter.Ink, IsAntialias = true };
                canvas.DrawText(peak.ToString(CultureInfo.InvariantCulture), cx, RowTop(p) + 8.6f, SKTextAlign.Center, small, on);
            }

            if (d.SleepHours is { } sleep)
            {
                var hours = sleep.ToString("0.#", CultureInfo.InvariantCulture);
                using var sleepFont = ReportWriter.Font(hours.Length > 3 ? 5 : 6.3f);
                canvas.DrawText(hours, cx, RowTop(4) + 8.6f, SKTextAlign.Center, sleepFont, ink);
            }
            if (d.Shifts > 0)
                canvas.DrawText(d.Shifts.ToString(CultureInfo.InvariantCulture), cx, RowTop(5) + 8.6f, SKTextAlign.Center, d.RapidCycling ? smallBold : small, ink);

            if (cycleRow is { } row && facts.CycleDays.TryGetValue(date, out var cycleDay))
            {
                if (cycleDay.Phase is CyclePhase.Menstrual or CyclePhase.LateLuteal)
                {
                    fill.Color = cycleDay.Phase == CyclePhase.Menstrual ? PeriodColour : PremenstrualColour;
                    canvas.DrawRect(x, RowTop(row), cell, RowHeight, fill);
                }

                canvas.DrawText(cycleDay.CycleDay.ToString(CultureInfo.InvariantCulture), cx, RowTop(row) + 8.6f, SKTextAlign.Center, small, ink);
            }

            for (var m = 0; m < facts.Medications.Count; m++)
            {
                var medDay = facts.Medications[m].Days.First(md => md.Date == date);
                var top = RowTop(firstMedication + m);
                if (medDay.Due > 0)
                {
                    fill.Color = medDay.Taken == medDay.Due ? new SKColor(0xDD, 0xF0, 0xDD)
                        : medDay.Taken == 0 ? new SKColor(0xF6, 0xD5, 0xD5) : new SKColor(0xFA, 0xEB, 0xC8);
                    canvas.DrawRect(x, top, cell, RowHeight, fill);
                    canvas.DrawText($"{medDay.Taken}/{medDay.Due}", cx, top + 8.6f, SKTextAlign.Center, small, ink);
                }

                if (medDay.Change is { } change)
                {
                    using var mark = new SKPaint { Color = new SKColor(0xB0, 0x1E, 0x1E), IsAntialias = true };
                    using var markFont = ReportWriter.Font(5);
                    canvas.DrawText(Marker(change), x + 1, top + 5, SKTextAlign.Left, markFont, mark);
                }
            }
        }

        for (var row = 0; row <= labels.Count; row++) canvas.DrawLine(rect.Left, RowTop(row), X(daysInMonth + 1), RowTop(row), rule);
        for (var day = 1; day <= daysInMonth + 1; day++) canvas.DrawLine(X(day), RowTop(0), X(day), RowTop(labels.Count), rule);
    }
}
