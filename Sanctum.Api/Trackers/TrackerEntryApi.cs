using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core;
using Sanctum.Core.Compliance;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Trackers;

/// <summary>A create/update request for one tracker's entries.</summary>
public interface ITrackerRequest<TRecord> : IValidatedRequest where TRecord : PersonalRecord
{
    /// <summary>Where an entry sits in time: a moment (read by local day through the person's zone) or a local date.</summary>
    static abstract TrackerTime<TRecord> Time { get; }

    /// <summary>A new entry for ApplyTo to fill in (its required texts blank until then).</summary>
    static abstract TRecord Blank();

    /// <summary>What the person wrote in the entry, screened on every save.</summary>
    static abstract IEnumerable<string?> Texts(TRecord record);

    /// <summary>
    /// For trackers kept one per day: the entries this one would clash with (the same day, and the same type for
    /// routines). Null where any number a day is fine.
    /// </summary>
    static virtual Expression<Func<TRecord, bool>>? ClashesWith(TRecord record) => null;

    /// <summary>The checks that need the clock: nothing after now, and no date after the person's local today.</summary>
    void Validate(ValidationErrors errors, DateTimeOffset now, DateOnly today);

    void ApplyTo(TRecord record, DateTimeOffset now);
}

/// <summary>A tracker of moments: the time defaults to now (see TrackerMoments.When) and is never in the future.</summary>
public interface IMomentTrackerRequest<TRecord> : ITrackerRequest<TRecord> where TRecord : PersonalRecord
{
    DateTimeOffset? OccurredAt { get; }

    void ITrackerRequest<TRecord>.Validate(ValidationErrors errors, DateTimeOffset now, DateOnly today)
    {
        errors.NotBeforeFirstDay("occurredAt", OccurredAt);
        errors.NotInFuture("occurredAt", OccurredAt, now);
    }
}

/// <summary>A tracker of days: the date is required and never after the person's local today.</summary>
public interface IDayTrackerRequest<TRecord> : ITrackerRequest<TRecord> where TRecord : PersonalRecord
{
    DateOnly? Date { get; }

    void ITrackerRequest<TRecord>.Validate(ValidationErrors errors, DateTimeOffset now, DateOnly today)
    {
        if (Date is null) errors.Add("date", "This is required.");
        else if (Date > today) errors.Add("date", "This can't be after today.");
        else errors.Day("date", Date);
    }
}

/// <summary>How a tracker's entries are placed in time, filtered by ?from=&amp;to= (inclusive local dates) and listed newest first.</summary>
public abstract class TrackerTime<TRecord> where TRecord : PersonalRecord
{
    public static TrackerTime<TRecord> Moment(Expression<Func<TRecord, DateTimeOffset>> at) => new ByMoment(at);

    public static TrackerTime<TRecord> Day(Expression<Func<TRecord, DateOnly>> date) => new ByDay(date);

    public abstract IQueryable<TRecord> Within(IQueryable<TRecord> records, DateRangeQuery range, UserZone zone);

    public abstract IOrderedQueryable<TRecord> NewestFirst(IQueryable<TRecord> records);

    private sealed class ByMoment(Expression<Func<TRecord, DateTimeOffset>> at) : TrackerTime<TRecord>
    {
        public override IQueryable<TRecord> Within(IQueryable<TRecord> records, DateRangeQuery range, UserZone zone)
        {
            if (range.From is { } from) records = records.Where(Compare(at, ExpressionType.GreaterThanOrEqual, zone.StartOf(from)));
            if (range.To is { } to) records = records.Where(Compare(at, ExpressionType.LessThan, zone.StartOf(to.AddDays(1))));
            return records;
        }

        public override IOrderedQueryable<TRecord> NewestFirst(IQueryable<TRecord> records) =>
            records.OrderByDescending(at).ThenByDescending(r => r.Id);
    }

    private sealed class ByDay(Expression<Func<TRecord, DateOnly>> date) : TrackerTime<TRecord>
    {
        public override IQueryable<TRecord> Within(IQueryable<TRecord> records, DateRangeQuery range, UserZone zone)
        {
            if (range.From is { } from) records = records.Where(Compare(date, ExpressionType.GreaterThanOrEqual, from));
            if (range.To is { } to) records = records.Where(Compare(date, ExpressionType.LessThanOrEqual, to));
            return records;
        }

        public override IOrderedQueryable<TRecord> NewestFirst(IQueryable<TRecord> records) =>
            records.OrderByDescending(date).ThenByDescending(r => r.Id);
    }

    /// <summary>record => selector(record) (op) value, with the value as a query parameter rather than a literal.</summary>
    private static Expression<Func<TRecord, bool>> Compare<TValue>(Expression<Func<TRecord, TValue>> selector, ExpressionType op, TValue value)
    {
        var parameter = Expression.Property(Expression.Constant(new Boxed<TValue>(value)), nameof(Boxed<TValue>.Value));
        return Expression.Lambda<Func<TRecord, bool>>(Expression.MakeBinary(op, selector.Body, parameter), selector.Parameters);
    }

