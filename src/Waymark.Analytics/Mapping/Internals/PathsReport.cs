using Waymark.Analytics.Events;

namespace Waymark.Analytics.Mapping.Internals;

/// <summary>Turns the merged accumulator into the public result: strongest transitions and hidden activities first.</summary>
internal static class PathsReport
{
    /// <param name="limit">The most transitions and hidden activities listed (0: all); the strongest are kept.</param>
    public static ActualPaths Build(EventLog log, StepMatcher matcher, PathsFunnel funnel, PathsVisitor merged, int limit)
    {
        var steps = matcher.StepCount;
        var size = steps + 1;
        var transitions = new List<(int From, int To, StepTransition Row)>(merged.Edges.Count);
        foreach (var (cell, tally) in merged.Edges)
        {
            var (from, to) = (cell / size, cell % size);
            var row = new StepTransition(
                from == steps ? null : matcher.StepIds[from], to == steps ? null : matcher.StepIds[to], tally.Customers, tally.Events);
            transitions.Add((from, to, row));
        }

        transitions.Sort((x, y) =>
            x.Row.Customers != y.Row.Customers ? y.Row.Customers.CompareTo(x.Row.Customers)
            : x.Row.Events != y.Row.Events ? y.Row.Events.CompareTo(x.Row.Events)
            : x.From != y.From ? Order(x.From, steps).CompareTo(Order(y.From, steps))
            : x.To.CompareTo(y.To));

        var unreached = new List<string>();
        for (var s = 0; s < steps; s++)
        {
            if (matcher.Bound[s] && merged.StepCustomers[s] == 0)
            {
                unreached.Add(matcher.StepIds[s]);
            }
        }

        var share = merged.Customers == 0 ? 0 : (double)merged.InOrder / merged.Customers;
        var hidden = Hidden(log, matcher, merged);
        var max = limit > 0 ? limit : int.MaxValue;
        return new ActualPaths(merged.Customers, [.. transitions.Take(max).Select(t => t.Row)], [.. hidden.Take(max)], unreached, share)
        {
            Truncated = transitions.Count > max || hidden.Count > max,
            TransitionCount = transitions.Count,
            Entered = merged.FunnelDepths.Skip(1).Sum(),
            Funnel = Funnel(funnel, merged),
        };
    }

    /// <summary>Each in-funnel step's reach and loss (from the depths) beside the customers whose path ends there.</summary>
    private static List<FunnelStepPaths> Funnel(PathsFunnel funnel, PathsVisitor merged)
    {
        var n = funnel.Count;
        var reached = new long[n + 1];
        for (var k = n - 1; k >= 0; k--)
        {
            reached[k] = merged.FunnelDepths[k + 1] + reached[k + 1];
        }

        var result = new List<FunnelStepPaths>(n);
        for (var step = 0; step < funnel.PositionOf.Length; step++)
        {
            var k = funnel.PositionOf[step];
            if (k < 0)
            {
                continue;
            }

            var ended = merged.Edges.TryGetValue((step * (merged.Steps + 1)) + merged.Steps, out var tally) ? tally.Customers : 0;
            result.Add(new FunnelStepPaths(funnel.StepIds[k], reached[k], k + 1 < n ? reached[k] - reached[k + 1] : null,
                ended, merged.FunnelLostAndEnded[k]));
        }

        return result;
    }

    private static List<HiddenActivity> Hidden(EventLog log, StepMatcher matcher, PathsVisitor merged)
    {
        var hidden = new List<HiddenActivity>();
        for (var a = 0; a < merged.ActivityEvents.Length; a++)
        {
            if (merged.ActivityEvents[a] > 0 && !matcher.BoundActivity[a])
            {
                hidden.Add(new HiddenActivity(log.Activities[a], merged.ActivityEvents[a], merged.ActivityCustomers[a]));
            }
        }

        hidden.Sort((x, y) =>
            x.Customers != y.Customers ? y.Customers.CompareTo(x.Customers)
            : x.Events != y.Events ? y.Events.CompareTo(x.Events)
            : string.CompareOrdinal(x.Name, y.Name));
        return hidden;
    }

    /// <summary>The journey start sorts before every step.</summary>
    private static int Order(int from, int steps) => from == steps ? -1 : from;
}
