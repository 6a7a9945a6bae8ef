using System.Text.Json;
using System.Text.Json.Serialization;
using Sanctum.Core.Mood;

namespace Sanctum.Core.Companion;

public sealed record MorningAnswers
{
    public decimal? SleepHours { get; init; }
    public TimeOnly? WakeTime { get; init; }
    public WakeQuality? HowWokeUp { get; init; }
    public string? Mood { get; init; }
    public bool? MedsTaken { get; init; }
    public TimeOnly? MedsAt { get; init; }
}

public sealed record EveningAnswers
{
    public string? Mood { get; init; }
    public bool? MedsTaken { get; init; }
    public TimeOnly? MedsAt { get; init; }

    /// <summary>Diary card emotions rated 0-5, by the card's own names.</summary>
    public Dictionary<string, int> Emotions { get; init; } = [];

    public int? SelfHarmUrge { get; init; }
    public int? SuicidalThoughts { get; init; }
    public string? Notes { get; init; }
}

/// <summary>
/// The session memory's contents: which check-in is under way, the question it is on and the answers so far. Kept
/// as JSON in <see cref="SessionMemory.State"/>; anything unreadable there (a client may write the memory) is
/// treated as a fresh start rather than an error.
/// </summary>
public sealed record ProtocolState
{
    public const string Morning = "morning";
    public const string Evening = "evening";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>"morning", "evening", or null between check-ins.</summary>
    public string? Protocol { get; init; }

    /// <summary>The question waiting for an answer.</summary>
    public string? Step { get; init; }

    public MorningAnswers? MorningAnswers { get; init; }
    public EveningAnswers? EveningAnswers { get; init; }

    /// <summary>Messages the companion has answered in this session.</summary>
    public int Turns { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The conversation in hand as short lines, for the companion context's session section.</summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = new List<string> { $"Messages answered in this session: {Turns}" };
        if (Protocol is null || Step is null)
        {
            lines.Add("No check-in under way.");
            return lines;
        }
        lines.Add($"The {Protocol} check-in is under way; the question waiting for an answer: {Step}.");
        object? answers = Protocol == Morning ? MorningAnswers : EveningAnswers;
        if (answers is not null) lines.Add($"Answers so far: {JsonSerializer.Serialize(answers, answers.GetType(), Json)}");
        return lines;
    }

    public static ProtocolState FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return new();
        try
        {
            return JsonSerializer.Deserialize<ProtocolState>(json, Json) ?? new();
        }
        catch (JsonException)
        {
            return new();
        }
    }
}
