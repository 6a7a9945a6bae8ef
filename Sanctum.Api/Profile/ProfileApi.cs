using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sanctum.Api.Http;
using Sanctum.Core.Persistence;
using Sanctum.Core.Profile;

namespace Sanctum.Api.Profile;

public sealed record DiagnosisDto(string? Text, string? Icd10Code);

public sealed record ProfileRequest(
    string? DisplayName, string? TimeZone, string? PreferredName, string? CompanionName, string? Pronouns,
    DateOnly? DateOfBirth, List<DiagnosisDto>? Diagnoses, int? IntakeTier) : IValidatedRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("displayName", DisplayName, 100);
        errors.TimeZone("timeZone", TimeZone);
        errors.MaxLength("preferredName", PreferredName, 100);
        errors.MaxLength("companionName", CompanionName, 50);
        errors.MaxLength("pronouns", Pronouns, 40);
        if (DateOfBirth is { } born && (born.Year < 1900 || born > DateOnly.FromDateTime(DateTime.UtcNow)))
            errors.Add("dateOfBirth", "That date of birth doesn't look right.");
        if (Diagnoses is { Count: > 20 }) errors.Add("diagnoses", "At most 20 diagnoses.");
        for (var i = 0; i < (Diagnoses?.Count ?? 0); i++)
        {
            errors.Required($"diagnoses[{i}].text", Diagnoses![i].Text, 200);
            if (Diagnoses[i].Icd10Code is { } code && !Icd10.IsWellFormed(code))
                errors.Add($"diagnoses[{i}].icd10Code", "ICD-10 codes look like F31.81 or F60.3.");
        }

        errors.Range("intakeTier", IntakeTier ?? 1, 1, 5);
    }
}

public sealed record ProfileResponse(
    string DisplayName, string TimeZone, string? PreferredName, string? CompanionName, string? Pronouns,
    DateOnly? DateOfBirth, IReadOnlyList<DiagnosisDto> Diagnoses, int IntakeTier, DateTimeOffset UpdatedAt);

public static class Icd10
{
    /// <summary>Shape only (letter, two digits, optional dot and up to four more); Sanctum never judges the diagnosis.</summary>
    public static bool IsWellFormed(string code) =>
        System.Text.RegularExpressions.Regex.IsMatch(code, @"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$");
}

public static class ProfileApi
{
    public static RouteGroupBuilder MapProfileApi(this RouteGroupBuilder me)
    {
        var group = me.MapGroup("/profile").WithTags("Profile");
        group.MapGet("/", Get);
        group.MapPut("/", Update).WithValidation();
        return group;
    }

    private static async Task<Results<Ok<ProfileResponse>, NotFound>> Get(HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return TypedResults.NotFound();
        var profile = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken)
            ?? new Core.Profile.Profile { UserId = userId, UpdatedAt = user.UpdatedAt };
        return TypedResults.Ok(ToResponse(user, profile));
    }

    private static async Task<Results<Ok<ProfileResponse>, NotFound>> Update(
        ProfileRequest request, HttpContext http, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        return await db.RetryOnceOnConflictAsync(() => SaveAsync(request, userId, db, cancellationToken));
    }

    /// <summary>Registration creates the profile, so the create path here only covers accounts that predate it.</summary>
    private static async Task<Results<Ok<ProfileResponse>, NotFound>> SaveAsync(
        ProfileRequest request, Guid userId, SanctumDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return TypedResults.NotFound();
        var profile = await db.Profiles.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (profile is null) db.Profiles.Add(profile = new Core.Profile.Profile { UserId = userId });

        user.DisplayName = request.DisplayName!.Trim();
        user.TimeZone = request.TimeZone!;
        profile.PreferredName = request.PreferredName.TrimToNull();
        profile.CompanionName = request.CompanionName.TrimToNull();
        profile.Pronouns = request.Pronouns.TrimToNull();
        profile.DateOfBirth = request.DateOfBirth;
        profile.Diagnoses = (request.Diagnoses ?? []).Select(d => new Diagnosis(d.Text!.Trim(), d.Icd10Code.TrimToNull())).ToList();
        profile.IntakeTier = request.IntakeTier ?? profile.IntakeTier;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(user, profile));
    }

    private static ProfileResponse ToResponse(Core.Identity.User user, Core.Profile.Profile profile) => new(
        user.DisplayName, user.TimeZone, profile.PreferredName, profile.CompanionName, profile.Pronouns, profile.DateOfBirth,
        profile.Diagnoses.Select(d => new DiagnosisDto(d.Text, d.Icd10Code)).ToList(), profile.IntakeTier,
        profile.UpdatedAt > user.UpdatedAt ? profile.UpdatedAt : user.UpdatedAt);
}
