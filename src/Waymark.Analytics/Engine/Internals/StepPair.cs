using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Two steps (the first and second; either may be "any event") matched per event exactly as a funnel matches its
/// steps, activities, conditions and alternatives alike, by reusing the funnel's compiled spec.
/// </summary>
internal sealed class StepPair
{
    private static readonly FunnelStep Nothing = new("(any event)", []);
    private readonly FunnelSpec _spec;
    private readonly bool _anyFirst;
    private readonly bool _anySecond;

    public StepPair(EventLog log, FunnelStep? first, FunnelStep? second)
    {
        _spec = new FunnelSpec(log, new FunnelOptions { Steps = [first ?? Nothing, second ?? Nothing] });
        _anyFirst = first is null;
        _anySecond = second is null;
    }

    public bool IsFirst(in CustomerView view, int i) => _anyFirst || (_spec.MaskOf(view, i) & 1UL) != 0;

    public bool IsSecond(in CustomerView view, int i) => _anySecond || (_spec.MaskOf(view, i) & 2UL) != 0;
}
