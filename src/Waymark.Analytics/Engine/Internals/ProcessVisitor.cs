namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// The process map's flow graph and variants from one pass: each customer's events are filtered once and read by
/// both. Used when the scope filters events (a map's steps, a period): the filter then costs more than the flow pass's
/// counters and the variants' table lose to each other in the caches.
/// </summary>
internal sealed class ProcessVisitor(int activities, bool withStats) : ICustomerVisitor<ProcessVisitor>
{
    public FlowVisitor Flow { get; } = new(activities, withStats);

    public VariantVisitor Variants { get; } = new();

    public void Visit(in CustomerView customer)
    {
        Flow.Visit(customer);
        Variants.Visit(customer);
    }

    public void Merge(ProcessVisitor other)
    {
        Flow.Merge(other.Flow);
        Variants.Merge(other.Variants);
    }
}
