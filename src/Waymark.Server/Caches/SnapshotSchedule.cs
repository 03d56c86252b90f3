using Waymark.Analytics.Events;

namespace Waymark.Server.Caches;

/// <summary>
/// When a source's next snapshot is written (docs/adr/059-event-log-snapshots.md): once the rows read since the last
/// one reach the minimum, the log's state is captured under the source's gate and one background writer per source
/// waits the delay, then writes the latest state captured (refreshes during the wait or the write replace it, so a
/// burst ends in one write). Nothing here blocks a request.
/// </summary>
internal sealed class SnapshotSchedule
{
    private readonly Lock _lock = new();
    private Due? _pending;
    private bool _writing;
    private volatile bool _forgotten;

    /// <summary>Rows read from the store since the last state was captured.</summary>
    public long Unsaved { get; set; }

    /// <summary>False once the source is forgotten (deleted): a writer still running keeps no file.</summary>
    public bool Wanted => !_forgotten;

    public void Forget() => _forgotten = true;

    /// <summary>Offers a state to write; returns true when the caller must start the writer (none is running).</summary>
    public bool Offer(Due due)
    {
        lock (_lock)
        {
            _pending = due;
            Unsaved = 0;
            if (_writing)
            {
                return false;
            }

            _writing = true;
            return true;
        }
    }

    /// <summary>The state to write next, or null when there is none (the writer then stops).</summary>
    public Due? Next()
    {
        lock (_lock)
        {
            var next = _forgotten ? null : _pending;
            _pending = null;
            _writing = next is not null;
            return next;
        }
    }

    /// <summary>A captured state: the log and the store sequences it includes.</summary>
    public sealed record Due(EventLogSnapshot Snapshot, long LastSequence, long LastAttributeSequence);
}
