using System.Security.Claims;

namespace Sanctum.Web.Session;

/// <summary>The person behind the session cookie, as its claims describe them.</summary>
public sealed record SignedInUser(Guid Id, string DisplayName, TimeZoneInfo TimeZone)
{
    public static SignedInUser? From(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true
        && Guid.TryParse(principal.FindFirstValue(SessionClaims.UserId), out var id)
            ? new SignedInUser(
                id,
                principal.FindFirstValue(SessionClaims.Name) ?? "",
                FindTimeZone(principal.FindFirstValue(SessionClaims.TimeZone)))
            : null;

    /// <summary>An instant from the Api (always UTC) as a clock on the person's wall shows it.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    /// <summary>A time typed on the person's own clock, as a UTC instant; one skipped by a spring-forward gap is read as just after it.</summary>
    public DateTimeOffset FromLocal(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (TimeZone.IsInvalidTime(local)) local = local.AddMinutes(30);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, TimeZone), TimeSpan.Zero);
    }

    // The Api only accepts zones this machine knows too; UTC keeps the pages working if the two ever differ.
    private static TimeZoneInfo FindTimeZone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
