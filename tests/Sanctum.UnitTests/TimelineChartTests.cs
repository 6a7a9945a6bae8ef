extern alias web;
using web::Sanctum.Web.Api.Contracts;
using web::Sanctum.Web.Components.Pages.Timeline;

namespace Sanctum.UnitTests;

public sealed class TimelineChartTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Monday 1 June to Sunday 7 June 2026; New York is UTC-4, so the week is 2026-06-01T04:00Z to 2026-06-08T04:00Z.</summary>
    private static readonly TimelinePeriod Week = TimelinePeriod.Around(TimelineView.Week, new DateOnly(2026, 6, 3));

    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Periods_are_a_day_a_monday_to_sunday_week_or_a_calendar_month_and_step_by_their_own_length()
    {
        var date = new DateOnly(2026, 2, 18);

        Assert.Equal(new TimelinePeriod(TimelineView.Day, date, date), TimelinePeriod.Around(TimelineView.Day, date));
        var week = TimelinePeriod.Around(TimelineView.Week, date);
        Assert.Equal((new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 22)), (week.From, week.To));
        var month = TimelinePeriod.Around(TimelineView.Month, date);
        Assert.Equal((new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)), (month.From, month.To));

        Assert.Equal(new DateOnly(2026, 2, 17), TimelinePeriod.Around(TimelineView.Day, date).Previous.From);
        Assert.Equal(new DateOnly(2026, 2, 23), week.Next.From);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)), (month.Previous.From, month.Previous.To));
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)), (month.Next.From, month.Next.To));
        Assert.Equal("February 16 to 22, 2026", week.Title);
        Assert.Equal("February 2026", month.Title);
    }

    [Theory]
    [InlineData("day", TimelineView.Day)]
    [InlineData("Month", TimelineView.Month)]
    [InlineData(null, TimelineView.Week)]
    [InlineData("2", TimelineView.Week)]
    [InlineData("year", TimelineView.Week)]
    public void The_view_is_read_from_the_address_with_the_week_by_default(string? text, TimelineView expected) =>
        Assert.Equal(expected, TimelinePeriod.ParseView(text));

    [Fact]
    public void Time_runs_left_to_right_over_the_local_days_and_is_clamped_to_the_plot()
    {
        var chart = new TimelineChart(Week, NewYork);

        Assert.Equal(Utc("2026-06-01T04:00:00Z"), chart.Start);
        Assert.Equal(Utc("2026-06-08T04:00:00Z"), chart.End);
        Assert.Equal(TimelineChart.PlotLeft, chart.X(chart.Start));
        Assert.Equal(TimelineChart.PlotRight, chart.X(chart.End));
        Assert.Equal(TimelineChart.PlotLeft, chart.X(Utc("2026-05-01T00:00:00Z")));
        Assert.Equal(TimelineChart.PlotRight, chart.X(Utc("2026-07-01T00:00:00Z")));
        var middle = Math.Round((TimelineChart.PlotLeft + TimelineChart.PlotRight) / 2, 1);
        Assert.Equal(middle, chart.X(Utc("2026-06-04T16:00:00Z")), 1);
        Assert.Equal(chart.X(Utc("2026-06-04T16:00:00Z")), chart.X(new DateOnly(2026, 6, 4)), 1);
    }

    [Fact]
    public void A_day_with_a_clock_change_is_23_hours_wide_and_its_ticks_fall_on_local_hours()
    {
        var day = TimelinePeriod.Around(TimelineView.Day, new DateOnly(2026, 3, 29));
        var chart = new TimelineChart(day, London);

        Assert.Equal(TimeSpan.FromHours(23), chart.End - chart.Start);
        var ticks = chart.Ticks();
        Assert.Equal(["12 AM", "6 AM", "12 PM", "6 PM"], ticks.Select(t => t.Label));
        // 06:00 BST is 05:00Z, five of the day's 23 hours in.
        Assert.Equal(Math.Round(TimelineChart.PlotLeft + 5.0 / 23 * (TimelineChart.PlotRight - TimelineChart.PlotLeft), 1), ticks[1].X);
    }

    [Fact]
    public void Weeks_label_every_day_and_months_every_seventh()
    {
        Assert.Equal(["Mon 1", "Tue 2", "Wed 3", "Thu 4", "Fri 5", "Sat 6", "Sun 7"], new TimelineChart(Week, NewYork).Ticks().Select(t => t.Label));

        var month = new TimelineChart(TimelinePeriod.Around(TimelineView.Month, new DateOnly(2026, 6, 10)), NewYork).Ticks();
        Assert.Equal(30, month.Count);
        Assert.Equal(["Jun 1", "Jun 8", "Jun 15", "Jun 22", "Jun 29"], month.Where(t => t.Label is not null).Select(t => t.Label));
    }

    [Fact]
    public void The_mood_scale_runs_up_from_depressed_to_manic_and_other_states_sit_below_it()
    {
        var chart = new TimelineChart(Week, NewYork);

        var scale = TimelineChart.Scale.Select(chart.Y).ToList();
        Assert.Equal(scale.OrderBy(y => y), scale);
        Assert.True(chart.Y("manic") < chart.Y("depressed"));
        Assert.All(TimelineChart.OffScale, state => Assert.True(chart.Y(state) > chart.ScaleBottom));
        Assert.Equal(chart.Y(TimelineChart.OwnStates), chart.Y("restless"));
        Assert.Equal(TimelineChart.Scale.Count + TimelineChart.OffScale.Count + 1, chart.Rows.Select(r => r.Y).Distinct().Count());
        Assert.True(chart.Height > chart.PlotBottom);
    }

    [Fact]
    public void The_step_line_starts_with_the_carried_state_steps_at_each_shift_and_stops_now()
    {
        var chart = new TimelineChart(Week, NewYork);
        var first = Utc("2026-06-02T04:00:00Z");
        var now = Utc("2026-06-05T04:00:00Z");

        var path = chart.StepPath("low", [(first, "anxious"), (Utc("2026-06-09T00:00:00Z"), "manic")], now);

        Assert.Equal($"M{TimelineChart.PlotLeft} {chart.Y("low")} H{chart.X(first)} V{chart.Y("anxious")} H{chart.X(now)}", path);
    }

    [Fact]
    public void Without_a_carried_state_the_line_begins_at_the_first_shift_and_with_nothing_there_is_no_line()
    {
        var chart = new TimelineChart(Week, NewYork);
        var at = Utc("2026-06-03T16:00:00Z");

        Assert.Equal($"M{chart.X(at)} {chart.Y("stable")} H{TimelineChart.PlotRight}", chart.StepPath(null, [(at, "stable")], Utc("2027-01-01T00:00:00Z")));
        Assert.Null(chart.StepPath(null, [], Utc("2027-01-01T00:00:00Z")));
    }

    [Fact]
    public void A_span_is_clamped_and_never_thinner_than_a_line()
    {
        var chart = new TimelineChart(Week, NewYork);

        Assert.Equal((TimelineChart.PlotLeft, TimelineChart.PlotRight - TimelineChart.PlotLeft), chart.Span(Utc("2026-05-01T00:00:00Z"), Utc("2026-07-01T00:00:00Z")));
        Assert.Equal(1, chart.Span(Utc("2026-06-03T16:00:00Z"), Utc("2026-06-03T16:01:00Z")).Width);
    }

    [Fact]
    public void Marks_are_drawn_at_their_x_in_their_lanes_whatever_the_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("M96.5 4 H104.5 L100.5 12 Z", TimelineChart.TrianglePath(100.5));
            Assert.Equal("M100.5 29 L105.5 34 L100.5 39 L95.5 34 Z", TimelineChart.DiamondPath(100.5));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Every_record_is_listed_in_local_time_oldest_first_with_day_dated_ones_at_the_start_of_their_day()
    {
        var timeline = new TimelineInfo(
            new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 7), "America/New_York", "low",
            [new TimelineShiftInfo(Guid.NewGuid(), Utc("2026-06-02T16:30:00Z"), "anxious", 6, "limited")],
            [new TimelineCrisisInfo(Utc("2026-06-01T10:00:00Z"), Utc("2026-06-01T12:00:00Z"), "suicidalCrisisEpisode")],
            [new TimelineEpisodeInfo(Guid.NewGuid(), "suicidalCrisis", Utc("2026-06-01T10:00:00Z"), Utc("2026-06-01T12:00:00Z"))],
            [new TimelineChangeInfo(Guid.NewGuid(), Guid.NewGuid(), "Lamotrigine", new DateOnly(2026, 6, 2), "doseIncreased", 100, 150, "mg")],
            [new TimelineCardInfo(Guid.NewGuid(), new DateOnly(2026, 6, 3), 1, 4, 3, null)],
            [new TimelineQuestionnaireInfo(Guid.NewGuid(), "phq9", Utc("2026-06-04T00:30:00Z"), 11, "moderately_severe", "low")]);

        var events = TimelineEvents.InOrder(timeline, NewYork);

        Assert.Equal(
        [
            ("Mon, Jun 1, 2026 at 6:00 AM", "Crisis period", "A suicidal crisis episode, until Mon, Jun 1, 2026 at 8:00 AM"),
            ("Mon, Jun 1, 2026 at 6:00 AM", "Episode", "Suicidal crisis began, ended Mon, Jun 1, 2026 at 8:00 AM"),
            ("Tue, Jun 2, 2026", "Medication", "Lamotrigine: dose raised from 100 mg to 150 mg"),
            ("Tue, Jun 2, 2026 at 12:30 PM", "Mood", "Anxious, 6 out of 10 · Getting by, barely"),
            ("Wed, Jun 3, 2026", "Diary card", "1 skill used · highest urge 4 of 5 · self-harm urge 3 of 5"),
            ("Wed, Jun 3, 2026 at 8:30 PM", "PHQ-9", "score 11, moderately severe"),
        ], events.Select(e => (e.When, e.Kind, e.Text)));
        Assert.Equal(
            "Mood over June 1 to 7, 2026: 1 mood shift, the last anxious; 1 crisis period; 1 medication change; 1 diary card; 1 questionnaire. The list below gives each in order.",
            TimelineEvents.Summary(timeline, Week));
    }
}
