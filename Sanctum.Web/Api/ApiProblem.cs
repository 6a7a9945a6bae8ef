namespace Sanctum.Web.Api;

/// <summary>
/// An error answer from the Api, read from its ProblemDetails body. <see cref="Errors"/> holds the
/// field errors of a 400, keyed as the Api names the fields ("email", "diagnoses[0].text"); <see cref="ExistingId"/> the
/// record a 409 clashed with, when the Api names it.
/// </summary>
public sealed record ApiProblem(
    int Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors, TimeSpan? RetryAfter)
{
    public Guid? ExistingId { get; init; }

    public bool IsUnauthorized => Status == 401;
}

/// <summary>The Api answered, but not with success.</summary>
public sealed class ApiProblemException(ApiProblem problem)
    : Exception($"The Sanctum Api answered {problem.Status}: {problem.Title ?? problem.Detail}")
{
    public ApiProblem Problem { get; } = problem;
}

/// <summary>The Api could not be reached, or did not answer in time.</summary>
public sealed class ApiUnavailableException(Exception inner)
    : Exception("The Sanctum Api could not be reached.", inner);
