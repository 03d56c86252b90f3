namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// One edge's figures in a flow pass, side by side so a transition touches one place: events, distinct customers
/// (the last one counted) and the block its next durations go to. Full blocks move to the edge's
/// <see cref="LongList"/> (<see cref="EdgeSlots.NextBlock"/>), so every duration is kept, none is copied.
/// </summary>
internal struct EdgeTally
{
    public long Events;

    public long Customers;

    public int LastCustomer;

    /// <summary>How many durations <see cref="Block"/> holds.</summary>
    public int Used;

    /// <summary>The current block of durations (pooled; empty until the edge's first one).</summary>
    public long[] Block;
}
