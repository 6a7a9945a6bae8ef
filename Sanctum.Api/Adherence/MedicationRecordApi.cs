using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Adherence;

/// <summary>A create/update request for a record kept about one medication (a dose log, a side effect, a change).</summary>
public interface IMedicationRecordRequest<TRecord> : IValidatedRequest where TRecord : PersonalRecord
{
    TRecord ToRecord(Guid medicationId);
    void ApplyTo(TRecord record);

    /// <summary>The records of one medication, newest first.</summary>
    static abstract IOrderedQueryable<TRecord> OfMedicationNewestFirst(IQueryable<TRecord> records, Guid medicationId);

    /// <summary>The record's kind, as a safety event names it ("dose_log").</summary>
    static abstract string EntityType { get; }

    /// <summary>What the person wrote in the record, screened on every save.</summary>
    static abstract IEnumerable<string?> Texts(TRecord record);
}

/// <summary>
/// List, read, create, update and delete under /medications/{medicationId}/... . The medication must be the
/// caller's: another person's medication id, or a record of another medication, is simply not found.
/// </summary>
public static class MedicationRecordApi
{
    public static RouteGroupBuilder MapMedicationRecords<TRecord, TRequest, TResponse>(this RouteGroupBuilder medication, string path)
        where TRecord : PersonalRecord
        where TRequest : IMedicationRecordRequest<TRecord>
        where TResponse : ScreenedResponse, IRecordResponse<TRecord, TResponse>
    {
        var group = medication.MapGroup(path);
        group.MapGet("/", MedicationRecordEndpoints<TRecord, TRequest, TResponse>.List).WithValidation();
        group.MapGet("/{id:guid}", MedicationRecordEndpoints<TRecord, TRequest, TResponse>.Get);
        group.MapPost("/", MedicationRecordEndpoints<TRecord, TRequest, TResponse>.Create).WithValidation();
        group.MapPut("/{id:guid}", MedicationRecordEndpoints<TRecord, TRequest, TResponse>.Update).WithValidation();
        group.MapDelete("/{id:guid}", MedicationRecordEndpoints<TRecord, TRequest, TResponse>.Delete);
        return group;
    }

    public static Task<bool> OwnsMedicationAsync(this SanctumDbContext db, Guid userId, Guid medicationId, CancellationToken cancellationToken) =>
        db.Medications.AnyAsync(m => m.Id == medicationId && m.UserId == userId, cancellationToken);
}

internal static class MedicationRecordEndpoints<TRecord, TRequest, TResponse>
    where TRecord : PersonalRecord
    where TRequest : IMedicationRecordRequest<TRecord>
    where TResponse : ScreenedResponse, IRecordResponse<TRecord, TResponse>
{
    public static async Task<Results<Ok<PagedList<TResponse>>, NotFound>> List(
        Guid medicationId, [AsParameters] PageQuery page, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        if (!await db.OwnsMedicationAsync(userId, medicationId, cancellationToken)) return TypedResults.NotFound();
        var ordered = TRequest.OfMedicationNewestFirst(db.Set<TRecord>().AsNoTracking().Where(r => r.UserId == userId), medicationId);
        return TypedResults.Ok(await ordered.ToPageAsync(page, TResponse.From, cancellationToken));
    }

    public static async Task<Results<Ok<TResponse>, NotFound>> Get(
        Guid medicationId, Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken) =>
        await FindOwnedAsync(db, http, medicationId, id, cancellationToken) is { } record
            ? TypedResults.Ok(TResponse.From(record))
            : TypedResults.NotFound();

    public static async Task<Results<Created<TResponse>, NotFound>> Create(
        Guid medicationId, TRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        if (!await db.OwnsMedicationAsync(userId, medicationId, cancellationToken)) return TypedResults.NotFound();
        var record = request.ToRecord(medicationId);
        record.UserId = userId;
        db.Add(record);
        return TypedResults.Created($"{http.Request.Path.Value!.TrimEnd('/')}/{record.Id}", await SaveAsync(db, record, time, cancellationToken));
    }

    public static async Task<Results<Ok<TResponse>, NotFound>> Update(
        Guid medicationId, Guid id, TRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await FindOwnedAsync(db, http, medicationId, id, cancellationToken) is not { } record) return TypedResults.NotFound();
        request.ApplyTo(record);
        return TypedResults.Ok(await SaveAsync(db, record, time, cancellationToken));
    }

    /// <summary>Screens what the person wrote in the same unit of work as the record, then saves both.</summary>
    private static async Task<TResponse> SaveAsync(SanctumDbContext db, TRecord record, TimeProvider time, CancellationToken cancellationToken)
    {
        var crisis = await CrisisCheck.ScreenOnWriteAsync(db, record.UserId, time.GetUtcNow(), TRequest.EntityType, record.Id,
            TRequest.Texts(record), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        ScreenedResponse response = TResponse.From(record);
        return (TResponse)(response with { Crisis = crisis });
    }

    public static async Task<Results<NoContent, NotFound>> Delete(
        Guid medicationId, Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        if (await FindOwnedAsync(db, http, medicationId, id, cancellationToken) is not { } record) return TypedResults.NotFound();
        db.Remove(record);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static Task<TRecord?> FindOwnedAsync(SanctumDbContext db, HttpContext http, Guid medicationId, Guid id, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var ofMedication = TRequest.OfMedicationNewestFirst(db.Set<TRecord>().Where(r => r.UserId == userId), medicationId);
        return ofMedication.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
    }
}
