using Microsoft.AspNetCore.Http.HttpResults;

namespace Sanctum.Api.Http;

public static class Instants
{
    /// <summary>Phones and servers disagree by a few seconds; a minute's grace keeps "just now" from being refused.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    public static void NotInFuture(this ValidationErrors errors, string field, DateTimeOffset? instant, DateTimeOffset now)
    {
        if (instant > now + ClockSkew) errors.Add(field, "This can't be in the future.");
    }

    /// <summary>Not before 1900 (<see cref="ValidationErrors.FirstDay"/>): earlier instants only come from typos, and overflow zone arithmetic.</summary>
    public static void NotBeforeFirstDay(this ValidationErrors errors, string field, DateTimeOffset? instant)
    {
        if (instant < new DateTimeOffset(ValidationErrors.FirstDay, TimeOnly.MinValue, TimeSpan.Zero))
            errors.Add(field, $"Use a date from {ValidationErrors.FirstDay.Year} on.");
    }
}

/// <summary>?from=2026-11-01T00:00:00Z&amp;to=...: UTC instants, from inclusive and to exclusive; either may be left out.</summary>
public sealed record InstantRangeQuery(DateTimeOffset? From, DateTimeOffset? To) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (From is { } from && To is { } to && to <= from) errors.Add("to", "The end must be after the start.");
    }
}
