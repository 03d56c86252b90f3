using Waymark.Analytics.Events;
using Waymark.Analytics.Generation;
using Waymark.Analytics.Import;

namespace Waymark.Bench.Micro;

/// <summary>A generated 100k-customer CSV and its log, made once per micro-benchmark process.</summary>
public static class MicroData
{
    private static readonly Lazy<string> LazyCsv = new(Create);
    private static readonly Lazy<EventLog> LazyLog = new(() => EventImporter.ImportFile(Csv).Log!);

    public static string Csv => LazyCsv.Value;

    public static EventLog Log => LazyLog.Value;

    private static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "waymark-micro-100k.csv");
        if (!File.Exists(path))
        {
            using var writer = new StreamWriter(path);
            JourneyGenerator.Generate(GeneratorPresets.Micro, writer);
        }

        return path;
    }
}
