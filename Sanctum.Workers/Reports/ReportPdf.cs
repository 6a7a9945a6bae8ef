namespace Sanctum.Workers.Reports;

/// <summary>Renders one PDF report from a person's records. Pure: no database, no clock, no machine fonts.</summary>
public static class ReportPdf
{
    public static byte[] Render(ReportKind kind, ReportData data, ReportContext context)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(context.To, context.From);
        var facts = new ReportFacts(data, context);
        var writer = new ReportWriter(TitleOf(kind), data.DisplayName, context, data.Zone);
        switch (kind)
        {
            case ReportKind.Psychiatrist: PsychiatristReport.Write(writer, facts); break;
            case ReportKind.Therapist: TherapistReport.Write(writer, facts); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a PDF report kind.");
        }

        return writer.ToPdf();
    }

    public static string TitleOf(ReportKind kind) => kind switch
    {
        ReportKind.Psychiatrist => PsychiatristReport.Title,
        ReportKind.Therapist => TherapistReport.Title,
        _ => kind.ToString(),
    };
}
