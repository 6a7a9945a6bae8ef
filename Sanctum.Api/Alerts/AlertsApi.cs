using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Core.Notifications;
using Sanctum.Core.Persistence;
using Sanctum.Core.Safety;
using Sanctum.Core.Safety.Alerts;

namespace Sanctum.Api.Alerts;

public sealed record AlertRuleRequest(
    AlertTrigger? Trigger, RiskLevel? MinimumRisk, int? Days, AlertChannel? Channel, List<Guid>? ContactIds, bool? Enabled)
    : IValidatedRequest
{
    public const int MaxContacts = 20;

    private AlertTrigger TriggerOrDefault => Trigger ?? AlertTrigger.CrisisDetected;

    /// <summary>Each trigger takes its own setting: a crisis rule a minimum risk, the others a number of days.</summary>
    public void Validate(ValidationErrors errors)
    {
        if (TriggerOrDefault == AlertTrigger.CrisisDetected)
        {
            if (MinimumRisk is not (null or RiskLevel.Moderate or RiskLevel.High))
                errors.Add("minimumRisk", "Choose moderate or high.");
            if (Days is not null) errors.Add("days", "A crisis rule has no number of days.");
        }
        else
        {
            if (MinimumRisk is not null) errors.Add("minimumRisk", "Only a crisis rule has a minimum risk.");
            var (min, max) = AlertConditions.DaysRange(TriggerOrDefault);
            if (Days is null) errors.Add("days", "Choose how many days.");
            else errors.Range("days", Days, min, max);
        }

        if (ContactIds is not { Count: > 0 }) errors.Add("contactIds", "Choose at least one contact.");
        else if (ContactIds.Count > MaxContacts) errors.Add("contactIds", $"Choose at most {MaxContacts} contacts.");
    }

    /// <summary>Only the caller's own contacts who opted in to alerts, and who can be reached the chosen way, can be named.</summary>
    public async Task ValidateContactsAsync(ValidationErrors errors, SanctumDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var ids = ContactIds!.Distinct().ToList();
        var optedIn = await db.EmergencyContacts.AsNoTracking()
            .Where(c => c.UserId == userId && c.AlertsOptIn && ids.Contains(c.Id)).ToListAsync(cancellationToken);
        if (optedIn.Count != ids.Count)
        {
            errors.Add("contactIds", "Alerts can only go to your own contacts who have agreed to receive them.");
            return;
        }

        var channel = Channel ?? AlertChannel.Email;
        foreach (var contact in optedIn.Where(c => AlertRules.ChannelsFor(channel, c).Count == 0).OrderBy(c => c.Name))
        {
            errors.Add("contactIds", channel == AlertChannel.Sms
                ? $"{contact.Name} has no phone number for texts."
                : $"{contact.Name} has no email address.");
        }
    }

    public void ApplyTo(AlertRule rule)
    {
        rule.Trigger = TriggerOrDefault;
        rule.MinimumRisk = MinimumRisk ?? RiskLevel.High;
        rule.Days = rule.Trigger == AlertTrigger.CrisisDetected ? null : Days;
        rule.Channel = Channel ?? AlertChannel.Email;
        rule.ContactIds = ContactIds!.Distinct().ToList();
        rule.Enabled = Enabled ?? true;
    }
}

public sealed record AlertRuleResponse(
    Guid Id, AlertTrigger Trigger, RiskLevel MinimumRisk, int? Days, AlertChannel Channel, IReadOnlyList<Guid> ContactIds, bool Enabled,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static AlertRuleResponse From(AlertRule r) =>
        new(r.Id, r.Trigger, r.MinimumRisk, r.Days, r.Channel, r.ContactIds, r.Enabled, r.CreatedAt, r.UpdatedAt);
}

