namespace Waymark.Analytics.Events.Internals;

/// <summary>
/// Event columns in input order, in arrays that can be sized ahead (from the file size) so they rarely grow. While
/// the input stays grouped by customer (each customer's events together, customers in order of first appearance)
/// no per-event customer column is kept and the arrays become the log's columns as they are.
/// </summary>
internal sealed class InputColumns
{
    private int[]? _customer;
    private int _lastCustomer = -1;

    public long[] Ticks { get; private set; } = new long[1024];

    public ushort[] Activity { get; private set; } = new ushort[1024];

    public ushort[] Channel { get; private set; } = new ushort[1024];

    /// <summary>Null until some event has properties.</summary>
    public int[]? PropertySet { get; private set; }

    /// <summary>Customer of each event; only kept once the input is not grouped.</summary>
    public int[] Customer => _customer ?? throw new InvalidOperationException("The input is grouped: no customer column.");

    /// <summary>Where each customer's events start, valid while <see cref="Grouped"/>.</summary>
    public List<int> GroupStarts { get; } = [];

    public bool Grouped { get; private set; } = true;

    public int Count { get; private set; }

    public int Capacity => Ticks.Length;

    public void EnsureCapacity(int capacity)
    {
        if (capacity > Ticks.Length)
        {
            Resize(capacity);
        }
    }

    public void Append(int customer, long ticks, ushort activity, ushort channel, int propertySet)
    {
        if (Count == Ticks.Length)
        {
            Resize(Math.Max(1024, Count * 2));
        }

        if (customer != _lastCustomer)
        {
            NoteCustomerChange(customer);
        }

        if (_customer is not null)
        {
            _customer[Count] = customer;
        }

        Ticks[Count] = ticks;
        Activity[Count] = activity;
        Channel[Count] = channel;
        if (propertySet != 0)
        {
            (PropertySet ??= new int[Ticks.Length])[Count] = propertySet;
        }

        Count++;
    }

    /// <summary>Appends events without properties as whole columns; the same as appending them one by one.</summary>
    public void AppendRows(ReadOnlySpan<int> customers, ReadOnlySpan<long> ticks, ReadOnlySpan<ushort> activity, ReadOnlySpan<ushort> channel)
    {
        var start = Count;
        var count = customers.Length;
        if (start + count > Ticks.Length)
        {
            Resize(Math.Max(Math.Max(1024, start * 2), start + count));
        }

        for (var i = 0; i < count; i++)
        {
            if (customers[i] != _lastCustomer)
            {
                // Noted at its own position: a group start, or the point where the input stops being grouped.
                Count = start + i;
                NoteCustomerChange(customers[i]);
            }
        }

        if (_customer is not null)
        {
            customers.CopyTo(_customer.AsSpan(start));
        }

        ticks.CopyTo(Ticks.AsSpan(start));
        activity.CopyTo(Activity.AsSpan(start));
        channel.CopyTo(Channel.AsSpan(start));
        Count = start + count;
    }

    /// <summary>Gives the columns up at exactly <see cref="Count"/> length when they are much larger.</summary>
    public void TrimExcess()
    {
        if (Ticks.Length > Count + (Count / 16) + 1024)
        {
            Resize(Count);
        }
    }

    private void NoteCustomerChange(int customer)
    {
        // Ids are given in order of first appearance, so a grouped input only ever moves on to the next new id.
        if (Grouped && customer == GroupStarts.Count)
        {
            GroupStarts.Add(Count);
        }
        else if (Grouped)
        {
            Grouped = false;
            BackFillCustomers();
        }

        _lastCustomer = customer;
    }

    private void BackFillCustomers()
    {
        _customer = new int[Ticks.Length];
        for (var group = 0; group < GroupStarts.Count; group++)
        {
            var end = group + 1 < GroupStarts.Count ? GroupStarts[group + 1] : Count;
            _customer.AsSpan(GroupStarts[group], end - GroupStarts[group]).Fill(group);
        }
    }

    private void Resize(int size)
    {
        var ticks = Ticks;
        var activity = Activity;
        var channel = Channel;
        Array.Resize(ref ticks, size);
        Array.Resize(ref activity, size);
        Array.Resize(ref channel, size);
        (Ticks, Activity, Channel) = (ticks, activity, channel);
        if (PropertySet is { } sets)
        {
            Array.Resize(ref sets, size);
            PropertySet = sets;
        }

        if (_customer is not null)
        {
            Array.Resize(ref _customer, size);
        }
    }
}
