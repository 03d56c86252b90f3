using Waymark.Analytics.Events;
using Waymark.Analytics.Mapping;
using Waymark.Analytics.Text;
using Waymark.Core.Maps;

namespace Waymark.Analytics.Feedback;

/// <summary>
/// Places feedback on a map's steps (docs/analytics.md, "Voice of the customer"): its explicit step when the map
/// has it, else a step bound to its explicit activity, else the step of the customer's nearest preceding bound
/// event within the window, else the first step (map order) whose keyword its text holds as a whole word.
/// </summary>
public sealed class FeedbackPlacer
{
    private readonly EventLog _log;
    private readonly StepMatcher _matcher;
    private readonly Dictionary<string, int> _stepIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _activityStep = new(StringComparer.Ordinal);
    private readonly List<(int Step, string Keyword)> _keywords = [];
    private readonly long _window;

    public FeedbackPlacer(EventLog log, JourneyMap map, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(map);
        _log = log;
        _matcher = StepMatcher.Compile(log, map);
        _window = window.Ticks;
        var step = 0;
        foreach (var s in map.AllSteps())
        {
            _stepIndex.TryAdd(s.Id, step);
            foreach (var activity in s.Binding?.Activities ?? [])
            {
                _activityStep.TryAdd(activity, step);
            }

            foreach (var keyword in s.Binding?.Keywords ?? [])
            {
                if (!string.IsNullOrWhiteSpace(keyword))
                {
                    _keywords.Add((step, keyword));
                }
            }

            step++;
        }
    }

    /// <summary>Step ids in map order (the indexes a <see cref="Placement"/> refers to).</summary>
    public IReadOnlyList<string> StepIds => _matcher.StepIds;

    internal StepMatcher Matcher => _matcher;

    public Placement Place(FeedbackItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.StepId is { } stepId && _stepIndex.TryGetValue(stepId, out var explicitStep))
        {
            return new Placement(explicitStep, PlacementMethod.Step);
        }

        if (item.Activity is { } activity && _activityStep.TryGetValue(activity, out var activityStep))
        {
            return new Placement(activityStep, PlacementMethod.Activity);
        }

        if (ByEvent(item) is { } eventStep)
        {
            return new Placement(eventStep, PlacementMethod.Event);
        }

        foreach (var (step, keyword) in _keywords)
        {
            if (TopicIndex.Mentions(item.Text, keyword))
            {
                return new Placement(step, PlacementMethod.Keyword);
            }
        }

        return Placement.None;
    }

    public Placement[] PlaceAll(IReadOnlyList<FeedbackItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var result = new Placement[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            result[i] = Place(items[i]);
        }

        return result;
    }

    /// <summary>The step of the customer's last bound event at or before the feedback and no older than the window.</summary>
    private int? ByEvent(FeedbackItem item)
    {
        if (string.IsNullOrEmpty(item.CustomerId) || _log.Customers.IdOf(item.CustomerId) is var customer && customer < 0)
        {
            return null;
        }

        var start = _log.CustomerStart[customer];
        var end = _log.CustomerStart[customer + 1];
        var ticks = _log.Ticks;
        var last = UpperBound(ticks, start, end, item.UtcTicks) - 1;
        var oldest = item.UtcTicks - _window;
        for (var e = last; e >= start && ticks[e] >= oldest; e--)
        {
            if (_matcher.StepOf(e, 0) is var step && step >= 0)
            {
                return step;
            }
        }

        return null;
    }

    /// <summary>The first index in [start, end) whose time is after <paramref name="at"/>.</summary>
    private static int UpperBound(long[] ticks, int start, int end, long at)
    {
        var (lo, hi) = (start, end);
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (ticks[mid] <= at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
