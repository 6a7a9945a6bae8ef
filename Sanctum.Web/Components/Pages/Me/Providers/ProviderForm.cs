using Sanctum.Web.Api.Contracts;
using Sanctum.Web.Components.Shared;

namespace Sanctum.Web.Components.Pages.Me.Providers;

/// <summary>The next appointment is edited as a wall-clock time in the person's zone and sent to the Api in UTC.</summary>
public sealed class ProviderForm(TimeZoneInfo timeZone) : IRecordForm<ProviderRequest>
{
    public ProviderType? Type { get; set; }

    public string? Name { get; set; }

    public string? Practice { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public DateTime? NextAppointmentAt { get; set; }

    public static ProviderForm From(ProviderResponse provider, TimeZoneInfo timeZone) => new(timeZone)
    {
        Type = provider.Type,
        Name = provider.Name,
        Practice = provider.Practice,
        Phone = provider.Phone,
        Email = provider.Email,
        NextAppointmentAt = provider.NextAppointmentAt is { } at ? TimeZoneInfo.ConvertTime(at, timeZone).DateTime : null,
    };

    public ProviderRequest ToRequest() => new(Type, Name, Practice, Phone, Email,
        NextAppointmentAt is { } local
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), timeZone.GetUtcOffset(local)).ToUniversalTime()
            : null);
}
