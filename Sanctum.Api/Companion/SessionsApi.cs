using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL;
using Sanctum.Api.Http;
using Sanctum.Core.Companion;
using Sanctum.Core.Persistence;

namespace Sanctum.Api.Companion;

/// <summary>Companion sessions, their memory (with optimistic concurrency) and the searchable, append-only session log.</summary>
public static class SessionsApi
{
    // PostgreSQL marks matches with private-use characters; the snippet is HTML-encoded and only then are they made
    // <mark>, so what the person wrote can never come back as markup.
    private const char MatchStart = '\uE000', MatchEnd = '\uE001';
    private const string Highlight = "StartSel=\uE000, StopSel=\uE001, MaxWords=30, MinWords=10, MaxFragments=2";

    public static RouteGroupBuilder MapCompanionSessionsApi(this IEndpointRouteBuilder app)
    {
        var companion = app.MapGroup("/api/v1/companion").WithTags("Companion").RequireAuthorization();
        companion.MapPost("/sessions", Start);
        companion.MapGet("/sessions", List).WithValidation();
        companion.MapGet("/sessions/{id:guid}", Get);
        companion.MapPost("/sessions/{id:guid}/end", End).WithValidation();
        companion.MapGet("/sessions/{id:guid}/memory", GetMemory);
        companion.MapPut("/sessions/{id:guid}/memory", PutMemory).WithValidation();
        companion.MapGet("/log/search", Search).WithValidation();
        return companion;
    }

    /// <summary>A new session with empty memory at version 1.</summary>
    public static (CompanionSession Session, SessionMemory Memory) StartSession(SanctumDbContext db, Guid userId, DateTimeOffset now)
    {
        var session = new CompanionSession { UserId = userId, StartedAt = now };
        var memory = new SessionMemory { UserId = userId, SessionId = session.Id, State = new ProtocolState().ToJson() };
        db.CompanionSessions.Add(session);
        db.SessionMemories.Add(memory);
        return (session, memory);
    }

    public static Task<CompanionSession?> FindOwnedAsync(SanctumDbContext db, Guid userId, Guid id, CancellationToken cancellationToken) =>
        db.CompanionSessions.SingleOrDefaultAsync(s => s.Id == id && s.UserId == userId, cancellationToken);

    /// <summary>The session memory as the companion context's session lines; null when the session is not the person's.</summary>
    public static async Task<IReadOnlyList<string>?> MemoryLinesAsync(SanctumDbContext db, Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var state = await db.SessionMemories.AsNoTracking().Where(m => m.SessionId == sessionId && m.UserId == userId)
            .Select(m => m.State).SingleOrDefaultAsync(cancellationToken);
        return state is null ? null : ProtocolState.FromJson(state).Lines();
    }

