extern alias web;
using web::Sanctum.Web.Api.Contracts;
using web::Sanctum.Web.Components.Shared;

namespace Sanctum.UnitTests;

public sealed class CrisisNoticeTests
{
    private static readonly CrisisInfo Crisis = new("high", [], SafetyPlan: null, Contacts: []);

    [Fact]
    public void A_save_without_a_crisis_shows_nothing_and_leaves_what_is_shown()
    {
        var notice = new CrisisNotice();
        var changes = 0;
        notice.Changed += () => changes++;

        notice.Show(null);
        Assert.Null(notice.Current);
        notice.Show(Crisis);
        notice.Show(null);

        Assert.Same(Crisis, notice.Current);
        Assert.Equal(1, changes);
    }

    [Fact]
    public void The_override_stays_on_the_page_it_was_shown_on_and_goes_with_the_next_move()
    {
        var notice = new CrisisNotice();
        notice.Show(Crisis);

        notice.Navigated();

        Assert.Null(notice.Current);
    }

    [Fact]
    public void A_save_that_then_goes_to_a_list_keeps_the_override_through_that_one_move()
    {
        var notice = new CrisisNotice();
        notice.Show(Crisis, beforeNavigating: true);

        notice.Navigated();
        Assert.Same(Crisis, notice.Current);
        notice.Navigated();
        Assert.Null(notice.Current);
    }
}
