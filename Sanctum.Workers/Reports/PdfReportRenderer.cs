using Sanctum.Core.Reports;

namespace Sanctum.Workers.Reports;

/// <summary>The export job's way into the PDF reports; rendering is CPU work, kept off the job loop's thread.</summary>
public sealed class PdfReportRenderer : IReportRenderer
{
    public Task<byte[]> RenderAsync(ReportKind kind, ReportData data, ReportContext context, CancellationToken cancellationToken) =>
        Task.Run(() => ReportPdf.Render(kind, data, context), cancellationToken);
}
