namespace Waymark.Analytics.Engine.Internals;

/// <summary>One customer's (filtered) events as parallel spans, in time order.</summary>
internal readonly ref struct CustomerView(int customer, ReadOnlySpan<ushort> activity, ReadOnlySpan<long> ticks, ReadOnlySpan<ushort> channel)
{
    public int Customer { get; } = customer;

    public ReadOnlySpan<ushort> Activity { get; } = activity;

    public ReadOnlySpan<long> Ticks { get; } = ticks;

    public ReadOnlySpan<ushort> Channel { get; } = channel;

    public int Length => Activity.Length;

    public CustomerView Slice(int start, int length) =>
        new(Customer, Activity.Slice(start, length), Ticks.Slice(start, length), Channel.Slice(start, length));
}
