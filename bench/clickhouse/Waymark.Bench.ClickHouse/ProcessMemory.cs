using System.Globalization;

namespace Waymark.Bench.ClickHouse;

/// <summary>A process's resident memory now (VmRSS) and at its peak (VmHWM), from /proc/PID/status, in bytes.</summary>
internal readonly record struct ProcessMemory(long ResidentBytes, long PeakBytes)
{
    public static ProcessMemory Of(int processId)
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
        }

        return new ProcessMemory(rss, peak);
    }

    public static ProcessMemory Self() => Of(Environment.ProcessId);

    public static string Mb(long bytes) => (bytes / 1e6).ToString("N0", CultureInfo.InvariantCulture) + " MB";

    // "VmHWM:     123456 kB"
    private static long Kilobytes(string line) =>
        1024 * long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
}
