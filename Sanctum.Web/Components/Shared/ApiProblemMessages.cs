using Sanctum.Web.Api;
using Sanctum.Web.Time;

namespace Sanctum.Web.Components.Shared;

/// <summary>The Api's refusals in plain, kind words.</summary>
public static class ApiProblemMessages
{
    public const string Unavailable =
        "We can't reach Sanctum right now. Your information is safe. Please try again in a moment.";

    public static string Describe(ApiProblem problem) => problem.Status switch
    {
        400 => "A few details need another look. Please check the notes below.",
        404 => "We couldn't find that. It may have been removed already.",
        409 or 423 => problem.Detail ?? "That couldn't be saved as it is. Please try again.",
        429 => TooManyTries(problem.RetryAfter),
        >= 500 => "Something went wrong on our side. Your information is safe. Please try again in a moment.",
        _ => problem.Detail ?? "That didn't work. Please try again.",
    };

    public static string TooManyTries(TimeSpan? retryAfter) =>
        $"That's a lot of tries in a short time, so we're pausing for a moment. Please try again in {Display.Wait(retryAfter ?? TimeSpan.FromMinutes(1))}.";
}
