namespace Sanctum.Core.Safety;

/// <summary>A way to reach help now, with the link a phone opens directly.</summary>
public sealed record CrisisResource(string Name, string HowToReach, string Href);

/// <summary>US crisis lines (clinical.md, Stanley-Brown step 5), shown whenever a rule says follow-up is needed.</summary>
public static class CrisisResources
{
    public static readonly IReadOnlyList<CrisisResource> All =
    [
        new("988 Suicide & Crisis Lifeline", "Call or text 988", "tel:988"),
        new("Crisis Text Line", "Text HOME to 741741", "sms:741741?body=HOME"),
        new("Emergency services", "Call 911 if you are in immediate danger", "tel:911"),
    ];
}
