using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Feedback.Search;

/// <summary>
/// Conditions of the explorer that need the event log or a map, resolved to items: a segment's customers (judged by
/// the overlay's own pass, as the map's feedback figures judge them) and the steps items are placed on.
/// </summary>
public static class FeedbackScope
{
    /// <summary>The items whose customer the filter admits (its time range and customer conditions, as the overlay's).</summary>
    public static ItemSet Customers(EventLog log, in EventFilter filter, IReadOnlyList<FeedbackItem> items, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(items);
        var admitted = new bool[log.CustomerCount];
        CustomerPass.Run(log, new CompiledFilter(log, filter), () => new Admitted(admitted), ct);
        var set = new ItemSet(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].CustomerId is { Length: > 0 } id && log.Customers.IdOf(id) is var c && c >= 0 && admitted[c])
                set.Add(i);
        }
        return set;
    }

    /// <summary>The items placed on any of the steps (indexes in map order) by <paramref name="placements"/>.</summary>
    public static ItemSet OnSteps(IReadOnlyList<Placement> placements, IReadOnlySet<int> steps)
    {
        ArgumentNullException.ThrowIfNull(placements);
        ArgumentNullException.ThrowIfNull(steps);
        var set = new ItemSet(placements.Count);
        for (var i = 0; i < placements.Count; i++)
        {
            if (placements[i].IsPlaced && steps.Contains(placements[i].Step))
                set.Add(i);
        }
        return set;
    }

    /// <summary>Each customer is visited by one thread only, so the shared array is written without locks.</summary>
    private sealed class Admitted(bool[] admitted) : ICustomerVisitor<Admitted>
    {
        public void Visit(in CustomerView customer) => admitted[customer.Customer] = true;

        public void Merge(Admitted other)
        {
        }
    }
}
