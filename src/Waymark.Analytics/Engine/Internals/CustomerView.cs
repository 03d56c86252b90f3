namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// One customer's (filtered) events as parallel spans, in time order. Where each event sits in the log (for its
/// properties) is <see cref="Offset"/> + i for an unfiltered view, else <see cref="Indices"/>[i].
/// </summary>
internal readonly ref struct CustomerView(
    int customer,
    ReadOnlySpan<ushort> activity,
    ReadOnlySpan<long> ticks,
    ReadOnlySpan<ushort> channel,
    int offset = 0,
    ReadOnlySpan<int> indices = default)
{
    public int Customer { get; } = customer;

    public ReadOnlySpan<ushort> Activity { get; } = activity;

    public ReadOnlySpan<long> Ticks { get; } = ticks;

    public ReadOnlySpan<ushort> Channel { get; } = channel;

    public int Offset { get; } = offset;

    public ReadOnlySpan<int> Indices { get; } = indices;

    public int Length => Activity.Length;

    /// <summary>The log index of event i of this view.</summary>
    public int EventIndex(int i) => Indices.IsEmpty ? Offset + i : Indices[i];

    public CustomerView Slice(int start, int length) => new(
        Customer, Activity.Slice(start, length), Ticks.Slice(start, length), Channel.Slice(start, length),
        Offset + start, Indices.IsEmpty ? default : Indices.Slice(start, length));
}
