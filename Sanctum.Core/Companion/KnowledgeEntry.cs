namespace Sanctum.Core.Companion;

public enum KnowledgeCategory
{
    Diagnosis,
    Triggers,
    Coping,
    Patterns,
    Preferences,
}

/// <summary>How sure Sanctum is of an entry; ordered as the context reads them (outdated ones are left out).</summary>
public enum KnowledgeConfidence
{
    Confirmed,
    Inferred,
    Uncertain,
    Outdated,
}

/// <summary>
/// One thing the companion knows about a person ("triggers / mornings: calls with my mum"). The person sees, corrects
/// and deletes every entry; one entry per (category, key).
/// </summary>
public sealed class KnowledgeEntry : PersonalRecord
{
    public const int MaxKeyLength = 100;
    public const int MaxValueLength = 1000;

    public KnowledgeCategory Category { get; set; }
    public required string Key { get; set; }
    public required string Value { get; set; }
    public KnowledgeConfidence Confidence { get; set; }

    /// <summary>When Sanctum first learned it (set by whoever adds it; the person may add something learned long ago).</summary>
    public DateTimeOffset LearnedAt { get; set; }
}