    private static async Task<Created<SessionResponse>> Start(HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (session, _) = StartSession(db, http.User.UserId(), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/companion/sessions/{session.Id}", SessionResponse.From(session));
    }

    private static async Task<Ok<PagedList<SessionResponse>>> List(
        [AsParameters] PageQuery page, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var ordered = db.CompanionSessions.AsNoTracking().Where(s => s.UserId == userId)
            .OrderByDescending(s => s.StartedAt).ThenByDescending(s => s.Id);
        return TypedResults.Ok(await ordered.ToPageAsync(page, SessionResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<SessionResponse>, NotFound>> Get(Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken) =>
        await FindOwnedAsync(db, http.User.UserId(), id, cancellationToken) is { } session
            ? TypedResults.Ok(SessionResponse.From(session)) : TypedResults.NotFound();

    /// <summary>Ends the session (once) and keeps a snapshot of it in the log.</summary>
    private static async Task<Results<Ok<SessionResponse>, NotFound, ProblemHttpResult>> End(
        Guid id, EndSessionRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        if (await FindOwnedAsync(db, userId, id, cancellationToken) is not { } session) return TypedResults.NotFound();
        if (session.EndedAt is not null) return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This session has already ended.");

        var now = time.GetUtcNow();
        session.EndedAt = now;
        session.Summary = request.Summary.TrimToNull() ?? session.Summary;
        var memory = await db.SessionMemories.AsNoTracking().SingleAsync(m => m.SessionId == id, cancellationToken);
        var content = session.Summary
            ?? $"Companion session: {session.ShiftsLogged} mood shifts logged; skills: {(session.SkillsUsed.Count == 0 ? "none" : string.Join(", ", session.SkillsUsed))}.";
        await SessionLog.AppendAsync(db, session, await UserZone.ForAsync(db, userId, cancellationToken), now,
            new { session = SessionResponse.From(session), memory = JsonDocument.Parse(memory.State).RootElement }, content, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SessionResponse.From(session));
    }

    private static async Task<Results<Ok<SessionMemoryResponse>, NotFound>> GetMemory(
        Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var memory = await db.SessionMemories.AsNoTracking().SingleOrDefaultAsync(m => m.SessionId == id && m.UserId == userId, cancellationToken);
        if (memory is null) return TypedResults.NotFound();
        http.Response.Headers.ETag = $"\"{memory.Version}\"";
        return TypedResults.Ok(SessionMemoryResponse.From(memory));
    }

    /// <summary>
    /// Replaces the state if nobody wrote since the version the writer read (If-Match or version in the body);
    /// otherwise 409, and the writer reads again. The database re-checks the version, so two writes at once cannot both win.
    /// </summary>
    private static async Task<Results<Ok<SessionMemoryResponse>, NotFound, ValidationProblem, ProblemHttpResult>> PutMemory(
        Guid id, SessionMemoryRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, HttpContext http, SanctumDbContext db,
        CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var expected = request.Version ?? (int.TryParse(ifMatch?.Replace("W/", "").Trim('"', ' '), out var tag) ? tag : null);
        if (expected is null) return ValidationErrors.Problem("version", "Say which version you read, in the body or an If-Match header.");
        var memory = await db.SessionMemories.SingleOrDefaultAsync(m => m.SessionId == id && m.UserId == userId, cancellationToken);
        if (memory is null) return TypedResults.NotFound();
        if (memory.Version != expected) return Stale(memory.Version);

        memory.State = request.State!.Value.GetRawText();
        memory.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale(null);
        }
        http.Response.Headers.ETag = $"\"{memory.Version}\"";
        return TypedResults.Ok(SessionMemoryResponse.From(memory));
    }

    public static ProblemHttpResult Stale(int? current) => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
        title: "The session memory changed since you read it.",
        detail: current is null ? "Read it again and retry." : $"It is now at version {current}. Read it again and retry.");

    /// <summary>Full-text search of the person's log, best match first, each hit with highlighted fragments.</summary>
    private static async Task<Ok<PagedList<SessionLogHit>>> Search(
        [AsParameters] SessionLogQuery query, [AsParameters] DateRangeQuery range, [AsParameters] PageQuery page, HttpContext http,
        SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        // The query is written out in each lambda: EF translates it there, but not as a captured value.
        var words = query.Q!;
        var log = db.SessionLog.AsNoTracking()
            .Where(l => l.UserId == userId && l.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("english", words)));
        if (range.From is { } from) log = log.Where(l => l.LoggedAt >= zone.StartOf(from));
        if (range.To is { } to) log = log.Where(l => l.LoggedAt < zone.StartOf(to.AddDays(1)));

        var total = await log.CountAsync(cancellationToken);
        var hits = await log
            .OrderByDescending(l => l.SearchVector.Rank(EF.Functions.WebSearchToTsQuery("english", words))).ThenByDescending(l => l.LoggedAt)
            .Skip((page.PageNumber - 1) * page.Size).Take(page.Size)
            .Select(l => new { l.Id, l.SessionId, l.LoggedAt, l.DayLabel, l.Snapshot, Snippet = EF.Functions.WebSearchToTsQuery("english", words).GetResultHeadline(l.Content, Highlight) })
            .ToListAsync(cancellationToken);
        var items = hits.Select(h => new SessionLogHit(h.Id, h.SessionId, h.LoggedAt, h.DayLabel, SafeSnippet(h.Snippet),
            JsonDocument.Parse(h.Snapshot).RootElement.Clone())).ToList();
        return TypedResults.Ok(new PagedList<SessionLogHit>(items, page.PageNumber, page.Size, total));
    }

    private static string SafeSnippet(string headline) =>
        WebUtility.HtmlEncode(headline).Replace(MatchStart.ToString(), "<mark>").Replace(MatchEnd.ToString(), "</mark>");
}
