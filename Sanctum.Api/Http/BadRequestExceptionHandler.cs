using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Sanctum.Api.Http;

/// <summary>
/// Turns unreadable requests (malformed JSON, a string where a number belongs, an unknown enum value,
/// a query value of the wrong type) into a 400 ValidationProblem naming the field, instead of a 500
/// or a message about framework parameters.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest) return false;

        var (field, message) = Describe(badRequest);
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = StatusCodes.Status400BadRequest,
            },
        });
    }

    private static (string Field, string Message) Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException { Path: { Length: > 1 } path })
            return (path.TrimStart('$', '.'), "This value has the wrong format.");
        if (exception.InnerException is JsonException)
            return ("body", "The request body is not valid JSON.");

        // e.g. Failed to bind parameter "int PageSize" from "abc".
        var parameter = BoundParameter().Match(exception.Message);
        if (parameter.Success)
            return (JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value), "This value has the wrong format.");

        return exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
            ? ("body", "A request body is required.")
            : ("request", exception.Message);
    }

    [GeneratedRegex("""parameter "[^"\s]+ (?<name>\w+)" from""")]
    private static partial Regex BoundParameter();
}
