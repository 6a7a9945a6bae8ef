extern alias web;
using web::Sanctum.Web.Api.Contracts;
using web::Sanctum.Web.Components.Pages.Mood;
using web::Sanctum.Web.Components.Pages.Trackers;
using web::Sanctum.Web.Session;

namespace Sanctum.UnitTests;

public sealed class TrackerFormTests
{
    private static readonly SignedInUser Chicago = new(Guid.NewGuid(), "Robin", TimeZoneInfo.FindSystemTimeZoneById("America/Chicago"));

    private static AbandonmentInfo Moment(DateTimeOffset at) =>
        new(Guid.NewGuid(), at, "No reply", 7, null, ["They're leaving", "Again"], null, null, null, IsPrivate: true);

    [Fact]
    public void A_moment_shows_on_the_persons_clock_to_the_minute_and_an_untouched_time_goes_back_as_it_was()
    {
        var entry = Moment(new DateTimeOffset(2026, 3, 2, 2, 5, 42, TimeSpan.Zero));
        var form = AbandonmentForm.From(entry, Chicago);
        Assert.Equal(new DateTime(2026, 3, 1, 20, 5, 0), form.OccurredAt);
        Assert.Equal("They're leaving\nAgain", form.ThoughtPatterns);

        form.FearIntensity = 4;
        var request = form.ToRequest();
        Assert.Equal(entry.OccurredAt, request.OccurredAt);
        Assert.Equal(["They're leaving", "Again"], request.ThoughtPatterns);
        Assert.True(request.IsPrivate);

        form.OccurredAt = new DateTime(2026, 3, 1, 18, 30, 0);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 0, 30, 0, TimeSpan.Zero), form.ToRequest().OccurredAt);
    }

    [Fact]
    public void A_new_day_starts_on_the_persons_own_today()
    {
        // 03:00 UTC on March 2 is still March 1 in Chicago.
        Assert.Equal(new DateOnly(2026, 3, 1), MoodTimes.LocalDate(Chicago, new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_routine_sends_its_steps_one_per_line_without_blanks()
    {
        var form = new RoutineForm { Date = new DateOnly(2026, 3, 1), Type = "evening", CompletedSteps = "Meds\n\n  Teeth  \n", SkippedSteps = null };
        var request = form.ToRequest();
        Assert.Equal(["Meds", "Teeth"], request.CompletedSteps);
        Assert.Empty(request.SkippedSteps);

        var saved = new RoutineInfo(Guid.NewGuid(), new DateOnly(2026, 3, 1), "evening", ["Meds", "Teeth"], [], 100, null, false);
        Assert.Equal("Evening routine, March 1, 2026", saved.Name);
        Assert.Equal("Meds\nTeeth", RoutineForm.From(saved).CompletedSteps);
    }
}
