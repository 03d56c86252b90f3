namespace Waymark.Data.EventStores.ClickHouse;

/// <summary>
/// One source's writer lock and next sequence number in this process. <see cref="Known"/> is false until the next
/// number has been read from ClickHouse, and again after any failed write (a write that failed here may still have
/// been stored there, so the number is read again before the next one).
/// </summary>
internal sealed class SourceSequence
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public bool Known { get; set; }

    public long Next { get; set; }
}
