namespace Waymark.Analytics.Engine.Internals;

/// <summary>The flow, variant and (optionally) stats accumulators fed by one pass, so the three see the same customers
/// and the log is read and filtered once.</summary>
internal sealed class ProcessVisitor(int activities, bool withStats) : ICustomerVisitor<ProcessVisitor>
{
    public FlowVisitor Flow { get; } = new(activities);

    public VariantVisitor Variants { get; } = new();

    public StatsVisitor? Stats { get; } = withStats ? new StatsVisitor(activities) : null;

    public void Visit(in CustomerView customer)
    {
        Flow.Visit(customer);
        Variants.Visit(customer);
        Stats?.Visit(customer);
    }

    public void Merge(ProcessVisitor other)
    {
        Flow.Merge(other.Flow);
        Variants.Merge(other.Variants);
        if (other.Stats is { } stats)
        {
            Stats?.Merge(stats);
        }
    }
}
