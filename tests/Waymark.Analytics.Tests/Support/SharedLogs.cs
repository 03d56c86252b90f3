using Waymark.Analytics.Events;
using Waymark.Analytics.Import;
using Waymark.Testing;

namespace Waymark.Analytics.Tests.Support;

/// <summary>The shared real logs, imported once per test run.</summary>
public static class SharedLogs
{
    private static readonly Lazy<EventLog> LazyBpic = new(() => Load("bpic2012.xes.gz"));
    private static readonly Lazy<EventLog> LazyMsnbc = new(() => Load("msnbc990928.seq.gz"));

    public static EventLog Bpic2012 => LazyBpic.Value;

    public static EventLog Msnbc => LazyMsnbc.Value;

    private static EventLog Load(string name)
    {
        var result = EventImporter.ImportFile(SharedData.PathOf(name)!);
        return result.Log ?? throw new InvalidOperationException(string.Join("; ", result.Problems));
    }
}
