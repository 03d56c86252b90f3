using System.Diagnostics;

namespace Waymark.Render.Tests;

/// <summary>
/// The real tools the exports are checked with (poppler-utils from Debian: pdftotext, pdffonts, pdfinfo); test.sh
/// installs them when missing. A missing tool fails the test with that hint rather than skipping it.
/// </summary>
internal static class Tools
{
    public static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed (apt-get install poppler-utils; test.sh does it)", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed: {error.Result}");
            return output.Result;
        }
    }

    /// <summary>Writes bytes to a temp file, runs the tool on it, and deletes the file.</summary>
    public static string OnFile(byte[] content, string extension, string tool, params string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), "waymark-render-" + Guid.NewGuid().ToString("N")[..12] + extension);
        File.WriteAllBytes(path, content);
        try
        {
            return Run(tool, [.. args.Select(a => a == "{file}" ? path : a)]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
