using System.Net.Mail;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Sanctum.Api.Http;

/// <summary>A request that can say what is wrong with itself, field by field.</summary>
public interface IValidatedRequest
{
    void Validate(ValidationErrors errors);
}

/// <summary>Collects field errors under the camelCase names clients send, for a 400 ValidationProblem.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        messages.Add(message);
    }

    public void Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, "This is required.");
        else MaxLength(field, value, maxLength);
    }

    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength) Add(field, $"Please keep this under {maxLength + 1} characters.");
    }

    public void Range(string field, int? value, int min, int max)
    {
        if (value is not null && (value < min || value > max)) Add(field, $"Must be between {min} and {max}.");
    }

    public void Email(string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, "This is required.");
            return;
        }

        MaxLength(field, value, 320);
        if (!MailAddress.TryCreate(value.Trim(), out var address) || address.Address != value.Trim())
            Add(field, "That doesn't look like an email address.");
    }

    public void TimeZone(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, "This is required.");
        else if (!TimeZones.IsIana(value)) Add(field, "Use an IANA time zone such as Europe/London or America/New_York.");
    }

    /// <summary>
    /// The days Sanctum takes, in a record or a query: nobody logs before 1900, and 2199 is past any real request while
    /// staying clear of DateOnly.MaxValue (where "the day after" throws) and of zone arithmetic overflowing at either end.
    /// </summary>
    public static readonly DateOnly FirstDay = new(1900, 1, 1), LastDay = new(2199, 12, 31);

    public void Day(string field, DateOnly? day)
    {
        if (day < FirstDay || day > LastDay) Add(field, $"Use a date from {FirstDay.Year} to {LastDay.Year}.");
    }

    /// <summary>
    /// Local days <paramref name="from"/> to <paramref name="to"/>, both included: each from 1900 to 2199 (see
    /// <see cref="FirstDay"/>), not backwards and, with
    /// <paramref name="maxDays"/>, at most that many days. Either end missing is left to the caller's defaults, so a
    /// handler that fills them in checks again with <see cref="DaySpanProblem"/>.
    /// </summary>
    public void DaySpan(DateOnly? from, DateOnly? to, int? maxDays = null, string field = "to")
    {
        Day("from", from);
        Day("to", to);
        if (from is not { } first || to is not { } last) return;
        if (last < first) Add(field, "The first day must not be after the last.");
        else if (maxDays is { } most && last.DayNumber - first.DayNumber >= most) Add(field, $"Ask for at most {most} days at a time.");
    }

    /// <summary>The 400 for a span whose defaults the handler filled in (they need the person's today), or null.</summary>
    public static ValidationProblem? DaySpanProblem(DateOnly from, DateOnly to, int maxDays, string field = "to")
    {
        var errors = new ValidationErrors();
        errors.DaySpan(from, to, maxDays, field);
        return errors.AsProblem();
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>The 400 for what was collected, or null when nothing is wrong.</summary>
    public ValidationProblem? AsProblem() => Any ? TypedResults.ValidationProblem(ToDictionary()) : null;

    /// <summary>A 400 naming one field, for checks that need the database or the clock after the request's own.</summary>
    public static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}

public static class TimeZones
{
    /// <summary>IANA ids only ("Europe/Berlin", "UTC"), never Windows names, so every client reads them alike.</summary>
    public static bool IsIana(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
        && zone.HasIanaId
        && (id.Contains('/') || id is "UTC" or "Etc/UTC");
}
