namespace Waymark.Analytics.Engine.Internals;

/// <summary>Per-thread directly-follows accumulator: node and edge counts, distinct customers, edge durations
/// (in positions for sequence-only logs); with <paramref name="withStats"/> the nodes' tally also keeps what the
/// activity statistics need, so they come from this pass.</summary>
internal sealed class FlowVisitor(int activities, bool withStats = false) : ICustomerVisitor<FlowVisitor>
{
    public EdgeSlots Edges { get; } = new(activities);

    public ActivityTally Nodes { get; } = new(activities, withStats);

    public long[] NodeEvents => Nodes.Events;

    public long[] NodeCustomers => Nodes.Customers;

    public long[] Starts { get; } = new long[activities];

    public long[] Ends { get; } = new long[activities];

    public long Customers { get; private set; }

    public long Events { get; private set; }

    public void Visit(in CustomerView customer)
    {
        var acts = customer.Activity;
        var ticks = customer.Ticks;
        var id = customer.Customer;
        Customers++;
        Events += acts.Length;
        Starts[acts[0]]++;
        Ends[acts[^1]]++;
        Nodes.Count(acts, ticks, id);
        for (var i = 1; i < acts.Length; i++)
        {
            var slot = Edges.SlotOf(acts[i - 1], acts[i]);
            ref var edge = ref Edges.Tallies[slot];
            edge.Events++;
            // Without a branch: whether the customer already took this edge follows no pattern (a second journey
            // repeats the first's edges), and the mispredicted jump cost more than the add.
            edge.Customers += edge.LastCustomer != id ? 1 : 0;
            edge.LastCustomer = id;
            if (edge.Used == edge.Block.Length)
            {
                Edges.NextBlock(slot);
            }

            edge.Block[edge.Used++] = ticks[i] - ticks[i - 1];
        }
    }

    public void Merge(FlowVisitor other)
    {
        Nodes.Merge(other.Nodes);
        for (var a = 0; a < Starts.Length; a++)
        {
            Starts[a] += other.Starts[a];
            Ends[a] += other.Ends[a];
        }

        other.Edges.Flush();
        for (var s = 0; s < other.Edges.Count; s++)
        {
            var slot = Edges.SlotOf(other.Edges.From(s), other.Edges.To(s));
            ref var edge = ref Edges.Tallies[slot];
            edge.Events += other.Edges.Tallies[s].Events;
            edge.Customers += other.Edges.Tallies[s].Customers;
            if (other.Edges.Durations[s] is { } durations)
            {
                (Edges.Durations[slot] ??= new LongList()).MoveFrom(durations);
            }
        }

        Customers += other.Customers;
        Events += other.Events;
    }
}
