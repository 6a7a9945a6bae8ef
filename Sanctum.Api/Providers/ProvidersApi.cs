using Sanctum.Api.Http;
using Sanctum.Core.Profile;

namespace Sanctum.Api.Providers;

public sealed record ProviderRequest(
    ProviderType? Type, string? Name, string? Practice, string? Phone, string? Email, DateTimeOffset? NextAppointmentAt)
    : IRecordRequest<HealthcareProvider>
{
    public void Validate(ValidationErrors errors)
    {
        if (Type is null) errors.Add("type", "Choose psychiatrist, therapist, pcp or other.");
        errors.Required("name", Name, 100);
        errors.MaxLength("practice", Practice, 200);
        errors.MaxLength("phone", Phone, 40);
        errors.Email("email", Email, required: false);
    }

    public HealthcareProvider ToRecord()
    {
        var provider = new HealthcareProvider { Name = "" };
        ApplyTo(provider);
        return provider;
    }

    public void ApplyTo(HealthcareProvider provider)
    {
        provider.Type = Type!.Value;
        provider.Name = Name!.Trim();
        provider.Practice = Practice.TrimToNull();
        provider.Phone = Phone.TrimToNull();
        provider.Email = Email.TrimToNull();
        provider.NextAppointmentAt = NextAppointmentAt?.ToUniversalTime();
    }
}

public sealed record ProviderResponse(
    Guid Id, ProviderType Type, string Name, string? Practice, string? Phone, string? Email, DateTimeOffset? NextAppointmentAt,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt) : IRecordResponse<HealthcareProvider, ProviderResponse>
{
    public static ProviderResponse From(HealthcareProvider p) =>
        new(p.Id, p.Type, p.Name, p.Practice, p.Phone, p.Email, p.NextAppointmentAt, p.CreatedAt, p.UpdatedAt);
}

public static class ProvidersApi
{
    public static RouteGroupBuilder MapProvidersApi(this RouteGroupBuilder me) =>
        me.MapGroup("/providers").WithTags("Healthcare providers")
            .MapPersonalCollection<HealthcareProvider, ProviderRequest, ProviderResponse>();
}