/// <summary>One alert sent: why, to whom, how, when, and how its delivery went. Nothing the person wrote.</summary>
public sealed record AlertSentResponse(
    Guid Id, Guid RuleId, AlertTrigger Trigger, Guid ContactId, string ContactName, NotificationChannel Channel,
    string? RecipientEmail, string? RecipientPhone, DateTimeOffset SentAt, NotificationStatus Status, int Attempts);

public static class AlertsApi
{
    public static RouteGroupBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/alerts").WithTags("Alerts").RequireAuthorization();
        var rules = group.MapGroup("/rules");
        rules.MapGet("/", List).WithValidation();
        rules.MapGet("/{id:guid}", Get);
        rules.MapPost("/", Create).WithValidation();
        rules.MapPut("/{id:guid}", Update).WithValidation();
        rules.MapDelete("/{id:guid}", OwnedRecords.DeleteAsync<AlertRule>);
        group.MapGet("/sent", Sent).WithValidation();
        group.MapGet("/sent/{id:guid}", SentOne);
        return group;
    }

    private static async Task<Ok<PagedList<AlertRuleResponse>>> List(
        [AsParameters] PageQuery page, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var ordered = db.AlertRules.AsNoTracking().Where(r => r.UserId == userId).OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id);
        return TypedResults.Ok(await ordered.ToPageAsync(page, AlertRuleResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<AlertRuleResponse>, NotFound>> Get(Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken) =>
        await db.FindOwnedAsync<AlertRule>(http, id, cancellationToken) is { } rule ? TypedResults.Ok(AlertRuleResponse.From(rule)) : TypedResults.NotFound();

    private static async Task<Results<Created<AlertRuleResponse>, ValidationProblem>> Create(
        AlertRuleRequest request, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var errors = new ValidationErrors();
        await request.ValidateContactsAsync(errors, db, userId, cancellationToken);
        if (errors.AsProblem() is { } problem) return problem;

        var rule = new AlertRule { UserId = userId };
        request.ApplyTo(rule);
        db.AlertRules.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/alerts/rules/{rule.Id}", AlertRuleResponse.From(rule));
    }

    private static async Task<Results<Ok<AlertRuleResponse>, NotFound, ValidationProblem>> Update(
        Guid id, AlertRuleRequest request, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        if (await db.FindOwnedAsync<AlertRule>(http, id, cancellationToken) is not { } rule) return TypedResults.NotFound();
        var errors = new ValidationErrors();
        await request.ValidateContactsAsync(errors, db, rule.UserId, cancellationToken);
        if (errors.AsProblem() is { } problem) return problem;

        request.ApplyTo(rule);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AlertRuleResponse.From(rule));
    }

    /// <summary>What was sent, to whom, when: newest first, with each message's delivery status.</summary>
    private static async Task<Ok<PagedList<AlertSentResponse>>> Sent(
        [AsParameters] PageQuery page, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        return TypedResults.Ok(await SentBy(db, http.User.UserId()).ToPageAsync(page, sent => sent, cancellationToken));
    }

    private static async Task<Results<Ok<AlertSentResponse>, NotFound>> SentOne(
        Guid id, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken) =>
        await SentBy(db, http.User.UserId(), id).SingleOrDefaultAsync(cancellationToken) is { } sent
            ? TypedResults.Ok(sent)
            : TypedResults.NotFound();

    /// <summary>The person's alerts newest first (or the one with <paramref name="id"/>); filtered and ordered before the projection, which SQL cannot see into.</summary>
    private static IQueryable<AlertSentResponse> SentBy(SanctumDbContext db, Guid userId, Guid? id = null) =>
        from d in db.AlertDeliveries.AsNoTracking()
        join n in db.Notifications.AsNoTracking() on d.NotificationId equals n.Id
        where d.UserId == userId && (id == null || d.Id == id)
        orderby d.SentAt descending, d.Id descending
        select new AlertSentResponse(
            d.Id, d.RuleId, d.Trigger, d.ContactId, d.ContactName, d.Channel, n.RecipientEmail, n.RecipientPhone, d.SentAt, n.Status, n.Attempts);
}
