using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Components.Pages.Me.Profile;

public sealed class ProfileForm
{
    public string? DisplayName { get; set; }

    public string? TimeZone { get; set; }

    public string? PreferredName { get; set; }

    public string? CompanionName { get; set; }

    public string? Pronouns { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public List<DiagnosisInput> Diagnoses { get; set; } = [];

    public int IntakeTier { get; set; } = 1;

    public static ProfileForm From(ProfileResponse profile) => new()
    {
        DisplayName = profile.DisplayName,
        TimeZone = profile.TimeZone,
        PreferredName = profile.PreferredName,
        CompanionName = profile.CompanionName,
        Pronouns = profile.Pronouns,
        DateOfBirth = profile.DateOfBirth,
        Diagnoses = profile.Diagnoses.Select(diagnosis => new DiagnosisInput { Text = diagnosis.Text, Icd10Code = diagnosis.Icd10Code }).ToList(),
        IntakeTier = profile.IntakeTier,
    };

    public ProfileRequest ToRequest() => new(DisplayName, TimeZone, PreferredName, CompanionName, Pronouns, DateOfBirth,
        Diagnoses.Select(diagnosis => new Diagnosis(diagnosis.Text ?? "", diagnosis.Icd10Code)).ToList(), IntakeTier);
}

/// <summary>One diagnosis row: the person's own words, and the ICD-10 code if they know it.</summary>
public sealed class DiagnosisInput
{
    public string? Text { get; set; }

    private string? _icd10Code;

    /// <summary>Codes are upper case ("F31.81"); typing "f31.81" is just as good.</summary>
    public string? Icd10Code
    {
        get => _icd10Code;
        set => _icd10Code = string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();
    }
}
