using System.Diagnostics.Tracing;
using System.Globalization;

namespace Waymark.Bench.Explore;

/// <summary>
/// The runtime's allocation ticks (one event per ~100 KB allocated, naming the type that crossed the mark) summed by
/// type and heap while the runs go: where a request's garbage comes from, without a profiler on the machine.
/// Enabled by WAYMARK_BENCH_ALLOC=1.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int AllocationTick = 10;
    private readonly Dictionary<string, long> _bytes = [];

    public static AllocationSampler? Start() =>
        Environment.GetEnvironmentVariable("WAYMARK_BENCH_ALLOC") == "1" ? new AllocationSampler() : null;

    public void Report(string name, int runs)
    {
        lock (_bytes)
        {
            foreach (var (type, bytes) in _bytes.OrderByDescending(b => b.Value).Take(8))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[engine] {name} allocates {bytes / (1024.0 * 1024 * runs):F2} MB per run of {type}"));
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId != AllocationTick || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.Payload[eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var large = Convert.ToInt32(eventData.Payload[eventData.PayloadNames.IndexOf("AllocationKind")], CultureInfo.InvariantCulture) == 1;
        var bytes = Convert.ToInt64(eventData.Payload[eventData.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        lock (_bytes)
        {
            var key = (large ? "large " : "small ") + type;
            _bytes[key] = _bytes.GetValueOrDefault(key) + bytes;
        }
    }
}
