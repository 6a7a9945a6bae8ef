using Sanctum.Core.Mood;

namespace Sanctum.Core.Patterns;

/// <summary>
/// One signed number per shift so that "mood" can be averaged and compared across days: states on the low side
/// (depressed, low, numb, crisis) count as minus their intensity, states on the high side (elevated, hypomanic, manic)
/// as plus it, and the rest (stable, anxious, irritable, mixed, dissociated, a person's own names) as 0, because they
/// sit on neither side. The scale runs -10..+10, like the life chart's "below / above baseline".
/// </summary>
public static class MoodLevel
{
    private static readonly HashSet<string> Low = ["depressed", "low", "numb", MoodStates.Crisis];
    private static readonly HashSet<string> High = ["elevated", "hypomanic", "manic"];

    public static int Of(string state, int intensity) =>
        Low.Contains(state) ? -intensity : High.Contains(state) ? intensity : 0;
}
