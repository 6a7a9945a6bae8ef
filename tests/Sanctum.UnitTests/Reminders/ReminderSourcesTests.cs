using Sanctum.Core.Profile;
using Sanctum.Core.Reminders;

namespace Sanctum.UnitTests.Reminders;

/// <summary>Appointment reminder times, snoozing one that just went out, and reminders following their medication or provider.</summary>
public class ReminderSourcesTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text + "Z").ToUniversalTime();

    private static HealthcareProvider Provider(DateTimeOffset? appointment) =>
        new() { Name = "Dr Okafor", UserId = Guid.NewGuid(), NextAppointmentAt = appointment };

    private static List<DateTimeOffset> Fires(Reminder reminder, string fromUtc)
    {
        var fires = new List<DateTimeOffset>();
        reminder.Reschedule(NewYork, Utc(fromUtc));
        while (reminder.NextDueAt is { } at)
        {
            fires.Add(at);
            reminder.Reschedule(NewYork, at);
        }
        return fires;
    }

    [Theory]
    // Monday 09:00 EDT the day after the clocks go forward: 18:00 the evening before is EDT too (22:00 UTC), and two
    // real hours ahead is 07:00 EDT (11:00 UTC).
    [InlineData("2026-03-09T13:00", "2026-03-08T22:00", "2026-03-09T11:00")]
    // 10:00 EDT on the change day itself: the evening before is still EST (23:00 UTC); two hours ahead is 08:00 EDT.
    [InlineData("2026-03-08T14:00", "2026-03-07T23:00", "2026-03-08T12:00")]
    // 09:00 EST on the day the clocks go back: the evening before is EDT (22:00 UTC); two hours ahead is 07:00 EST.
    [InlineData("2026-11-01T14:00", "2026-10-31T22:00", "2026-11-01T12:00")]
    public void An_appointment_is_reminded_the_evening_before_and_two_hours_ahead_in_local_time(
        string appointment, string eveningBefore, string hoursBefore)
    {
        var reminder = ReminderSources.ForAppointment(Provider(Utc(appointment)));

        Assert.Equal([Utc(eveningBefore), Utc(hoursBefore)], Fires(reminder, "2026-01-01T00:00"));
    }

    [Fact]
    public void An_appointment_set_at_short_notice_skips_the_evening_before_and_nothing_fires_after_it()
    {
        // Booked at 10:00 EST for 15:00 EST the same day.
        var reminder = ReminderSources.ForAppointment(Provider(Utc("2026-01-15T20:00")));

        Assert.Equal([Utc("2026-01-15T18:00")], Fires(reminder, "2026-01-15T15:00"));
        Assert.Empty(Fires(reminder, "2026-01-15T20:00"));
    }

    [Fact]
    public void A_snooze_just_after_a_reminder_went_out_brings_that_one_back_and_leaves_the_next_alone()
    {
        var reminder = new Reminder { Recurrence = Recurrence.Daily, Times = [new TimeOnly(8, 0)] };
        reminder.Reschedule(NewYork, Utc("2026-01-15T12:00"));
        var fired = reminder.OccurrenceAt!.Value;
        Assert.Equal(Utc("2026-01-15T13:00"), fired);

        // Delivered at 08:00 EST; the reminder moves on to tomorrow.
        reminder.MarkSent(fired, fired);
        reminder.Reschedule(NewYork, fired);
        reminder.Snooze(fired.AddMinutes(5), 10);

        Assert.Equal((fired, fired.AddMinutes(15), fired.AddMinutes(15)), (reminder.OccurrenceAt, reminder.SnoozedUntil, reminder.NextDueAt));
    }

    [Fact]
    public void A_snooze_long_after_a_reminder_went_out_puts_off_the_coming_one()
    {
        var reminder = new Reminder { Recurrence = Recurrence.Daily, Times = [new TimeOnly(8, 0)] };
        var fired = Utc("2026-01-15T13:00");
        reminder.MarkSent(fired, fired);
        reminder.Reschedule(NewYork, fired);
        var now = fired.Add(ReminderDecision.JustSentWindow).AddMinutes(1);

        reminder.Snooze(now, 10);

        Assert.Equal((Utc("2026-01-16T13:00"), now.AddMinutes(10)), (reminder.OccurrenceAt, reminder.NextDueAt));
    }

    [Fact]
    public void A_derived_medication_reminder_follows_the_schedule_and_a_customised_one_keeps_its_times()
    {
        var medication = new Medication { Name = "lithium", ScheduleTimes = [new(8, 0)] };
        var derived = ReminderSources.ForMedication(medication);
        var customised = ReminderSources.ForMedication(medication);
        customised.Customised = true;
        customised.Times = [new(9, 15)];

        medication.ScheduleTimes = [new(21, 0), new(7, 30)];

        Assert.True(ReminderSources.FollowMedication(derived, medication));
        Assert.Equal([new(7, 30), new(21, 0)], derived.Times);
        Assert.False(ReminderSources.FollowMedication(customised, medication));
        Assert.Equal([new(9, 15)], customised.Times);
    }

    [Fact]
    public void Stopping_a_medication_turns_off_every_reminder_for_it_and_restarting_turns_back_on_only_the_derived_one()
    {
        var medication = new Medication { Name = "lithium", ScheduleTimes = [new(8, 0)] };
        var derived = ReminderSources.ForMedication(medication);
        var own = new Reminder { Target = ReminderTarget.Medication, Recurrence = Recurrence.Daily, Times = [new(8, 0)] };

        medication.Active = false;
        Assert.True(ReminderSources.FollowMedication(derived, medication));
        Assert.True(ReminderSources.FollowMedication(own, medication));
        Assert.False(derived.Enabled || own.Enabled);

        medication.Active = true;
        ReminderSources.FollowMedication(derived, medication);
        ReminderSources.FollowMedication(own, medication);
        Assert.True(derived.Enabled);
        Assert.False(own.Enabled);
    }

    [Fact]
    public void Clearing_the_appointment_turns_the_derived_reminder_off_and_leaves_nothing_due()
    {
        var provider = Provider(Utc("2026-01-20T15:00"));
        var reminder = ReminderSources.ForAppointment(provider);

        provider.NextAppointmentAt = null;

        Assert.True(ReminderSources.FollowAppointment(reminder, provider));
        Assert.False(reminder.Enabled);
        Assert.Null(reminder.AppointmentAt);
        Assert.Empty(Fires(reminder, "2026-01-01T00:00"));
    }

    [Fact]
    public void A_before_appointment_schedule_needs_a_time_the_day_before_or_hours_before()
    {
        Assert.Equal(["times"], new ReminderSchedule(Recurrence.BeforeAppointment, [], []).Problems().Select(p => p.Field));
        Assert.Equal(["hoursBefore"], new ReminderSchedule(Recurrence.BeforeAppointment, [], [], HoursBefore: 72).Problems().Select(p => p.Field));
        Assert.Empty(new ReminderSchedule(Recurrence.BeforeAppointment, [], [], HoursBefore: 3).Problems());
    }

    [Fact]
    public void A_reminder_key_names_its_reminder_and_other_keys_name_none()
    {
        var id = Guid.NewGuid();
        var key = ReminderKeys.For(id, Utc("2026-01-15T13:00"), Utc("2026-01-15T13:10"), email: true);

        Assert.Equal($"reminder:{id}:2026-01-15T13:00:00.0000000Z:snoozed:2026-01-15T13:10:00.0000000Z:email", key);
        Assert.Equal(id, ReminderKeys.ReminderIdOf(key));
        Assert.Null(ReminderKeys.ReminderIdOf($"alert:{id}:x"));
        Assert.Null(ReminderKeys.ReminderIdOf("reminder:short"));
    }
}
