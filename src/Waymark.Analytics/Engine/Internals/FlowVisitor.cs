namespace Waymark.Analytics.Engine.Internals;

/// <summary>Per-thread directly-follows accumulator: node and edge counts, distinct customers, edge durations
/// (in positions for sequence-only logs).</summary>
internal sealed class FlowVisitor(int activities) : ICustomerVisitor<FlowVisitor>
{
    public EdgeSlots Edges { get; } = new(activities);

    public long[] NodeEvents { get; } = new long[activities];

    public long[] NodeCustomers { get; } = new long[activities];

    public long[] Starts { get; } = new long[activities];

    public long[] Ends { get; } = new long[activities];

    public long Customers { get; private set; }

    public long Events { get; private set; }

    private readonly int[] _nodeLastCustomer = CreateStamps(activities);

    public void Visit(in CustomerView customer)
    {
        var acts = customer.Activity;
        var ticks = customer.Ticks;
        var id = customer.Customer;
        Customers++;
        Events += acts.Length;
        Starts[acts[0]]++;
        Ends[acts[^1]]++;
        CountNodes(acts, id);
        for (var i = 1; i < acts.Length; i++)
        {
            var slot = Edges.SlotOf(acts[i - 1], acts[i]);
            Edges.Events[slot]++;
            if (Edges.LastCustomer[slot] != id)
            {
                Edges.LastCustomer[slot] = id;
                Edges.Customers[slot]++;
            }

            (Edges.Durations[slot] ??= new LongList()).Add(ticks[i] - ticks[i - 1]);
        }
    }

    public void Merge(FlowVisitor other)
    {
        for (var a = 0; a < NodeEvents.Length; a++)
        {
            NodeEvents[a] += other.NodeEvents[a];
            NodeCustomers[a] += other.NodeCustomers[a];
            Starts[a] += other.Starts[a];
            Ends[a] += other.Ends[a];
        }

        for (var s = 0; s < other.Edges.Count; s++)
        {
            var slot = Edges.SlotOf(other.Edges.From(s), other.Edges.To(s));
            Edges.Events[slot] += other.Edges.Events[s];
            Edges.Customers[slot] += other.Edges.Customers[s];
            if (other.Edges.Durations[s] is { } durations)
            {
                (Edges.Durations[slot] ??= new LongList()).MoveFrom(durations);
            }
        }

        Customers += other.Customers;
        Events += other.Events;
    }

    private void CountNodes(ReadOnlySpan<ushort> acts, int id)
    {
        foreach (var a in acts)
        {
            NodeEvents[a]++;
            if (_nodeLastCustomer[a] != id)
            {
                _nodeLastCustomer[a] = id;
                NodeCustomers[a]++;
            }
        }
    }

    private static int[] CreateStamps(int count)
    {
        var stamps = new int[count];
        Array.Fill(stamps, -1);
        return stamps;
    }
}
