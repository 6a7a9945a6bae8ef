using Sanctum.Core.Safety;

namespace Sanctum.Core.Questionnaires;

public enum Instrument
{
    Phq9,
    Gad7,
    Asrm,
    Cssrs,
}

/// <summary>A completed validated questionnaire with its score, stored as scored at the time.</summary>
public sealed class QuestionnaireResponse : PersonalRecord
{
    public Instrument Instrument { get; set; }
    public DateTimeOffset CompletedAt { get; set; }

    /// <summary>Item answers in published order; null for an unanswered (or, in C-SSRS, skipped) item. C-SSRS: 1 yes, 0 no.</summary>
    public List<int?> Answers { get; set; } = [];

    /// <summary>C-SSRS only: whether the behaviour in question 6 was within the past three months.</summary>
    public bool? CssrsBehaviourWithinThreeMonths { get; set; }

    /// <summary>The total (prorated where the instrument allows); null for C-SSRS, which has none, or an invalid ASRM.</summary>
    public decimal? Score { get; set; }

    public required string Band { get; set; }
    public RiskLevel Risk { get; set; }
}
