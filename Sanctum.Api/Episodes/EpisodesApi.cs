using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Api.Safety;
using Sanctum.Core.Episodes;
using Sanctum.Core.Persistence;
using Sanctum.Core.Safety;

namespace Sanctum.Api.Episodes;

public sealed record EpisodeRequest(
    EpisodeType? Type, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, string? Trigger, List<string>? PhysicalSymptoms,
    List<string>? CognitiveSymptoms, List<string>? BehaviouralSymptoms, List<string>? WhatIDid, List<string>? WhatOthersDid,
    string? MedicalIntervention, bool Hospitalized, string? HospitalName, string? HowItEnded, string? Impact, string? Notes,
    bool IsPrivate)
    : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (Type is null) errors.Add("type", "This is required.");
        if (StartedAt is null) errors.Add("startedAt", "This is required.");
        if (EndedAt is { } ended && StartedAt is { } started && ended <= started) errors.Add("endedAt", "The end must be after the start.");
        errors.MaxLength("trigger", Trigger, 1000);
        errors.TextList("physicalSymptoms", PhysicalSymptoms);
        errors.TextList("cognitiveSymptoms", CognitiveSymptoms);
        errors.TextList("behaviouralSymptoms", BehaviouralSymptoms);
        errors.TextList("whatIDid", WhatIDid, maxLength: 500);
        errors.TextList("whatOthersDid", WhatOthersDid, maxLength: 500);
        errors.MaxLength("medicalIntervention", MedicalIntervention, 1000);
        if (Hospitalized) errors.Required("hospitalName", HospitalName, 200);
        else errors.MaxLength("hospitalName", HospitalName, 200);
        errors.MaxLength("howItEnded", HowItEnded, 2000);
        errors.MaxLength("impact", Impact, 2000);
        errors.MaxLength("notes", Notes, 4000);
    }

    public void ApplyTo(Episode episode)
    {
        episode.Type = Type!.Value;
        episode.StartedAt = StartedAt!.Value.ToUniversalTime();
        episode.EndedAt = EndedAt?.ToUniversalTime();
        episode.Trigger = Trigger.TrimToNull();
        episode.PhysicalSymptoms = PhysicalSymptoms.Trimmed();
        episode.CognitiveSymptoms = CognitiveSymptoms.Trimmed();
        episode.BehaviouralSymptoms = BehaviouralSymptoms.Trimmed();
        episode.WhatIDid = WhatIDid.Trimmed();
        episode.WhatOthersDid = WhatOthersDid.Trimmed();
        episode.MedicalIntervention = MedicalIntervention.TrimToNull();
        episode.Hospitalized = Hospitalized;
        episode.HospitalName = Hospitalized ? HospitalName.TrimToNull() : null;
        episode.HowItEnded = HowItEnded.TrimToNull();
        episode.Impact = Impact.TrimToNull();
        episode.Notes = Notes.TrimToNull();
        episode.IsPrivate = IsPrivate;
    }
}

