namespace Sanctum.Web.Api.Contracts;

/// <summary>How the companion talks; CrisisPhrases is the screener's own list (the same as the safety settings' words).</summary>
public sealed record CompanionConfigurationInfo(
    string Tone, string Pacing, bool DailyAffirmation, IReadOnlyList<string> TopicsToAvoid, IReadOnlyList<string>? CrisisPhrases,
    IReadOnlyList<string> ActiveProtocols);

public sealed record KnowledgeInfo(Guid Id, string Category, string Key, string Value, string Confidence, DateTimeOffset LearnedAt, DateTimeOffset UpdatedAt,
    CrisisInfo? Crisis = null);

public sealed record KnowledgeRequestBody(string Category, string Key, string Value, string? Confidence);

public sealed record ContextSectionInfo(string Key, string Title, IReadOnlyList<string> Lines, bool Pinned, int LeftOut);

public sealed record CompanionContextInfo(
    DateTimeOffset AssembledAt, bool FromCache, string TimeZone, DateOnly Today, int TokenBudget, int EstimatedTokens,
    IReadOnlyList<ContextSectionInfo> Sections, IReadOnlyList<string> LeftOutSections, string Text);
