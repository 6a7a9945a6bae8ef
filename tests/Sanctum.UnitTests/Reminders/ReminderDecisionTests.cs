using Sanctum.Core.Medications;
using Sanctum.Core.Reminders;

namespace Sanctum.UnitTests.Reminders;

public class ReminderDecisionTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly Guid Lithium = Guid.NewGuid();

    // 20:00 EST on 2026-01-15.
    private static readonly DateTimeOffset Dose = new(2026, 1, 16, 1, 0, 0, TimeSpan.Zero);

    private static ReminderOutcome Medication(params LoggedDose[] doses) =>
        ReminderDecision.Decide(new(ReminderTarget.Medication, Lithium, Doses: doses), Dose, Dose, NewYork);

    [Fact]
    public void A_dose_not_logged_fires() => Assert.True(Medication().Fire);

    [Theory]
    [InlineData(DoseStatus.Taken, false)]
    [InlineData(DoseStatus.Skipped, false)]
    [InlineData(DoseStatus.Missed, true)]
    public void A_logged_dose_settles_the_reminder_unless_missed(DoseStatus status, bool fires) =>
        Assert.Equal(fires, Medication(new LoggedDose(Lithium, Dose, status)).Fire);

    [Fact]
    public void Only_the_same_medication_at_the_same_scheduled_time_counts()
    {
        Assert.True(Medication(new LoggedDose(Guid.NewGuid(), Dose, DoseStatus.Taken)).Fire);
        Assert.True(Medication(new LoggedDose(Lithium, Dose.AddHours(-12), DoseStatus.Taken)).Fire);
    }

    [Fact]
    public void A_check_in_for_that_local_day_settles_its_half_only()
    {
        // 20:00 EST on the 15th is already the 16th in UTC; the local day is what counts.
        var morningDone = new LoggedCheckIn(new DateOnly(2026, 1, 15), Morning: true, Evening: false);
        Assert.True(ReminderDecision.Decide(new(ReminderTarget.EveningCheckIn, CheckIns: [morningDone]), Dose, Dose, NewYork).Fire);
        Assert.False(ReminderDecision.Decide(new(ReminderTarget.MorningCheckIn, CheckIns: [morningDone]), Dose, Dose, NewYork).Fire);

        var eveningDoneUtcDay = new LoggedCheckIn(new DateOnly(2026, 1, 16), Morning: false, Evening: true);
        Assert.True(ReminderDecision.Decide(new(ReminderTarget.EveningCheckIn, CheckIns: [eveningDoneUtcDay]), Dose, Dose, NewYork).Fire);
        var eveningDone = eveningDoneUtcDay with { Date = new DateOnly(2026, 1, 15) };
        Assert.False(ReminderDecision.Decide(new(ReminderTarget.EveningCheckIn, CheckIns: [eveningDone]), Dose, Dose, NewYork).Fire);
    }

    [Fact]
    public void An_appointment_reminder_fires_only_while_the_appointment_is_ahead()
    {
        Assert.True(ReminderDecision.Decide(new(ReminderTarget.Appointment, AppointmentAt: Dose.AddDays(1)), Dose, Dose, NewYork).Fire);
        Assert.False(ReminderDecision.Decide(new(ReminderTarget.Appointment, AppointmentAt: Dose.AddDays(-1)), Dose, Dose, NewYork).Fire);
        Assert.False(ReminderDecision.Decide(new(ReminderTarget.Appointment), Dose, Dose, NewYork).Fire);
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(120, true)]
    [InlineData(121, false)]
    public void Snooze_is_bounded(int minutes, bool valid) => Assert.Equal(valid, ReminderDecision.IsValidSnooze(minutes));

    [Fact]
    public void Snooze_comes_back_after_the_minutes_clamped()
    {
        Assert.Equal(Dose.AddMinutes(15), ReminderDecision.SnoozeUntil(Dose, 15));
        Assert.Equal(Dose.AddMinutes(120), ReminderDecision.SnoozeUntil(Dose, 500));
        Assert.Equal(Dose.AddMinutes(5), ReminderDecision.SnoozeUntil(Dose, 0));
    }
}
