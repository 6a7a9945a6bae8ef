using Sanctum.Core.Profile;

namespace Sanctum.Core.Reminders;

/// <summary>
/// How reminders follow the things they are for. The rule: a reminder Sanctum made (<see cref="Reminder.Derived"/>)
/// follows its medication's dose times, or its provider's next appointment, until the person changes its rhythm or
/// turns it on or off (<see cref="Reminder.Customised"/>); from then on it keeps the person's settings. Whatever
/// made it, every reminder for a medication goes off when the medication is stopped, and every before-appointment
/// reminder moves with the appointment (with none booked it has nothing to come round for).
/// </summary>
public static class ReminderSources
{
    /// <summary>Appointment reminders Sanctum makes: the evening before, and a couple of hours ahead.</summary>
    public static readonly TimeOnly DayBefore = new(18, 0);
    public const int HoursBefore = 2;

    public static Reminder ForMedication(Medication medication) => new()
    {
        UserId = medication.UserId,
        Target = ReminderTarget.Medication,
        MedicationId = medication.Id,
        Recurrence = Recurrence.Daily,
        Times = medication.ScheduleTimes.ToList(),
        Derived = true,
    };

    public static Reminder ForAppointment(HealthcareProvider provider) => new()
    {
        UserId = provider.UserId,
        Target = ReminderTarget.Appointment,
        ProviderId = provider.Id,
        Recurrence = Recurrence.BeforeAppointment,
        Times = [DayBefore],
        HoursBefore = HoursBefore,
        AppointmentAt = provider.NextAppointmentAt,
        Derived = true,
    };

    public static Reminder ForCheckIn(ReminderTarget target, TimeOnly at) => new()
    {
        Target = target,
        Recurrence = Recurrence.Daily,
        Times = [at],
        Derived = true,
    };

    /// <summary>Brings a reminder for <paramref name="medication"/> in line with it; true when anything changed.</summary>
    public static bool FollowMedication(Reminder reminder, Medication medication)
    {
        var before = Rhythm(reminder);
        if (!medication.Active) reminder.Enabled = false;
        else if (reminder is { Derived: true, Customised: false })
        {
            reminder.Recurrence = Recurrence.Daily;
            reminder.Times = medication.ScheduleTimes.Order().ToList();
            reminder.Enabled = reminder.Times.Count > 0;
        }
        return Rhythm(reminder) != before;
    }

    /// <summary>Brings a reminder for <paramref name="provider"/> in line with its next appointment; true when anything changed.</summary>
    public static bool FollowAppointment(Reminder reminder, HealthcareProvider provider)
    {
        var before = Rhythm(reminder);
        if (reminder.Recurrence == Recurrence.BeforeAppointment) reminder.AppointmentAt = provider.NextAppointmentAt;
        if (reminder is { Derived: true, Customised: false }) reminder.Enabled = provider.NextAppointmentAt is not null;
        return Rhythm(reminder) != before;
    }

    private static string Rhythm(Reminder r) =>
        $"{r.Recurrence}|{string.Join(',', r.Times)}|{r.Enabled}|{r.AppointmentAt:O}";
}
