using Sanctum.Web.Api.Contracts;

namespace Sanctum.Web.Components.Pages.Me.Activity;

/// <summary>
/// An audit row as a sentence a person reads without a glossary: "You updated emergency contact (phone)".
/// Unknown actions and names still read sensibly ("emergency_contact" becomes "emergency contact"), so new
/// kinds of events show up worded plainly before anyone adds them here.
/// </summary>
public static class ActivityWording
{
    // Things a person has one of read as theirs; the rest are one of several.
    private static readonly Dictionary<string, string> EntityNames = new()
    {
        ["user"] = "your account details",
        ["profile"] = "your profile",
        ["healthcare_provider"] = "healthcare provider",
        ["emergency_contact"] = "emergency contact",
    };

    private static readonly Dictionary<string, string> FieldNames = new()
    {
        ["alerts_opt_in"] = "alerts",
        ["icd10_code"] = "ICD-10 code",
        ["next_appointment_at"] = "next appointment",
        ["password_hash"] = "password",
    };

    public static string Describe(AuditEventResponse entry, Guid viewerId)
    {
        var actor = entry.ActorUserId switch
        {
            null => "Sanctum",
            var id when id == viewerId => "You",
            _ => "Someone you gave access to",
        };
        var entity = Words(entry.EntityType, EntityNames);
        return (entry.Action, entry.EntityType) switch
        {
            ("created", "user") or ("registered", _) => $"{actor} created your Sanctum account",
            ("created", "profile") => $"{actor} set up your profile",
            ("created", _) => $"{actor} added {WithArticle(entity)}",
            ("updated", _) => $"{actor} updated {entity}{ChangedFields(entry.Details)}",
            ("deleted", _) => $"{actor} deleted {WithArticle(entity)}",
            ("signed_in", _) => "You signed in",
            ("signed_out", _) => "You signed out",
            ("sign_in_failed", _) => "Someone tried to sign in with the wrong password",
            ("locked_out", _) => "Your account was paused for a while after several wrong passwords",
            ("token_refreshed", _) => "Your sign-in was renewed",
            ("token_reuse_detected", _) => "An old sign-in was used again, so we signed that session out to keep you safe",
            var (other, _) => $"{actor} {Words(other, [])} {entity}",
        };
    }

    /// <summary>Events worth a second look: someone may have tried to get into the account.</summary>
    public static bool IsSecurityEvent(AuditEventResponse entry) =>
        entry.Action is "sign_in_failed" or "locked_out" or "token_reuse_detected";

    private static string ChangedFields(string? details)
    {
        var fields = (details ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return fields.Length == 0 ? "" : $" ({string.Join(", ", fields.Select(field => Words(field, FieldNames)))})";
    }

    private static string WithArticle(string noun) =>
        noun.StartsWith("your ", StringComparison.Ordinal) ? noun
        : "aeiou".Contains(noun[0]) ? $"an {noun}"
        : $"a {noun}";

    private static string Words(string snakeCase, Dictionary<string, string> known) =>
        known.TryGetValue(snakeCase, out var words) ? words : snakeCase.Replace('_', ' ');
}
