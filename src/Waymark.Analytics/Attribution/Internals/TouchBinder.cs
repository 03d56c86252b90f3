using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;
using Waymark.Analytics.Overlay;

namespace Waymark.Analytics.Attribution.Internals;

/// <summary>
/// Which player an event touches: by channel, the channel (player = channel id - 1; no channel: none); by
/// touchpoint, the first bound step in map order whose binding the event matches (the overlay's own step specs,
/// property conditions included), in groups of at most 50 steps.
/// </summary>
internal sealed class TouchBinder
{
    private readonly FunnelSpec[] _groups = [];

    public TouchBinder(EventLog log, AttributionDimension by, IReadOnlyList<OverlayStep> steps)
    {
        By = by;
        if (by == AttributionDimension.Channel)
        {
            Names = [.. Enumerable.Range(1, Math.Max(0, log.Channels.Count - 1)).Select(id => log.Channels[id])];
            return;
        }

        var bound = steps.Where(s => s.Bound).ToList();
        Names = [.. bound.Select(s => s.Id)];
        var groups = new List<FunnelSpec>();
        for (var first = 0; first < bound.Count; first += FunnelOptions.MaxSteps)
        {
            var group = bound.GetRange(first, Math.Min(FunnelOptions.MaxSteps, bound.Count - first));
            var specSteps = FunnelPadding.AtLeastTwo([.. group.Select(OverlayEngine.ToFunnelStep)]);
            groups.Add(new FunnelSpec(log, new FunnelOptions { Steps = specSteps }));
        }

        _groups = [.. groups];
    }

    public AttributionDimension By { get; }

    /// <summary>Player names by player index.</summary>
    public string[] Names { get; }

    public int Count => Names.Length;

    /// <summary>The player event i of the view touches, or -1.</summary>
    public int PlayerOf(in CustomerView view, int i)
    {
        if (By == AttributionDimension.Channel)
        {
            return view.Channel[i] - 1;
        }

        for (var g = 0; g < _groups.Length; g++)
        {
            var mask = _groups[g].MaskOf(view, i);
            if (mask != 0)
            {
                return (g * FunnelOptions.MaxSteps) + System.Numerics.BitOperations.TrailingZeroCount(mask);
            }
        }

        return -1;
    }
}
