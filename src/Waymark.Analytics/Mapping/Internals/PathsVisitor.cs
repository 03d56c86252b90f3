namespace Waymark.Analytics.Mapping.Internals;

/// <summary>
/// Per-thread accumulator of the actual paths. Transitions live in a (steps + 1)² matrix: row <c>steps</c> is the
/// journey start, column <c>steps</c> the journey end. Distinct customers are counted with per-cell stamps.
/// </summary>
internal sealed class PathsVisitor
{
    private readonly int _size;
    private readonly int[] _edgeStamp;
    private readonly int[] _activityStamp;
    private readonly int[] _stepStamp;
    private int[] _path = new int[64];

    public PathsVisitor(int steps, int activities)
    {
        _size = steps + 1;
        EdgeEvents = new long[_size * _size];
        EdgeCustomers = new long[_size * _size];
        _edgeStamp = Stamps(_size * _size);
        StepCustomers = new long[steps];
        _stepStamp = Stamps(steps);
        ActivityEvents = new long[activities];
        ActivityCustomers = new long[activities];
        _activityStamp = Stamps(activities);
    }

    public long[] EdgeEvents { get; }

    public long[] EdgeCustomers { get; }

    public long[] StepCustomers { get; }

    public long[] ActivityEvents { get; }

    public long[] ActivityCustomers { get; }

    public long Customers { get; private set; }

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

    public void Merge(PathsVisitor other)
    {
        Add(EdgeEvents, other.EdgeEvents);
        Add(EdgeCustomers, other.EdgeCustomers);
        Add(StepCustomers, other.StepCustomers);
        Add(ActivityEvents, other.ActivityEvents);
        Add(ActivityCustomers, other.ActivityCustomers);
        Customers += other.Customers;
        InOrder += other.InOrder;
    }

    /// <summary>A scratch buffer for one customer's path, grown on demand.</summary>
    public int[] PathBuffer(int length) => length <= _path.Length ? _path : _path = new int[length * 2];

    private void Edge(int customer, int from, int to)
    {
        var cell = (from * _size) + to;
        EdgeEvents[cell]++;
        if (_edgeStamp[cell] != customer)
        {
            _edgeStamp[cell] = customer;
            EdgeCustomers[cell]++;
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
}
