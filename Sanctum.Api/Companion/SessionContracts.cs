using System.Text.Json;
using Sanctum.Api.Http;
using Sanctum.Core.Companion;

namespace Sanctum.Api.Companion;

public sealed record SessionResponse(
    Guid Id, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, int? DurationMinutes, int ShiftsLogged,
    IReadOnlyList<string> SkillsUsed, bool CrisisDetected, string? Summary)
{
    public static SessionResponse From(CompanionSession s) =>
        new(s.Id, s.StartedAt, s.EndedAt, s.DurationMinutes, s.ShiftsLogged, s.SkillsUsed, s.CrisisDetected, s.Summary);
}

public sealed record EndSessionRequest(string? Summary) : IValidatedRequest
{
    public void Validate(ValidationErrors errors) => errors.MaxLength("summary", Summary, 4000);
}

/// <summary>The session's current state and the version to name when writing it back.</summary>
public sealed record SessionMemoryResponse(Guid SessionId, JsonElement State, int Version, DateTimeOffset UpdatedAt)
{
    public static SessionMemoryResponse From(SessionMemory m) =>
        new(m.SessionId, JsonDocument.Parse(m.State).RootElement.Clone(), m.Version, m.UpdatedAt);
}

/// <summary>A new state for a session; Version (or an If-Match header) is the version the writer last read.</summary>
public sealed record SessionMemoryRequest(JsonElement? State, int? Version) : IValidatedRequest
{
    public const int MaxStateLength = 64 * 1024;

    public void Validate(ValidationErrors errors)
    {
        if (State is not { ValueKind: JsonValueKind.Object } state) errors.Add("state", "The state must be a JSON object.");
        else if (state.GetRawText().Length > MaxStateLength) errors.Add("state", $"Please keep the state under {MaxStateLength + 1} characters.");
        if (Version is < 1) errors.Add("version", "Versions start at 1.");
    }
}

/// <summary>A log snapshot found by search; Snippet marks the matching words with &lt;mark&gt; (the rest is the person's own text, unescaped).</summary>
public sealed record SessionLogHit(Guid Id, Guid? SessionId, DateTimeOffset LoggedAt, string DayLabel, string Snippet, JsonElement Snapshot);

/// <summary>?q=boiler&amp;from=2026-11-01&amp;to=2026-11-30: words to find (web-search syntax) within local dates.</summary>
public sealed record SessionLogQuery(string? Q) : IValidatedRequest
{
    public void Validate(ValidationErrors errors) => errors.Required("q", Q, 200);
}
