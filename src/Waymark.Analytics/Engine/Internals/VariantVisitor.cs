namespace Waymark.Analytics.Engine.Internals;

/// <summary>Per-thread variant accumulator: counts each customer's sequence, keeps its variant and duration.</summary>
internal sealed class VariantVisitor : ICustomerVisitor<VariantVisitor>
{
    public VariantTable Sequences { get; } = new();

    /// <summary>Variant id and duration of every customer seen, in parallel lists (pooled blocks: a million customers'
    /// ids in one growing array went to the large object heap and cost a full collection per request).</summary>
    public LongList CustomerVariant { get; } = new();

    public LongList CustomerDuration { get; } = new();

    public void Visit(in CustomerView customer)
    {
        CustomerVariant.Add(Sequences.Add(customer.Activity, 1));
        CustomerDuration.Add(customer.Ticks[^1] - customer.Ticks[0]);
    }

    public void Merge(VariantVisitor other)
    {
        var map = TablePool<int>.Arrays.Rent(other.Sequences.Count);
        for (var v = 0; v < other.Sequences.Count; v++)
        {
            map[v] = Sequences.Add(other.Sequences.Get(v), other.Sequences.CountOf(v));
        }

        for (var s = 0; s < other.CustomerVariant.SegmentCount; s++)
        {
            foreach (ref var v in other.CustomerVariant.Segment(s))
            {
                v = map[v];
            }
        }

        CustomerVariant.MoveFrom(other.CustomerVariant);
        TablePool<int>.Arrays.Return(map);
        other.Sequences.Release();

        CustomerDuration.MoveFrom(other.CustomerDuration);
    }
}
