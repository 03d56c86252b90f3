using System.Globalization;
using Waymark.Analytics.Events;

namespace Waymark.Bench;

/// <summary>Writes a log as CSV (cid,t,activity,seq) for DuckDB: t in microseconds (or the position), seq the log order.</summary>
public static class LogExport
{
    public static void Write(EventLog log, string path)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false), 1 << 20);
        writer.Write("cid,t,activity,seq\n");
        for (var c = 0; c < log.CustomerCount; c++)
        {
            var id = Quote(log.Customers[c]);
            var (offset, length) = log.EventsOf(c).GetOffsetAndLength(log.EventCount);
            for (var i = offset; i < offset + length; i++)
            {
                var t = log.HasTimestamps ? (log.Ticks[i] - DateTime.UnixEpoch.Ticks) / 10 : log.Ticks[i];
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{id},{t},{Quote(log.Activities[log.Activity[i]])},{i}\n"));
            }
        }
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
