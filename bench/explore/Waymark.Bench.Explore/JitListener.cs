using System.Diagnostics.Tracing;

namespace Waymark.Bench.Explore;

/// <summary>
/// With WAYMARK_BENCH_JIT=1, the methods the JIT compiles while a timed request runs, with their tier as the runtime's
/// MethodLoadVerbose event gives it (MethodFlags bits 7-9: 2 optimized, 3 tier-0, 4 tier-1, 5 tier-1 OSR, 6 tier-0
/// instrumented, 7 tier-1 instrumented): which code was still being replaced during the measured runs.
/// </summary>
internal sealed class JitListener : EventListener
{
    private const EventKeywords JitKeyword = (EventKeywords)0x10;
    private readonly List<string> _methods = [];

    public static JitListener? StartIfAsked() => Environment.GetEnvironmentVariable("WAYMARK_BENCH_JIT") == "1" ? new JitListener() : null;

    /// <summary>The methods compiled since the last call, and forgets them.</summary>
    public List<string> Take()
    {
        lock (_methods)
        {
            var taken = _methods.ToList();
            _methods.Clear();
            return taken;
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, JitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) != true || e.Payload is null)
        {
            return;
        }

        var names = e.PayloadNames!;
        string Field(string name) => e.Payload[names.IndexOf(name)]?.ToString() ?? "";
        var flags = Convert.ToInt64(e.Payload[names.IndexOf("MethodFlags")], System.Globalization.CultureInfo.InvariantCulture);
        lock (_methods)
        {
            _methods.Add($"{Field("MethodNamespace")}::{Field("MethodName")} tier {(flags >> 7) & 7}");
        }
    }
}
