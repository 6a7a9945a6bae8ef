using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core;
using Sanctum.Core.Exports;
using Sanctum.Core.Mood;
using Sanctum.Core.Persistence;
using Sanctum.Core.Safety;

namespace Sanctum.Api.Exports;

public sealed record JsonImportResponse(Dictionary<string, int> Added);

/// <summary>What came in; <see cref="ScreenedResponse.Crisis"/> carries the crisis override when a note from the last day called for it.</summary>
public sealed record DaylioImportResponse(int Imported, int AlreadyThere, IReadOnlyList<DaylioProblem> Problems) : ScreenedResponse;

public static class ImportsApi
{
    /// <summary>Years of daily Daylio entries with notes stay well under this.</summary>
    public const int MaxDaylioBytes = 5 * 1024 * 1024;

    public static RouteGroupBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/v1/imports").WithTags("Imports").RequireAuthorization();
        imports.MapPost("/json", ImportJson);
        imports.MapPost("/daylio", ImportDaylio).DisableAntiforgery();
        return imports;
    }

    /// <summary>Restores a Sanctum JSON export into this account, which must hold nothing yet (409 otherwise).</summary>
    private static async Task<Results<Ok<JsonImportResponse>, ValidationProblem, ProblemHttpResult>> ImportJson(
        PersonalDataDocument document, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        if (!document.IsReadable)
        {
            return ValidationErrors.Problem("format",
                $"This isn't a Sanctum export (format {PersonalDataDocument.FormatName}, version {PersonalDataDocument.CurrentVersion}).");
        }

        return await OnePerPersonAsync<Results<Ok<JsonImportResponse>, ValidationProblem, ProblemHttpResult>>(db, userId, async () =>
        {
            if (!await PersonalData.IsEmptyAsync(db, userId, cancellationToken))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                    title: "An export can only be brought into an account that has nothing in it yet.");
            }

            Dictionary<string, int> added;
            try
            {
                added = await PersonalData.ImportAsync(db, userId, document, time.GetUtcNow(), cancellationToken);
            }
            catch (JsonException failed)
            {
                return ValidationErrors.Problem("records", $"A record can't be read: {failed.Path}.");
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Read but not consistent (two entries for one day, a skill Sanctum doesn't have): nothing is kept.
                db.ChangeTracker.Clear();
                return ValidationErrors.Problem("records", "Some records clash with each other or refer to something that isn't there, so nothing was brought in.");
            }

            return TypedResults.Ok(new JsonImportResponse(added));
        }, cancellationToken);
    }

    /// <summary>
    /// Adds a Daylio CSV export (the file as text/csv, or a form's "file") as mood shifts in the person's zone. An entry
    /// already here at the same moment with the same state is left alone, so importing a file twice adds nothing.
    /// Notes from the last day go through the same crisis screening as any new note; older ones are stored as history,
    /// which alerts no one today.
    /// </summary>
    private static async Task<Results<Ok<DaylioImportResponse>, ValidationProblem>> ImportDaylio(
        HttpRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        if (await ReadTextAsync(request, cancellationToken) is not { } text)
            return ValidationErrors.Problem("file", "Send the Daylio CSV file (up to 5 MB) as text/csv or as a form's \"file\".");
        var (entries, problems) = DaylioCsv.Parse(text);
        if (entries is null)
            return ValidationErrors.Problem("file", "This doesn't look like a Daylio export: it needs the columns full_date, time and mood.");

        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        var now = time.GetUtcNow();
        var timed = entries.Select(e => (Entry: e, At: zone.LocalToUtc(e.Date.ToDateTime(e.Time)))).OrderBy(e => e.At).ToList();
        var future = timed.Where(e => e.At > now).ToList();
        problems.AddRange(future.Select(e => new DaylioProblem(e.Entry.Line, "This entry is in the future.")));
        timed = timed.Except(future).ToList();
        if (timed.Count == 0) return TypedResults.Ok(new DaylioImportResponse(0, 0, problems.OrderBy(p => p.Line).ToList()));

        var (first, last) = (timed[0].At, timed[^1].At);
        return await OnePerPersonAsync<Results<Ok<DaylioImportResponse>, ValidationProblem>>(db, userId, async () =>
        {
            var existing = (await db.MoodShifts.AsNoTracking()
                    .Where(s => s.UserId == userId && s.OccurredAt >= first && s.OccurredAt <= last)
                    .Select(s => new { s.OccurredAt, s.CurrentState }).ToListAsync(cancellationToken))
                .Select(s => (s.OccurredAt, s.CurrentState)).ToHashSet();

            var (imported, alreadyThere) = (0, 0);
            CrisisOverride? crisis = null;
            string? previous = await db.MoodShifts.Where(s => s.UserId == userId && s.OccurredAt < first)
                .OrderByDescending(s => s.OccurredAt).Select(s => s.CurrentState).FirstOrDefaultAsync(cancellationToken);
            foreach (var (entry, at) in timed)
            {
                if (!existing.Add((at, entry.State)))
                {
                    alreadyThere++;
                    continue;
                }

                var shift = new MoodShift
                {
                    UserId = userId,
                    OccurredAt = at,
                    PreviousState = previous,
                    CurrentState = entry.State,
                    Intensity = DaylioCsv.Intensity,
                    Activity = entry.Activities,
                    Notes = entry.Note,
                };
                db.MoodShifts.Add(shift);
                if (at > now - CrisisDetectedJob.ActionWindow) crisis = await CrisisCheck.ScreenMoodShiftAsync(db, shift, now, cancellationToken) ?? crisis;
                previous = entry.State;
                imported++;
            }

            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(new DaylioImportResponse(imported, alreadyThere, problems.OrderBy(p => p.Line).ToList()) { Crisis = crisis });
        }, cancellationToken);
    }

    /// <summary>
    /// Runs an import in one transaction, one at a time per person: two sent at once (a double tap) cannot both find the
    /// account empty, or both find a Daylio entry missing.
    /// </summary>
    private static Task<TResult> OnePerPersonAsync<TResult>(SanctumDbContext db, Guid userId, Func<Task<TResult>> import, CancellationToken cancellationToken) =>
        db.OnePerPersonAsync("import", userId, import, cancellationToken);

    private static async Task<string?> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxDaylioBytes) return null;
        if (request.HasFormContentType)
        {
            var file = (await request.ReadFormAsync(cancellationToken)).Files.GetFile("file");
            if (file is null || file.Length > MaxDaylioBytes) return null;
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            return await reader.ReadToEndAsync(cancellationToken);
        }

        using var body = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxDaylioBytes + 1];
        var read = await body.ReadBlockAsync(buffer, cancellationToken);
        return read > MaxDaylioBytes || read == 0 ? null : new string(buffer, 0, read);
    }
}
