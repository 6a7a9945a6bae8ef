using Microsoft.EntityFrameworkCore;
using Sanctum.Core;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Http;

/// <summary>
/// Days are the person's local dates in their own IANA zone (User.TimeZone); instants are stored in UTC. This
/// turns one into the other.
/// </summary>
public sealed record UserZone(TimeZoneInfo Zone)
{
    public static async Task<UserZone> ForAsync(SanctumDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var id = await db.Users.Where(u => u.Id == userId).Select(u => u.TimeZone).SingleAsync(cancellationToken);
        return new UserZone(TimeZoneInfo.FindSystemTimeZoneById(id));
    }

    public DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    public DateOnly DateOf(DateTimeOffset instant) => ZonedTime.DateOf(Zone, instant);

    /// <summary>The UTC instant the local day begins (midnight, or the first valid moment if a DST gap swallows it).</summary>
    public DateTimeOffset StartOf(DateOnly date) => ZonedTime.StartOf(Zone, date);

    /// <summary>The UTC instants from the start of <paramref name="from"/> to the start of the day after <paramref name="to"/>.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Span(DateOnly from, DateOnly to) => ZonedTime.Span(Zone, from, to);

    /// <summary>A local wall-clock time as a UTC instant; see <see cref="ZonedTime.ToUtc(TimeZoneInfo, DateTime)"/> for DST gaps and overlaps.</summary>
    public DateTimeOffset LocalToUtc(DateTime local) => ZonedTime.ToUtc(Zone, local);
}

/// <summary>?from=2026-11-01&amp;to=2026-11-30: inclusive local dates; either may be left out.</summary>
public sealed record DateRangeQuery(DateOnly? From, DateOnly? To) : IValidatedRequest
{
    public void Validate(ValidationErrors errors) => errors.DaySpan(From, To);
}
