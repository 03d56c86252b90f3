namespace Waymark.Analytics.Engine;

/// <summary>
/// The process map's analyses over the same customers: the flow graph (<see cref="ActivityPercent"/>, <see cref="PathPercent"/>
/// as in <see cref="FlowOptions"/>), the <see cref="Top"/> variants (0: 10) and, with <see cref="WithStats"/>, the
/// activity statistics; all over the same customers of <see cref="Filter"/>.
/// </summary>
public readonly record struct ProcessOptions
{
    public EventFilter Filter { get; init; }

    public double ActivityPercent { get; init; }

    public double PathPercent { get; init; }

    public int Top { get; init; }

    public bool WithStats { get; init; }
}
