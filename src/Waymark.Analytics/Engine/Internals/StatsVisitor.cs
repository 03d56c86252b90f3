namespace Waymark.Analytics.Engine.Internals;

/// <summary>Per-thread activity statistics: events, customers, repeaters and time to first occurrence.</summary>
internal sealed class StatsVisitor(int activities) : ICustomerVisitor<StatsVisitor>
{
    private readonly int[] _seen = new int[activities];
    private readonly int[] _stamp = CreateStamps(activities);

    public long[] Events { get; } = new long[activities];

    public long[] Customers { get; } = new long[activities];

    public long[] Repeaters { get; } = new long[activities];

    public LongList[] TimeToFirst { get; } = [.. Enumerable.Range(0, activities).Select(_ => new LongList())];

    public long TotalCustomers { get; private set; }

    public long TotalEvents { get; private set; }

    public void Visit(in CustomerView customer)
    {
        TotalCustomers++;
        TotalEvents += customer.Length;
        var first = customer.Ticks[0];
        for (var i = 0; i < customer.Length; i++)
        {
            var a = customer.Activity[i];
            Events[a]++;
            if (_stamp[a] != customer.Customer)
            {
                _stamp[a] = customer.Customer;
                _seen[a] = 1;
                Customers[a]++;
                TimeToFirst[a].Add(customer.Ticks[i] - first);
            }
            else if (_seen[a]++ == 1)
            {
                Repeaters[a]++;
            }
        }
    }

    public void Merge(StatsVisitor other)
    {
        for (var a = 0; a < Events.Length; a++)
        {
            Events[a] += other.Events[a];
            Customers[a] += other.Customers[a];
            Repeaters[a] += other.Repeaters[a];
            TimeToFirst[a].MoveFrom(other.TimeToFirst[a]);
        }

        TotalCustomers += other.TotalCustomers;
        TotalEvents += other.TotalEvents;
    }

    private static int[] CreateStamps(int count)
    {
        var stamps = new int[count];
        Array.Fill(stamps, -1);
        return stamps;
    }
}
