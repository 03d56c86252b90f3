namespace Waymark.Analytics.Engine.Internals;

/// <summary>Per-thread variant accumulator: counts each customer's sequence, keeps its variant and duration.</summary>
internal sealed class VariantVisitor : ICustomerVisitor<VariantVisitor>
{
    public VariantTable Sequences { get; } = new();

    /// <summary>Variant id and duration of every customer seen, in parallel lists.</summary>
    public List<int> CustomerVariant { get; } = [];

    public LongList CustomerDuration { get; } = new();

    public void Visit(in CustomerView customer)
    {
        CustomerVariant.Add(Sequences.Add(customer.Activity, 1));
        CustomerDuration.Add(customer.Ticks[^1] - customer.Ticks[0]);
    }

    public void Merge(VariantVisitor other)
    {
        var map = new int[other.Sequences.Count];
        for (var v = 0; v < map.Length; v++)
        {
            map[v] = Sequences.Add(other.Sequences.Get(v), other.Sequences.CountOf(v));
        }

        foreach (var v in other.CustomerVariant)
        {
            CustomerVariant.Add(map[v]);
        }

        CustomerDuration.AddRange(other.CustomerDuration);
        other.CustomerDuration.Release();
    }
}
