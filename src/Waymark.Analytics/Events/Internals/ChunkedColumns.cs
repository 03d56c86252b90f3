namespace Waymark.Analytics.Events.Internals;

/// <summary>Event columns in input order, in fixed-size chunks so that appending never copies old data.</summary>
internal sealed class ChunkedColumns
{
    public const int ChunkShift = 16;
    public const int ChunkSize = 1 << ChunkShift;

    public List<int[]> Customer { get; } = [];

    public List<long[]> Ticks { get; } = [];

    public List<ushort[]> Activity { get; } = [];

    public List<ushort[]> Channel { get; } = [];

    /// <summary>Null chunks where no event of the chunk has properties.</summary>
    public List<int[]?> PropertySet { get; } = [];

    public int Count { get; private set; }

    public bool AnyProperties { get; private set; }

    public void Append(int customer, long ticks, ushort activity, ushort channel, int propertySet)
    {
        var chunk = Count >> ChunkShift;
        var at = Count & (ChunkSize - 1);
        if (at == 0)
        {
            Customer.Add(new int[ChunkSize]);
            Ticks.Add(new long[ChunkSize]);
            Activity.Add(new ushort[ChunkSize]);
            Channel.Add(new ushort[ChunkSize]);
            PropertySet.Add(null);
        }

        Customer[chunk][at] = customer;
        Ticks[chunk][at] = ticks;
        Activity[chunk][at] = activity;
        Channel[chunk][at] = channel;
        if (propertySet != 0)
        {
            (PropertySet[chunk] ??= new int[ChunkSize])[at] = propertySet;
            AnyProperties = true;
        }

        Count++;
    }
}
