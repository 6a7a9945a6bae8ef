extern alias web;
using web::Sanctum.Web.Api.Contracts;
using web::Sanctum.Web.Components.Pages.Mood;
using web::Sanctum.Web.Session;

namespace Sanctum.UnitTests;

public sealed class MoodShiftFormTests
{
    private static readonly SignedInUser Chicago = new(Guid.NewGuid(), "Robin", TimeZoneInfo.FindSystemTimeZoneById("America/Chicago"));

    private static MoodShiftInfo Shift(DateTimeOffset at) => new(
        Guid.NewGuid(), at, null, "anxious", 6, "Email", ["tight chest"], "limited", "working", null, "companion");

    [Fact]
    public void The_form_shows_the_local_time_to_the_minute()
    {
        var form = MoodShiftForm.From(Shift(new DateTimeOffset(2026, 3, 2, 2, 5, 42, TimeSpan.Zero)), Chicago);

        Assert.Equal(new DateTime(2026, 3, 1, 20, 5, 0), form.OccurredAt);
        Assert.Equal("", form.PreviousState);
    }

    [Fact]
    public void An_edit_that_leaves_the_time_alone_sends_the_original_instant_and_keeps_what_the_form_does_not_show()
    {
        var shift = Shift(new DateTimeOffset(2026, 3, 2, 2, 5, 42, TimeSpan.Zero));
        var form = MoodShiftForm.From(shift, Chicago);
        form.CurrentState = "irritable";

        var request = form.ToRequest(shift, Chicago);

        Assert.Equal(shift.OccurredAt, request.OccurredAt);
        Assert.Equal("irritable", request.CurrentState);
        Assert.Null(request.PreviousState);
        Assert.Equal(["tight chest"], request.PhysicalSymptoms!);
        Assert.Equal("companion", request.LoggedBy);
    }

    [Fact]
    public void A_changed_time_is_read_on_the_person_s_clock()
    {
        var shift = Shift(new DateTimeOffset(2026, 3, 2, 2, 5, 0, TimeSpan.Zero));
        var form = MoodShiftForm.From(shift, Chicago);
        form.OccurredAt = new DateTime(2026, 3, 1, 18, 30, 0);

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 0, 30, 0, TimeSpan.Zero), form.ToRequest(shift, Chicago).OccurredAt);
    }

    [Fact]
    public void A_time_in_the_spring_forward_gap_is_read_as_just_after_it()
    {
        // Chicago skips 2:00-3:00 AM on March 8, 2026; 2:30 is read as 3:00 CDT (08:00 UTC).
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 8, 0, 0, TimeSpan.Zero), Chicago.FromLocal(new DateTime(2026, 3, 8, 2, 30, 0)));
    }
}
