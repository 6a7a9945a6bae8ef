using Sanctum.Api.Http;
using Sanctum.Api.Mood;
using Sanctum.Api.Safety;
using Sanctum.Core.Companion;
using Sanctum.Core.Skills;

namespace Sanctum.Api.Companion;

/// <summary>One message to the companion; without a session id a new session starts.</summary>
public sealed record MessageRequest(string? Text, Guid? SessionId) : IValidatedRequest
{
    public const int MaxTextLength = 2000;

    public void Validate(ValidationErrors errors) => errors.Required("text", Text, MaxTextLength);
}

/// <summary>A record the message led to: "baseline", "diaryCard" (saved) or "moodShift" (proposed, waiting for confirmation).</summary>
public sealed record CapturedRecord(string Kind, Guid Id, string Status, object Record);

/// <summary>A proposed shift as the person would confirm it; OccurredAt is UTC.</summary>
public sealed record ProposedShift(DateTimeOffset OccurredAt, string CurrentState, int Intensity, string? Trigger);

/// <summary>
/// The companion's answer. When Crisis is set, Reply is null and nothing was captured: the crisis override is the
/// whole answer.
/// </summary>
public sealed record MessageResponse(
    Guid SessionId, string? Reply, IReadOnlyList<CapturedRecord> Captured, SuggestedSkill? Skill, CrisisOverride? Crisis, DateTimeOffset At);

/// <summary>The skills library's first suggestion for the moment, with the step to start with and why it was chosen.</summary>
public sealed record SuggestedSkill(string Key, string Name, string Category, string FirstStep, string Reason)
{
    public static SuggestedSkill From(SkillSuggestion suggestion) => new(suggestion.Skill.Key, suggestion.Skill.Name,
        suggestion.Skill.Category, suggestion.Skill.Steps.FirstOrDefault() ?? suggestion.Skill.Summary, suggestion.Reason);
}

/// <summary>Changes the person makes to a proposed shift before confirming it; anything left out stays as proposed.</summary>
public sealed record ProposalEdits(DateTimeOffset? OccurredAt, string? CurrentState, int? Intensity, string? Trigger, string? Notes, bool? IsPrivate);

public sealed record ProposalResponse(Guid Id, Guid SessionId, string Kind, ProposalStatus Status, Guid? RecordId, MoodShiftResponse? Shift);
