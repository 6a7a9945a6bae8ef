using Microsoft.EntityFrameworkCore;
using Sanctum.Core.Persistence;

namespace Sanctum.Core.Companion;

public enum CompanionTone
{
    Balanced,
    Supportive,
    Clinical,
}

public enum CompanionPacing
{
    Adaptive,
    Brief,
    Detailed,
}

/// <summary>The conversations the companion may start or follow; a person can turn any of them off.</summary>
public enum CompanionProtocol
{
    GoodMorning,
    GoodNight,
    MoodShiftCapture,
    SkillSuggestion,
}

/// <summary>
/// How a person wants the companion to talk with them. One row per person, made on their first save; until then
/// <see cref="Defaults"/> apply. Their own crisis phrases are not kept here: they live in
/// <see cref="Safety.ScreeningSettings.OwnPhrases"/>, the one list the screener reads.
/// </summary>
public sealed class CompanionConfiguration : PersonalRecord
{
    public const int MaxTopics = 30;
    public const int MaxTopicLength = 100;

    public CompanionTone Tone { get; set; } = CompanionTone.Balanced;
    public CompanionPacing Pacing { get; set; } = CompanionPacing.Adaptive;
    public bool DailyAffirmation { get; set; } = true;
    public List<string> TopicsToAvoid { get; set; } = [];
    public List<CompanionProtocol> ActiveProtocols { get; set; } = [.. Enum.GetValues<CompanionProtocol>()];

    public static CompanionConfiguration Defaults(Guid userId) => new() { UserId = userId };

    /// <summary>The person's configuration to read (not to change), or the defaults before their first save.</summary>
    public static async Task<CompanionConfiguration> ReadAsync(SanctumDbContext db, Guid userId, CancellationToken cancellationToken) =>
        await db.CompanionConfigurations.AsNoTracking().SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken)
        ?? Defaults(userId);
}
