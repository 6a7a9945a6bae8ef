using System.Diagnostics;

namespace Sanctum.IntegrationTests;

public static class PdfText
{
    /// <summary>poppler's pdftotext (installed with the prerequisites) reads the PDF as any viewer would.</summary>
    public static async Task<string> ReadAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sanctum-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0 && errors.Length == 0, $"pdftotext: {errors}");
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
