using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Components.Pages.Me.Providers;

public static class ProviderTypes
{
    public static IReadOnlyList<ProviderType> All { get; } = Enum.GetValues<ProviderType>();

    public static string Describe(ProviderType type) => type switch
    {
        ProviderType.Psychiatrist => "Psychiatrist",
        ProviderType.Therapist => "Therapist",
        ProviderType.Pcp => "Primary care doctor",
        _ => "Other",
    };
}
