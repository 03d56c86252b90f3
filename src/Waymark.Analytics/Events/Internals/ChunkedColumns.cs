namespace Waymark.Analytics.Events.Internals;

/// <summary>
/// Event columns in input order, in fixed-size chunks so that appending never copies old data. It also notices
/// when the input is already grouped by customer (each customer's events together, customers in order of first
/// appearance), which lets the log be built by plain copies.
/// </summary>
internal sealed class ChunkedColumns
{
    public const int ChunkShift = 16;
    public const int ChunkSize = 1 << ChunkShift;

    private int[] _customer = [];
    private long[] _ticks = [];
    private ushort[] _activity = [];
    private ushort[] _channel = [];
    private int _at = ChunkSize;
    private int _lastCustomer = -1;

    public List<int[]> Customer { get; } = [];

    public List<long[]> Ticks { get; } = [];

    public List<ushort[]> Activity { get; } = [];

    public List<ushort[]> Channel { get; } = [];

    /// <summary>Null chunks where no event of the chunk has properties.</summary>
    public List<int[]?> PropertySet { get; } = [];

    /// <summary>Where each customer's events start, valid while <see cref="Grouped"/>.</summary>
    public List<int> GroupStarts { get; } = [];

    public bool Grouped { get; private set; } = true;

    public int Count { get; private set; }

    public bool AnyProperties { get; private set; }

    public void Append(int customer, long ticks, ushort activity, ushort channel, int propertySet)
    {
        if (_at == ChunkSize)
        {
            AddChunk();
        }

        if (customer != _lastCustomer)
        {
            NoteCustomerChange(customer);
        }

        _customer[_at] = customer;
        _ticks[_at] = ticks;
        _activity[_at] = activity;
        _channel[_at] = channel;
        if (propertySet != 0)
        {
            (PropertySet[^1] ??= new int[ChunkSize])[_at] = propertySet;
            AnyProperties = true;
        }

        _at++;
        Count++;
    }

    private void NoteCustomerChange(int customer)
    {
        // Ids are given in order of first appearance, so a grouped input only ever moves on to the next new id.
        if (Grouped && customer == GroupStarts.Count)
        {
            GroupStarts.Add(Count);
        }
        else
        {
            Grouped = false;
        }

        _lastCustomer = customer;
    }

    private void AddChunk()
    {
        _customer = new int[ChunkSize];
        _ticks = new long[ChunkSize];
        _activity = new ushort[ChunkSize];
        _channel = new ushort[ChunkSize];
        Customer.Add(_customer);
        Ticks.Add(_ticks);
        Activity.Add(_activity);
        Channel.Add(_channel);
        PropertySet.Add(null);
        _at = 0;
    }
}
