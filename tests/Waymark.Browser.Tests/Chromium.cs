namespace Waymark.Browser.Tests;

/// <summary>The machine's Chromium (Debian's package); Playwright never downloads a browser here.</summary>
internal static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>WAYMARK_CHROMIUM overrides the path, e.g. for a developer machine with Chromium elsewhere.</summary>
    public static string Find()
    {
        var path = Environment.GetEnvironmentVariable("WAYMARK_CHROMIUM");
        path = string.IsNullOrWhiteSpace(path) ? DefaultPath : path;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {path}. The browser tests drive the machine's Chromium: install it with "
                + "`apt-get install chromium` (test.sh does this when run as root) or set WAYMARK_CHROMIUM to its path.");
        }

        return path;
    }
}
