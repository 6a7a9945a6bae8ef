using Microsoft.AspNetCore.Http.HttpResults;
using Sanctum.Api.Http;
using Sanctum.Core.Persistence;
using Sanctum.Core.Safety;
using Sanctum.Core.Safety.Screening;

namespace Sanctum.Api.Safety;

public sealed record ScreenRequest(string? Text) : IValidatedRequest
{
    public const int MaxTextLength = 10_000;

    public void Validate(ValidationErrors errors) => errors.Required("text", Text, MaxTextLength);
}

/// <summary>A matched rule without what it matched: the response never echoes the person's words back.</summary>
public sealed record ScreenReason(string Rule, ScreeningCategory Category, RiskLevel Risk);

/// <summary>The screening result; Resources are the crisis lines whenever the risk is moderate or high, else empty.</summary>
public sealed record ScreenResponse(RiskLevel Risk, IReadOnlyList<ScreenReason> Reasons, IReadOnlyList<CrisisResource> Resources)
{
    public static ScreenResponse From(ScreeningResult result) => new(
        result.Risk,
        result.Reasons.Select(r => new ScreenReason(r.Rule, r.Category, r.Risk)).ToList(),
        result.Risk >= RiskLevel.Moderate ? CrisisResources.All : []);
}

public static class SafetyApi
{
    public static RouteGroupBuilder MapSafetyApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/safety").WithTags("Safety").RequireAuthorization();
        group.MapPost("/screen", Screen).WithValidation();
        group.MapScreeningSettings();
        return group;
    }

    // Screens and forgets: the text is neither stored nor logged. The caller's own phrases count as on every write.
    private static async Task<Ok<ScreenResponse>> Screen(
        ScreenRequest request, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var settings = await ScreeningSettingsApi.ForAsync(db, http.User.UserId(), cancellationToken);
        return TypedResults.Ok(ScreenResponse.From(CrisisScreener.Screen(request.Text!, settings.OwnPhrases)));
    }
}
