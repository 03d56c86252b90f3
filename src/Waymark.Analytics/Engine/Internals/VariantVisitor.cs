using Waymark.Analytics.Events.Internals;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>Per-thread variant accumulator: interns each customer's sequence, counts it, keeps its duration.</summary>
internal sealed class VariantVisitor : ICustomerVisitor<VariantVisitor>
{
    private int[] _sequence = new int[256];

    public SequenceInterner Sequences { get; } = new();

    public List<long> Counts { get; } = [];

    /// <summary>Variant id and duration of every customer seen, in parallel lists.</summary>
    public List<int> CustomerVariant { get; } = [];

    public LongList CustomerDuration { get; } = new();

    public void Visit(in CustomerView customer)
    {
        var acts = customer.Activity;
        if (_sequence.Length < acts.Length)
        {
            _sequence = new int[acts.Length * 2];
        }

        for (var i = 0; i < acts.Length; i++)
        {
            _sequence[i] = acts[i];
        }

        var id = Count(_sequence.AsSpan(0, acts.Length), 1);
        CustomerVariant.Add(id);
        CustomerDuration.Add(customer.Ticks[^1] - customer.Ticks[0]);
    }

    public void Merge(VariantVisitor other)
    {
        var map = new int[other.Sequences.Count];
        for (var v = 0; v < map.Length; v++)
        {
            map[v] = Count(other.Sequences.Get(v), other.Counts[v]);
        }

        foreach (var v in other.CustomerVariant)
        {
            CustomerVariant.Add(map[v]);
        }

        CustomerDuration.AddRange(other.CustomerDuration);
        other.CustomerDuration.Release();
    }

    private int Count(ReadOnlySpan<int> sequence, long count)
    {
        var id = Sequences.Intern(sequence);
        if (id == Counts.Count)
        {
            Counts.Add(0);
        }

        Counts[id] += count;
        return id;
    }
}
