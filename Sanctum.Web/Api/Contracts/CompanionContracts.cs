using System.Text.Json;

namespace Sanctum.Web.Api.Contracts;

/// <summary>The companion's answer to one message; with Crisis set there is no reply and nothing captured.</summary>
public sealed record CompanionReplyInfo(
    Guid SessionId, string? Reply, IReadOnlyList<CapturedInfo> Captured, SkillSuggestionInfo? Skill, CrisisInfo? Crisis, DateTimeOffset At);

/// <summary>A record a message led to: kind "baseline", "diaryCard" or "moodShift"; status "saved" or "proposed".</summary>
public sealed record CapturedInfo(string Kind, Guid Id, string Status, JsonElement Record);

public sealed record ProposedShiftInfo(DateTimeOffset OccurredAt, string CurrentState, int Intensity, string? Trigger);

/// <summary>The skills library's first suggestion for the moment: the step to start with and why it was chosen.</summary>
public sealed record SkillSuggestionInfo(string Key, string Name, string Category, string FirstStep, string Reason);

/// <summary>What the person changed in a proposed shift before confirming; null keeps the proposal's value.</summary>
public sealed record ProposalEditsRequest(DateTimeOffset? OccurredAt, string? CurrentState, int? Intensity, string? Trigger);

public sealed record ProposalInfo(Guid Id, Guid SessionId, string Kind, string Status, Guid? RecordId, MoodShiftInfo? Shift);
