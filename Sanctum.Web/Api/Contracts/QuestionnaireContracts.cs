namespace Sanctum.Web.Api.Contracts;

public sealed record AnswerOptionInfo(int Value, string Label);

public sealed record BandInfo(string Key, int? Min, int? Max, string Wording);

/// <summary>A questionnaire as the Api describes it: items in order, answer options and bands. Instrument: phq9, gad7, asrm, cssrs.</summary>
public sealed record InstrumentInfo(
    string Instrument, string Title, string Period, IReadOnlyList<string> Items, IReadOnlyList<AnswerOptionInfo> Options,
    IReadOnlyList<BandInfo> Bands);

public sealed record CrisisResourceInfo(string Name, string HowToReach, string Href);

public sealed record QuestionnaireSubmission(IReadOnlyList<int?> Answers, bool? BehaviourWithinThreeMonths);

public sealed record QuestionnaireResult(
    Guid Id, string Instrument, DateTimeOffset CompletedAt, decimal? Score, BandInfo Band, string Risk, bool FollowUp,
    IReadOnlyList<CrisisResourceInfo> CrisisResources, bool OfferCssrs);

public sealed record TrendPointInfo(DateOnly Date, DateTimeOffset CompletedAt, decimal? Score, string Band, string Risk);
