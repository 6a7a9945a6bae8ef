using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Core;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Http;

/// <summary>A create/update request for one kind of personal record.</summary>
public interface IRecordRequest<TRecord> : IValidatedRequest where TRecord : PersonalRecord
{
    TRecord ToRecord();
    void ApplyTo(TRecord record);
}

/// <summary>How one kind of personal record is shown to its owner.</summary>
public interface IRecordResponse<in TRecord, out TSelf> where TRecord : PersonalRecord
{
    static abstract TSelf From(TRecord record);
}

/// <summary>
/// List, read, create, update and delete for a list of records a person keeps (contacts, providers,
/// medications...). Every query is filtered by the caller, so another person's id is simply not found.
/// </summary>
public static class PersonalCollectionApi
{
    public static RouteGroupBuilder MapPersonalCollection<TRecord, TRequest, TResponse>(this RouteGroupBuilder group)
        where TRecord : PersonalRecord
        where TRequest : IRecordRequest<TRecord>
        where TResponse : IRecordResponse<TRecord, TResponse>
    {
        group.MapGet("/", PersonalCollectionEndpoints<TRecord, TRequest, TResponse>.List).WithValidation();
        group.MapGet("/{id:guid}", OwnedRecordEndpoints<TRecord, TResponse>.Get);
        group.MapPost("/", PersonalCollectionEndpoints<TRecord, TRequest, TResponse>.Create).WithValidation();
        group.MapPut("/{id:guid}", PersonalCollectionEndpoints<TRecord, TRequest, TResponse>.Update).WithValidation();
        group.MapDelete("/{id:guid}", OwnedRecords.DeleteAsync<TRecord>);
        return group;
    }
}

internal static class PersonalCollectionEndpoints<TRecord, TRequest, TResponse>
    where TRecord : PersonalRecord
    where TRequest : IRecordRequest<TRecord>
    where TResponse : IRecordResponse<TRecord, TResponse>
{
    public static async Task<Ok<PagedList<TResponse>>> List(
        [AsParameters] PageQuery page, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var ordered = db.Set<TRecord>().AsNoTracking()
            .Where(r => r.UserId == userId)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id);
        return TypedResults.Ok(await ordered.ToPageAsync(page, TResponse.From, cancellationToken));
    }

    public static async Task<Created<TResponse>> Create(
        TRequest request, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var record = request.ToRecord();
        record.UserId = http.User.UserId();
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{http.Request.Path.Value!.TrimEnd('/')}/{record.Id}", TResponse.From(record));
    }

    public static async Task<Results<Ok<TResponse>, NotFound>> Update(
        Guid id, TRequest request, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        if (await db.FindOwnedAsync<TRecord>(http, id, cancellationToken) is not { } record)
            return TypedResults.NotFound();
        request.ApplyTo(record);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TResponse.From(record));
    }
}

/// <summary>Read one of the caller's records by id; another person's id is simply not found.</summary>
internal static class OwnedRecordEndpoints<TRecord, TResponse>
    where TRecord : PersonalRecord
    where TResponse : IRecordResponse<TRecord, TResponse>
{
    public static async Task<Results<Ok<TResponse>, NotFound>> Get(
        Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken) =>
        await db.FindOwnedAsync<TRecord>(http, id, cancellationToken) is { } record
            ? TypedResults.Ok(TResponse.From(record))
            : TypedResults.NotFound();
}

/// <summary>One of the caller's own records by id; another person's is simply not found.</summary>
public static class OwnedRecords
{
    /// <summary>Tracked, to change or remove.</summary>
    public static Task<TRecord?> FindOwnedAsync<TRecord>(this SanctumDbContext db, HttpContext http, Guid id, CancellationToken cancellationToken)
        where TRecord : PersonalRecord
    {
        var userId = http.User.UserId();
        return db.Set<TRecord>().SingleOrDefaultAsync(r => r.Id == id && r.UserId == userId, cancellationToken);
    }

    /// <summary>DELETE /{id}: 204, or 404 when the caller has no such record.</summary>
    public static async Task<Results<NoContent, NotFound>> DeleteAsync<TRecord>(
        Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken) where TRecord : PersonalRecord
    {
        if (await db.FindOwnedAsync<TRecord>(http, id, cancellationToken) is not { } record) return TypedResults.NotFound();
        db.Remove(record);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
