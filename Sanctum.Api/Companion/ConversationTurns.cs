using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Adherence;
using Sanctum.Api.Dbt;
using Sanctum.Api.Http;
using Sanctum.Api.Mood;
using Sanctum.Api.Safety;
using Sanctum.Core.Companion;
using Sanctum.Core.Dbt;
using Sanctum.Core.Medications;
using Sanctum.Core.Mood;
using Sanctum.Core.Persistence;
using Sanctum.Core.Skills;

namespace Sanctum.Api.Companion;

/// <summary>
/// One turn of the conversation, in a fixed order: crisis screening of the words first (a risky message gets the
/// crisis override and nothing else), then the person's own clock, then the built-in protocols, whose records go
/// through the same validation and saving code as the rest of the API.
/// </summary>
public static class ConversationTurns
{
    public const string MessageEntity = "companion_message";
    private const string ShiftKind = "moodShift";

    /// <summary>How proposals are stored, so the payload reads back exactly as it was written.</summary>
    public static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerOptions.Web);

    public static async Task<Results<Ok<MessageResponse>, NotFound, ValidationProblem, ProblemHttpResult>> RespondAsync(
        Guid userId, MessageRequest request, SanctumDbContext db, TimeProvider time, ConversationPhrasing phrasing,
        CompanionContextBuilder contextBuilder, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var text = request.Text!.Trim();
        CompanionSession session;
        SessionMemory memory;
        if (request.SessionId is { } sessionId)
        {
            if (await SessionsApi.FindOwnedAsync(db, userId, sessionId, cancellationToken) is not { } found) return TypedResults.NotFound();
            if (found.EndedAt is not null)
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This session has ended. Start a new one to keep talking.");
            session = found;
            memory = await db.SessionMemories.SingleAsync(m => m.SessionId == sessionId, cancellationToken);
        }
        else
        {
            (session, memory) = SessionsApi.StartSession(db, userId, now);
        }

        // Safety first, and on its own: a message that may mean danger is answered by the override alone.
        var crisis = await CrisisCheck.ScreenOnWriteAsync(db, userId, now, MessageEntity, session.Id, [text], cancellationToken);
        if (crisis is not null)
        {
            session.CrisisDetected = true;
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(new MessageResponse(session.Id, null, [], null, crisis, now));
        }

        var zone = await UserZone.ForAsync(db, userId, cancellationToken);
        // Today's doses as the check-off sees them (a medication not started yet is not asked about).
        var doses = await DoseSchedules.DueOnAsync(db, userId, zone.Zone, zone.Today(time), cancellationToken);
        var configuration = await CompanionConfiguration.ReadAsync(db, userId, cancellationToken);
        var context = new ProtocolContext(TimeZoneInfo.ConvertTime(now, zone.Zone).DateTime,
            [.. doses.Select(d => new ProtocolMedication(d.Medication.Name, d.Dose.LocalTime))], configuration.ActiveProtocols);
        var turn = ProtocolEngine.Respond(text, ProtocolState.FromJson(memory.State), context);

        var captured = new List<CapturedRecord>();
        foreach (var action in turn.Actions)
        {
            var outcome = action switch
            {
                SaveMorningCheckIn morning => await SaveMorningAsync(db, userId, zone, doses, morning.Answers, time, captured, cancellationToken),
                SaveNightCheckIn night => await SaveNightAsync(db, session, zone, doses, night, time, captured, cancellationToken),
                ProposeShift shift => Propose(db, session, zone, shift.Shift, captured),
                _ => throw new InvalidOperationException($"No handler for {action.GetType().Name}."),
            };
            if (outcome.Problem is not null) return outcome.Problem;
            crisis ??= outcome.Crisis;
        }

        var skill = turn.Need is { } need ? await SuggestAsync(db, userId, need, cancellationToken) : null;
        if (skill is not null && !session.SkillsUsed.Contains(skill.Name)) session.SkillsUsed = [.. session.SkillsUsed, skill.Name];
        session.CrisisDetected |= crisis is not null;
        memory.State = turn.State.ToJson();
        memory.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SessionsApi.Stale(null);
        }

        var offer = skill is null ? "" : $" If it helps, try {skill.Name}: {skill.FirstStep}";
        // The context (with this session's memory) is assembled only for a model to read.
        var reply = await phrasing.PhraseAsync(turn.Reply + offer,
            async () => (await contextBuilder.BuildAsync(userId, sessionMemory: turn.State.Lines(), cancellationToken: cancellationToken)).Text,
            cancellationToken);
        return TypedResults.Ok(new MessageResponse(session.Id, reply, captured, skill, crisis, now));
    }

    /// <summary>The skill the Skills page would put first for this moment, weighed with the person's own history.</summary>
    private static async Task<SuggestedSkill?> SuggestAsync(SanctumDbContext db, Guid userId, SkillNeed need, CancellationToken cancellationToken)
    {
        var request = new SuggestionRequest(need.Emotion, Math.Clamp(need.Intensity, 0, 10), need.Situation);
        var suggestions = await SkillSuggestions.ForPersonAsync(db, userId, request, count: 1, cancellationToken);
        return suggestions.Items.FirstOrDefault() is { } first ? SuggestedSkill.From(first) : null;
    }

    /// <summary>Turns a proposal into the record it proposed, through that record's own validation and save.</summary>
    public static async Task<Results<Ok<ProposalResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ConfirmAsync(
        Guid userId, Guid id, ProposalEdits? edits, SanctumDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await FindProposalAsync(db, userId, id, cancellationToken) is not { } proposal) return TypedResults.NotFound();
        if (proposal.Status != ProposalStatus.Proposed) return AlreadyDecided(proposal);

        var proposed = JsonSerializer.Deserialize<MoodShiftRequest>(proposal.Payload, PayloadJson)!;
        var request = proposed with
        {
            OccurredAt = edits?.OccurredAt ?? proposed.OccurredAt,
            CurrentState = edits?.CurrentState ?? proposed.CurrentState,
            Intensity = edits?.Intensity ?? proposed.Intensity,
            Trigger = edits?.Trigger ?? proposed.Trigger,
            Notes = edits?.Notes ?? proposed.Notes,
            IsPrivate = edits?.IsPrivate ?? proposed.IsPrivate,
        };
        var errors = new ValidationErrors();
        request.Validate(errors);
        if (errors.AsProblem() is { } problem) return problem;

        // Counted and marked before the save so the shift, the count and the status are stored together.
        var session = await db.CompanionSessions.SingleAsync(s => s.Id == proposal.SessionId, cancellationToken);
        session.ShiftsLogged++;
        proposal.Status = ProposalStatus.Confirmed;
        var created = await MoodShiftsApi.CreateAsync(userId, request, db, time, cancellationToken);
        if (created.Result is not Created<MoodShiftResponse> { Value: { } shift }) return (ValidationProblem)created.Result;

        session.CrisisDetected |= shift.Crisis is not null;
        proposal.RecordId = shift.Id;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new ProposalResponse(proposal.Id, proposal.SessionId, proposal.Kind, proposal.Status, proposal.RecordId, shift));
    }

    public static async Task<Results<Ok<ProposalResponse>, NotFound, ProblemHttpResult>> DiscardAsync(
        Guid userId, Guid id, SanctumDbContext db, CancellationToken cancellationToken)
    {
        if (await FindProposalAsync(db, userId, id, cancellationToken) is not { } proposal) return TypedResults.NotFound();
        if (proposal.Status != ProposalStatus.Proposed) return AlreadyDecided(proposal);
        proposal.Status = ProposalStatus.Discarded;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new ProposalResponse(proposal.Id, proposal.SessionId, proposal.Kind, proposal.Status, null, null));
    }

    private static ProblemHttpResult AlreadyDecided(ConversationProposal proposal) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"This proposal was already {proposal.Status.ToString().ToLowerInvariant()}.");

    private static Task<ConversationProposal?> FindProposalAsync(SanctumDbContext db, Guid userId, Guid id, CancellationToken cancellationToken) =>
        db.ConversationProposals.SingleOrDefaultAsync(p => p.Id == id && p.UserId == userId, cancellationToken);

    /// <summary>What an action saved: a crisis its record's screening found, or the 400 its validation gave.</summary>
    private sealed record Outcome(CrisisOverride? Crisis = null, ValidationProblem? Problem = null);

    private static async Task<Outcome> SaveMorningAsync(SanctumDbContext db, Guid userId, UserZone zone, IReadOnlyList<DueDose> doses, MorningAnswers answers,
        TimeProvider time, List<CapturedRecord> captured, CancellationToken cancellationToken)
    {
        var request = new MorningCheckInRequest(answers.WakeTime, answers.SleepHours, null, answers.HowWokeUp, answers.Mood,
            answers.MedsTaken, answers.MedsAt);
        var saved = await SaveValidatedAsync(request, () => BaselinesApi.SaveCheckInAsync(userId, zone.Today(time), request, db, time, cancellationToken));
        if (saved.Problem is not null) return saved;
        var outcome = Captured(captured, "baseline", saved.Value!.Id, saved.Value, saved.Value.Crisis);
        if (answers.MedsTaken is true) CheckOffDoses(db, userId, zone, doses, morning: true, answers.MedsAt, time, captured);
        return outcome;
    }

    /// <summary>
    /// "Yes, I took them" marks that half of today's doses taken at the time said, so adherence hears it too. Doses
    /// already marked are left as they are; "no" marks nothing (they may still be taken, and unmarked already counts as not taken).
    /// </summary>
    private static void CheckOffDoses(SanctumDbContext db, Guid userId, UserZone zone, IReadOnlyList<DueDose> doses, bool morning,
        TimeOnly? takenAt, TimeProvider time, List<CapturedRecord> captured)
    {
        var today = zone.Today(time);
        foreach (var dose in doses.Where(d => d.Dose.Log is null && ProtocolEngine.IsMorning(d.Dose.LocalTime) == morning))
        {
            var log = new DoseLog
            {
                UserId = userId, MedicationId = dose.Medication.Id, ScheduledAt = dose.Dose.ScheduledAt, Status = DoseStatus.Taken,
                TakenAt = takenAt is { } at ? zone.LocalToUtc(today.ToDateTime(at)) : time.GetUtcNow(),
            };
            db.DoseLogs.Add(log);
            captured.Add(new CapturedRecord("doseLog", log.Id, "saved", DoseLogResponse.From(log)));
        }
    }

    /// <summary>The evening check-in and today's diary card (added to what the card already holds), and the day's summary in the log.</summary>
    private static async Task<Outcome> SaveNightAsync(SanctumDbContext db, CompanionSession session, UserZone zone, IReadOnlyList<DueDose> doses, SaveNightCheckIn night,
        TimeProvider time, List<CapturedRecord> captured, CancellationToken cancellationToken)
    {
        var (userId, today, answers) = (session.UserId, zone.Today(time), night.Answers);
        var evening = new EveningCheckInRequest(answers.Mood, answers.MedsTaken, answers.MedsAt, answers.Notes);
        var baseline = await SaveValidatedAsync(evening, () => BaselinesApi.SaveCheckInAsync(userId, today, evening, db, time, cancellationToken));
        if (baseline.Problem is not null) return baseline;
        var first = Captured(captured, "baseline", baseline.Value!.Id, baseline.Value, baseline.Value.Crisis);
        if (answers.MedsTaken is true) CheckOffDoses(db, userId, zone, doses, morning: false, answers.MedsAt, time, captured);

        var card = CardWith(await DbtApi.FindCardAsync(db, userId, today, cancellationToken), answers);
        var saved = await SaveValidatedAsync(card, () => DbtApi.SaveCardAsync(userId, today, card, db, time, cancellationToken));
        if (saved.Problem is not null) return saved;
        var second = Captured(captured, "diaryCard", saved.Value!.Id, saved.Value, saved.Value.Crisis);

        session.Summary = night.Summary;
        await SessionLog.AppendAsync(db, session, zone, time.GetUtcNow(), new { kind = "nightCheckIn", answers, summary = night.Summary },
            night.Summary, cancellationToken);
        return new(first.Crisis ?? second.Crisis);
    }

    /// <summary>The answers added to the card as it stands, so what the person filled in on the card page is kept.</summary>
    private static DiaryCardRequest CardWith(DiaryCard? card, EveningAnswers answers)
    {
        var emotions = new Dictionary<string, int>(card?.Emotions ?? []);
        foreach (var (name, rating) in answers.Emotions) emotions[name] = rating;
        return new DiaryCardRequest(emotions,
            card?.TargetBehaviours.Select(b => new TargetBehaviourDto(b.Name, b.Urge, b.Acted)).ToList(),
            answers.SelfHarmUrge ?? card?.SelfHarmUrge, card?.SelfHarmActed, answers.SuicidalThoughts ?? card?.SuicidalThoughts,
            card?.SuicidalPlan, answers.MedsTaken ?? card?.MedsAsPrescribed, card?.SleepHours, card?.RegularMeals, card?.ExerciseMinutes,
            card?.Substances, card?.WhyNoSkills, answers.Notes ?? card?.Notes, card?.IsPrivate ?? false);
    }

    private static Outcome Propose(SanctumDbContext db, CompanionSession session, UserZone zone, ShiftCapture shift, List<CapturedRecord> captured)
    {
        var occurredAt = zone.LocalToUtc(shift.OccurredAt);
        var request = new MoodShiftRequest(occurredAt, null, shift.State, shift.Intensity, shift.Trigger, null, null, null, null, LoggedBy.Companion,
            IsPrivate: false);
        var proposal = new ConversationProposal
        {
            UserId = session.UserId, SessionId = session.Id, Kind = ShiftKind, Payload = JsonSerializer.Serialize(request, PayloadJson),
        };
        db.ConversationProposals.Add(proposal);
        return Captured(captured, ShiftKind, proposal.Id, new ProposedShift(occurredAt, shift.State, shift.Intensity, shift.Trigger), null, "proposed");
    }

    private static Outcome Captured(List<CapturedRecord> captured, string kind, Guid id, object record, CrisisOverride? crisis, string status = "saved")
    {
        captured.Add(new CapturedRecord(kind, id, status, record));
        return new(crisis);
    }

    /// <summary>The request's own checks (as the endpoint filter runs them), then the shared save.</summary>
    private static async Task<Saved<T>> SaveValidatedAsync<T>(IValidatedRequest request, Func<Task<Results<Ok<T>, ValidationProblem>>> save)
    {
        var errors = new ValidationErrors();
        request.Validate(errors);
        if (errors.AsProblem() is { } problem) return new(default, problem);
        var result = (await save()).Result;
        return result is Ok<T> ok ? new(ok.Value, null) : new(default, (ValidationProblem)result);
    }

    private sealed record Saved<T>(T? Value, ValidationProblem? Problem)
    {
        public static implicit operator Outcome(Saved<T> saved) => new(null, saved.Problem);
    }
}
