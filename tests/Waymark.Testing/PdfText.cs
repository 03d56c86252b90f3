using System.Diagnostics;

namespace Waymark.Testing;

/// <summary>The text of a PDF as `pdftotext -raw` reads it (poppler-utils from Debian; test.sh installs it).</summary>
public static class PdfText
{
    public static string Of(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var path = Path.Combine(Path.GetTempPath(), "waymark-pdf-" + Guid.NewGuid().ToString("N")[..12] + ".pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[] { "-raw", "-enc", "UTF-8", path, "-" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? text : throw new InvalidOperationException($"pdftotext failed with {process.ExitCode}");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
