namespace Waymark.Analytics.Engine.Internals;

/// <summary>A per-thread accumulator of one analysis: visits customers, then merges with the other threads'.</summary>
internal interface ICustomerVisitor<in TSelf>
{
    public void Visit(in CustomerView customer);

    public void Merge(TSelf other);
}
