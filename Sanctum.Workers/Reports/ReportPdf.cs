using Sanctum.Core.Reports;
namespace Sanctum.Workers.Reports;

/// <summary>Renders one PDF report from a person's records. Pure: no database, no clock, no machine fonts.</summary>
public static class ReportPdf
{
    public static byte[] Render(ReportKind kind, ReportData data, ReportContext context)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(context.To, context.From);
        var (title, write) = Layout(kind);
        var writer = new ReportWriter(title, data.DisplayName, context, data.Zone);
        write(writer, new ReportFacts(data, context));
        return writer.ToPdf();
    }

    public static string TitleOf(ReportKind kind) => Layout(kind).Title;

    private static (string Title, Action<ReportWriter, ReportFacts> Write) Layout(ReportKind kind) => kind switch
    {
        ReportKind.Psychiatrist => (PsychiatristReport.Title, PsychiatristReport.Write),
        ReportKind.Therapist => (TherapistReport.Title, TherapistReport.Write),
        ReportKind.Disability => (DisabilityReport.Title, DisabilityReport.Write),
        ReportKind.Personal => (PersonalReport.Title, PersonalReport.Write),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a PDF report kind."),
    };
}
