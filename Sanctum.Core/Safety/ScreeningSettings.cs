using Sanctum.Core.Safety.Screening;

namespace Sanctum.Core.Safety;

/// <summary>
/// A person's own screening settings: the words that mean, for them, that they are struggling (screened as at least
/// moderate wherever they write them) and how many crisis-level mood shifts within 24 hours count as a crisis signal.
/// One row per person, made on their first save; until then <see cref="Defaults"/> apply.
/// </summary>
public sealed class ScreeningSettings : PersonalRecord
{
    public const int MaxPhrases = 50;
    public const int MaxPhraseLength = 100;
    public const int MinCrisisShiftsPerDay = 1;
    public const int MaxCrisisShiftsPerDay = 20;

    public List<string> OwnPhrases { get; set; } = [];
    public int CrisisShiftsPerDay { get; set; } = new CrisisSignalOptions().CrisisShiftsPerDay;

    public static ScreeningSettings Defaults(Guid userId) => new() { UserId = userId };

    public CrisisSignalOptions SignalOptions => new(CrisisShiftsPerDay);
}
