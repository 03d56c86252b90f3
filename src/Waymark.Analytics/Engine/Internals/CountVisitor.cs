namespace Waymark.Analytics.Engine.Internals;

/// <summary>Per-thread count of the customers a filter admits (the pass skips the others before visiting).</summary>
internal sealed class CountVisitor : ICustomerVisitor<CountVisitor>
{
    public long Customers { get; private set; }

    public void Visit(in CustomerView customer) => Customers++;

    public void Merge(CountVisitor other) => Customers += other.Customers;
}
