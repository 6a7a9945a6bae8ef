using Sanctum.Web.Api.Contracts;
using Sanctum.Web.Session;

namespace Sanctum.Web.Components.Pages.Mood;

/// <summary>A logged shift as its edit form shows it: the time on the person's own clock, states as picked from the list.</summary>
public sealed class MoodShiftForm
{
    public DateTime OccurredAt { get; set; }
    public string PreviousState { get; set; } = "";
    public string CurrentState { get; set; } = "";
    public int Intensity { get; set; }
    public string Functionality { get; set; } = "functional";
    public string? Trigger { get; set; }
    public string? Activity { get; set; }
    public string? Notes { get; set; }
    public bool IsPrivate { get; set; }

    // Not on the form, but sent back so an edit keeps them (a PUT replaces the whole shift).
    private IReadOnlyList<string> physicalSymptoms = [];
    private string loggedBy = "user";

    public static MoodShiftForm From(MoodShiftInfo shift, SignedInUser user) => new()
    {
        // Minutes are what the time input shows; seconds would make every save look like a change of time.
        OccurredAt = TruncateToMinute(user.ToLocal(shift.OccurredAt).DateTime),
        PreviousState = shift.PreviousState ?? "",
        CurrentState = shift.CurrentState,
        Intensity = shift.Intensity,
        Functionality = shift.Functionality,
        Trigger = shift.Trigger,
        Activity = shift.Activity,
        Notes = shift.Notes,
        IsPrivate = shift.IsPrivate,
        physicalSymptoms = shift.PhysicalSymptoms,
        loggedBy = shift.LoggedBy,
    };

    /// <summary>The shift to send; an unchanged time is sent as the original instant, to the second.</summary>
    public MoodShiftRequest ToRequest(MoodShiftInfo original, SignedInUser user) => new(
        OccurredAt == From(original, user).OccurredAt ? original.OccurredAt : user.FromLocal(OccurredAt),
        PreviousState.Length == 0 ? null : PreviousState, CurrentState, Intensity, Trigger, physicalSymptoms, Functionality,
        Activity, Notes, loggedBy, IsPrivate);

    private static DateTime TruncateToMinute(DateTime time) => new(time.Year, time.Month, time.Day, time.Hour, time.Minute, 0, time.Kind);
}