/// <param name="Status">A draft is one Sanctum started after a crisis was detected, waiting for the person to keep or dismiss it.</param>
public sealed record EpisodeResponse(
    Guid Id, EpisodeStatus Status, EpisodeType Type, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, bool Ongoing, double? DurationHours,
    string? Trigger, IReadOnlyList<string> PhysicalSymptoms, IReadOnlyList<string> CognitiveSymptoms,
    IReadOnlyList<string> BehaviouralSymptoms, IReadOnlyList<string> WhatIDid, IReadOnlyList<string> WhatOthersDid,
    string? MedicalIntervention, bool Hospitalized, string? HospitalName, string? HowItEnded, string? Impact, string? Notes,
    bool IsPrivate, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : ScreenedResponse
{
    /// <summary>Duration is only given once the episode has ended; an ongoing one has no length yet.</summary>
    public static EpisodeResponse From(Episode e) => new(
        e.Id, e.Status, e.Type, e.StartedAt, e.EndedAt, e.EndedAt is null,
        e.EndedAt is { } ended ? Math.Round((ended - e.StartedAt).TotalHours, 1) : null,
        e.Trigger, e.PhysicalSymptoms, e.CognitiveSymptoms, e.BehaviouralSymptoms, e.WhatIDid, e.WhatOthersDid,
        e.MedicalIntervention, e.Hospitalized, e.HospitalName, e.HowItEnded, e.Impact, e.Notes, e.IsPrivate, e.CreatedAt, e.UpdatedAt);
}

public static class EpisodesApi
{
    public const string SuicidalCrisisSource = "episode.suicidal_crisis";

    public static RouteGroupBuilder MapEpisodesApi(this IEndpointRouteBuilder app)
    {
        var episodes = app.MapGroup("/api/v1/episodes").WithTags("Episodes").RequireAuthorization();
        episodes.MapGet("/", List).WithValidation();
        episodes.MapGet("/summary", EpisodeSummaryApi.Summary).WithValidation();
        episodes.MapGet("/{id:guid}", Get);
        episodes.MapPost("/", Create).WithValidation();
        episodes.MapPut("/{id:guid}", Update).WithValidation();
        episodes.MapDelete("/{id:guid}", Delete);
        episodes.MapGroup("/{episodeId:guid}/interventions").MapInterventions();
        episodes.MapDrafts();
        return episodes;
    }

    private static async Task<Ok<PagedList<EpisodeResponse>>> List(
        [AsParameters] PageQuery page, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var ordered = db.Episodes.AsNoTracking().Where(e => e.UserId == userId).Confirmed().OrderByDescending(e => e.StartedAt).ThenByDescending(e => e.Id);
        return TypedResults.Ok(await ordered.ToPageAsync(page, EpisodeResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<EpisodeResponse>, NotFound>> Get(Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken) =>
        await FindOwnedAsync(db, http.User.UserId(), id, cancellationToken) is { } episode ? TypedResults.Ok(EpisodeResponse.From(episode)) : TypedResults.NotFound();

    private static async Task<Results<Created<EpisodeResponse>, ValidationProblem>> Create(
        EpisodeRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (CheckAgainstNow(request, time.GetUtcNow()) is { } problem) return problem;
        var episode = new Episode { UserId = http.User.UserId() };
        request.ApplyTo(episode);
        db.Episodes.Add(episode);
        await RaiseSafetyEventAsync(db, episode, cancellationToken);
        var crisis = await ScreenAsync(db, episode, time.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/episodes/{episode.Id}", EpisodeResponse.From(episode) with { Crisis = crisis });
    }

    private static async Task<Results<Ok<EpisodeResponse>, NotFound, ValidationProblem>> Update(
        Guid id, EpisodeRequest request, HttpContext http, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await FindOwnedAsync(db, http.User.UserId(), id, cancellationToken) is not { } episode) return TypedResults.NotFound();
        if (CheckAgainstNow(request, time.GetUtcNow()) is { } problem) return problem;
        request.ApplyTo(episode);
        await RaiseSafetyEventAsync(db, episode, cancellationToken);
        var crisis = await ScreenAsync(db, episode, time.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EpisodeResponse.From(episode) with { Crisis = crisis });
    }

    private static async Task<Results<NoContent, NotFound>> Delete(Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        if (await FindOwnedAsync(db, http.User.UserId(), id, cancellationToken) is not { } episode) return TypedResults.NotFound();
        db.Episodes.Remove(episode);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    internal static Task<Episode?> FindOwnedAsync(SanctumDbContext db, Guid userId, Guid id, CancellationToken cancellationToken) =>
        db.Episodes.SingleOrDefaultAsync(e => e.Id == id && e.UserId == userId, cancellationToken);

    internal static ValidationProblem? CheckAgainstNow(EpisodeRequest request, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        errors.NotInFuture("startedAt", request.StartedAt, now);
        errors.NotInFuture("endedAt", request.EndedAt, now);
        return errors.AsProblem();
    }

    /// <summary>Everything the person wrote about the episode, list items included.</summary>
    private static Task<CrisisOverride?> ScreenAsync(SanctumDbContext db, Episode e, DateTimeOffset now, CancellationToken cancellationToken) =>
        CrisisCheck.ScreenOnWriteAsync(db, e.UserId, now, "episode", e.Id,
            [e.Trigger, e.Notes, e.HowItEnded, e.Impact, e.MedicalIntervention, .. e.WhatIDid, .. e.WhatOthersDid,
                .. e.PhysicalSymptoms, .. e.CognitiveSymptoms, .. e.BehaviouralSymptoms],
            cancellationToken);

    /// <summary>
    /// A suicidal crisis is recorded for the safety net in the same save as the episode, once per episode (also when an
    /// edit changes an episode's type to it). Not for a draft, nor for an episode kept from one: its crisis already
    /// raised the safety event it was drafted from, so alerts do not fire twice for one crisis.
    /// </summary>
    private static Task RaiseSafetyEventAsync(SanctumDbContext db, Episode episode, CancellationToken cancellationToken) =>
        episode is { Type: EpisodeType.SuicidalCrisis, Status: EpisodeStatus.Confirmed, SafetyEventId: null }
            ? SafetyEventLog.RaiseOnceAsync(db, episode.UserId, episode.StartedAt, SuicidalCrisisSource, RiskLevel.High,
                "An episode was logged as a suicidal crisis.", EpisodeDrafts.EpisodeSource, episode.Id, cancellationToken)
            : Task.CompletedTask;
}
