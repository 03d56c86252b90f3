namespace Waymark.Analytics.Engine.Internals;

/// <summary>Per-thread activity statistics: events, customers, repeaters and time to first occurrence.</summary>
internal sealed class StatsVisitor(int activities) : ICustomerVisitor<StatsVisitor>
{
    public ActivityTally Tally { get; } = new(activities, withFirstTimes: true);

    public long TotalCustomers { get; private set; }

    public long TotalEvents { get; private set; }

    public void Visit(in CustomerView customer)
    {
        TotalCustomers++;
        TotalEvents += customer.Length;
        Tally.Count(customer.Activity, customer.Ticks, customer.Customer);
    }

    public void Merge(StatsVisitor other)
    {
        Tally.Merge(other.Tally);
        TotalCustomers += other.TotalCustomers;
        TotalEvents += other.TotalEvents;
    }
}