    private sealed record Boxed<TValue>(TValue Value);
}

/// <summary>
/// List, read, create, update and delete for one tracker under /api/v1/trackers/{path}. Every query is filtered by
/// the caller, so another person's entry is simply not found. Entries are taken whether or not the tracker is turned
/// on: turning one on decides what the person sees, and refusing what they wrote would only lose it.
/// </summary>
public static class TrackerEntryApi
{
    public static RouteGroupBuilder MapTrackerEntries<TRecord, TRequest, TResponse>(this RouteGroupBuilder trackers, string path)
        where TRecord : PersonalRecord
        where TRequest : ITrackerRequest<TRecord>
        where TResponse : ScreenedResponse, IRecordResponse<TRecord, TResponse>
    {
        var group = trackers.MapGroup(path);
        group.MapGet("/", TrackerEntryEndpoints<TRecord, TRequest, TResponse>.List).WithValidation();
        group.MapGet("/{id:guid}", OwnedRecordEndpoints<TRecord, TResponse>.Get);
        group.MapPost("/", TrackerEntryEndpoints<TRecord, TRequest, TResponse>.Create).WithValidation();
        group.MapPut("/{id:guid}", TrackerEntryEndpoints<TRecord, TRequest, TResponse>.Update).WithValidation();
        group.MapDelete("/{id:guid}", OwnedRecords.DeleteAsync<TRecord>);
        return group;
    }
}

internal static class TrackerEntryEndpoints<TRecord, TRequest, TResponse>
    where TRecord : PersonalRecord
    where TRequest : ITrackerRequest<TRecord>
    where TResponse : ScreenedResponse, IRecordResponse<TRecord, TResponse>
{
    public static async Task<Ok<PagedList<TResponse>>> List([AsParameters] PageQuery page, [AsParameters] DateRangeQuery range,
        HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        var records = TRequest.Time.Within(db.Set<TRecord>().AsNoTracking().Where(r => r.UserId == userId), range, zone);
        return TypedResults.Ok(await TRequest.Time.NewestFirst(records).ToPageAsync(page, TResponse.From, cancellationToken));
    }

    public static async Task<Results<Created<TResponse>, ProblemHttpResult>> Create(
        TRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        // Two first saves of one day at once: the loser's insert breaks the unique index; run again, it meets the winner's.
        var (saved, refusal) = await db.RetryOnceOnConflictAsync(() =>
        {
            var record = TRequest.Blank();
            record.UserId = userId;
            return SaveAsync(db, record, request, time, cancellationToken);
        });
        return saved is null
            ? refusal!
            : TypedResults.Created($"{http.Request.Path.Value!.TrimEnd('/')}/{saved.Value.Id}", saved.Value.Body);
    }

    public static async Task<Results<Ok<TResponse>, NotFound, ProblemHttpResult>> Update(
        Guid id, TRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (found, (saved, refusal)) = await db.RetryOnceOnConflictAsync(async () =>
            await db.FindOwnedAsync<TRecord>(http, id, cancellationToken) is { } record
                ? (true, await SaveAsync(db, record, request, time, cancellationToken))
                : (false, default));
        if (!found) return TypedResults.NotFound();
        return saved is null ? refusal! : TypedResults.Ok(saved.Value.Body);
    }

    /// <summary>
    /// Checks the entry against the clock (a 400 naming the field) and the person's other days (a 409 for a day already
    /// kept), then screens what they wrote and saves both together.
    /// </summary>
    private static async Task<((Guid Id, TResponse Body)? Saved, ProblemHttpResult? Refusal)> SaveAsync(
        SanctumDbContext db, TRecord record, TRequest request, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var zone = await UserZone.ForAsync(db, record.UserId, cancellationToken);
        var errors = new ValidationErrors();
        request.Validate(errors, now, zone.Today(time));
        if (errors.Any)
            return (null, TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary()) { Status = StatusCodes.Status400BadRequest }));

        request.ApplyTo(record, now);
        if (TRequest.ClashesWith(record) is { } clash
            && await db.Set<TRecord>().Where(r => r.UserId == record.UserId && r.Id != record.Id).Where(clash)
                .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "That day already has an entry.",
                detail: "You've already logged this day. Edit that entry instead.",
                extensions: new Dictionary<string, object?> { ["existingId"] = existing }));
        }

        if (db.Entry(record).State == EntityState.Detached) db.Add(record);
        var crisis = await CrisisCheck.ScreenOnWriteAsync(db, record.UserId, now, AuditNames.EntityType(typeof(TRecord)), record.Id,
            TRequest.Texts(record), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        ScreenedResponse response = TResponse.From(record);
        return ((record.Id, (TResponse)(response with { Crisis = crisis })), null);
    }
}
