using System.Globalization;
using Sanctum.Web.Api.Contracts;
using Sanctum.Web.Time;

namespace Sanctum.Web.Components.Pages.Reports;

/// <summary>What each kind of file is for, and how far along one is, in plain words.</summary>
public static class ExportWording
{
    public sealed record Kind(string Value, string Label, string Hint, bool HasPeriod);

    public static readonly IReadOnlyList<Kind> Kinds =
    [
        new("psychiatrist", "For your psychiatrist (PDF)", "Mood by day, sleep, medications and doses, questionnaires and crises over the period.", true),
        new("therapist", "For your therapist (PDF)", "Your diary cards, the skills you used and how they helped.", true),
        new("disability", "For a disability claim (PDF)", "Your records organised as the evidence a claim asks for.", true),
        new("personal", "A summary for you (PDF)", "A readable look back over the period.", true),
        new("fhir", "For a clinic's record system (FHIR)", "Mood, sleep, questionnaire scores and medications in the format health record systems read.", true),
        new("csv", "All your records as spreadsheets (CSV)", "One spreadsheet per kind of record, in a zip file.", false),
        new("json", "All your records in one file (JSON)", "Everything you keep in Sanctum. You can bring this file into a new Sanctum account.", false),
    ];

    public static Kind Of(string value) => Kinds.FirstOrDefault(k => k.Value == value) ?? Kinds[^1];

    public static string Period(ExportInfo export) => export.From is { } from && export.To is { } to
        ? $"{Display.Date(from)} to {Display.Date(to)}"
        : "Everything";

    public static string Status(ExportInfo export) => export.Status switch
    {
        "queued" => "Waiting to start…",
        "running" => "Being made…",
        "done" => "Ready",
        "failed" => export.FailureReason ?? "This couldn't be made.",
        _ => "Expired",
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture)} MB",
    };
}
