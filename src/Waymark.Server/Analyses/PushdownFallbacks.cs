using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Waymark.Server.Analyses;

/// <summary>
/// Counts, per kind of question, the answers the in-memory log gave while pushdown was on, and logs the first of each
/// kind at Information with why (the pushdown's own reason, which names options, never values or settings).
/// </summary>
public sealed partial class PushdownFallbacks(ILogger<PushdownFallbacks> logger)
{
    private readonly ConcurrentDictionary<string, long[]> _counts = new(StringComparer.Ordinal);

    public void Record(string kind, string reason)
    {
        var count = _counts.GetOrAdd(kind, _ => new long[1]);
        if (Interlocked.Increment(ref count[0]) == 1)
        {
            LogFirst(kind, reason);
        }
    }

    public long Count(string kind) => _counts.TryGetValue(kind, out var count) ? Interlocked.Read(ref count[0]) : 0;

    [LoggerMessage(Level = LogLevel.Information, Message = "Pushdown: a {Kind} was answered from the in-memory log (read from the event store for it): {Reason} Logged once per kind; later ones are only counted.")]
    private partial void LogFirst(string kind, string reason);
}
