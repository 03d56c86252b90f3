using System.Runtime.InteropServices;
using Waymark.Analytics.Engine.Internals;

namespace Waymark.Analytics.Mapping.Internals;

/// <summary>
/// Per-thread accumulator of the actual paths. Transitions are kept only where customers moved, keyed by
/// from * (steps + 1) + to (from <c>steps</c> is the journey start, to <c>steps</c> its end): real journeys use few
/// of the (steps + 1)² pairs, so memory follows the moves made, not the map's size squared. Distinct customers are
/// counted with per-edge stamps.
/// </summary>
internal sealed class PathsVisitor
{
    private readonly int _size;
    private readonly int[] _activityStamp;
    private readonly int[] _stepStamp;
    private readonly PathsFunnel _funnel;
    private readonly FunnelMatcher? _matcher;
    private int[] _path = new int[64];

    public PathsVisitor(int steps, int activities, PathsFunnel funnel)
    {
        _funnel = funnel;
        _matcher = funnel.NewMatcher();
        FunnelDepths = new long[funnel.Count + 1];
        FunnelLostAndEnded = new long[funnel.Count];
        _size = steps + 1;
        StepCustomers = new long[steps];
        _stepStamp = Stamps(steps);
        ActivityEvents = new long[activities];
        ActivityCustomers = new long[activities];
        _activityStamp = Stamps(activities);
    }

    /// <summary>Per transition made (from * (steps + 1) + to): moves and distinct customers.</summary>
    public Dictionary<int, EdgeTally> Edges { get; } = [];

    public long[] StepCustomers { get; }

    public long[] ActivityEvents { get; }

    public long[] ActivityCustomers { get; }

    public long Customers { get; private set; }

    /// <summary>Customers by how many in-funnel steps they reached in order (index 0: not at the entry step).</summary>
    public long[] FunnelDepths { get; }

    /// <summary>Per in-funnel step: customers lost there (reached it, not the next) whose path ends there.</summary>
    public long[] FunnelLostAndEnded { get; }

    public long InOrder { get; private set; }

    public int Steps => _size - 1;

    /// <summary>Counts one customer's activities (every kept event) and its collapsed step path.</summary>
    public void CountActivity(int customer, int activity)
    {
        ActivityEvents[activity]++;
        if (_activityStamp[activity] != customer)
        {
            _activityStamp[activity] = customer;
            ActivityCustomers[activity]++;
        }
    }

    /// <summary>One customer's path: the steps seen in time order, consecutive repeats already collapsed.</summary>
    public void CountPath(int customer, ReadOnlySpan<int> path)
    {
        if (path.IsEmpty)
        {
            return;
        }

        Customers++;
        var inOrder = true;
        var from = Steps;
        foreach (var step in path)
        {
            inOrder &= from == Steps || step >= from;
            Edge(customer, from, step);
            if (_stepStamp[step] != customer)
            {
                _stepStamp[step] = customer;
                StepCustomers[step]++;
            }

            from = step;
        }

        Edge(customer, from, Steps);
        InOrder += inOrder ? 1 : 0;
    }

    /// <summary>Where the customer got to in the overlay's funnel, read against the last step of their path.</summary>
    public void CountFunnel(in CustomerView view, int lastStep)
    {
        var depth = _funnel.Depth(_matcher, view);
        FunnelDepths[depth]++;
        if (depth > 0 && depth < _funnel.Count && _funnel.PositionOf[lastStep] == depth - 1)
        {
            FunnelLostAndEnded[depth - 1]++;
        }
    }

    public void Merge(PathsVisitor other)
    {
        foreach (var (cell, tally) in other.Edges)
        {
            ref var into = ref CollectionsMarshal.GetValueRefOrAddDefault(Edges, cell, out _);
            into.Events += tally.Events;
            into.Customers += tally.Customers;
        }

        Add(StepCustomers, other.StepCustomers);
        Add(ActivityEvents, other.ActivityEvents);
        Add(ActivityCustomers, other.ActivityCustomers);
        Add(FunnelDepths, other.FunnelDepths);
        Add(FunnelLostAndEnded, other.FunnelLostAndEnded);
        Customers += other.Customers;
        InOrder += other.InOrder;
    }

    /// <summary>A scratch buffer for one customer's path, grown on demand.</summary>
    public int[] PathBuffer(int length) => length <= _path.Length ? _path : _path = new int[length * 2];

    private void Edge(int customer, int from, int to)
    {
        ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(Edges, (from * _size) + to, out var exists);
        tally.Events++;
        // Stamps hold customer + 1, so a new entry (0) never matches customer 0.
        if (!exists || tally.Stamp != customer + 1)
        {
            tally.Stamp = customer + 1;
            tally.Customers++;
        }
    }

    private static void Add(long[] into, long[] from)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] += from[i];
        }
    }

    private static int[] Stamps(int count)
    {
        var stamps = new int[count];
        Array.Fill(stamps, -1);
        return stamps;
    }

    /// <summary>One transition's moves, distinct customers, and the last customer counted (+1) on this thread.</summary>
    public struct EdgeTally
    {
        public long Events;
        public long Customers;
        public int Stamp;
    }
}
