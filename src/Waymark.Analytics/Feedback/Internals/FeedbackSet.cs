using Waymark.Analytics.Events;
using Waymark.Analytics.Text;
using Waymark.Core.Maps;

namespace Waymark.Analytics.Feedback.Internals;

/// <summary>
/// The feedback that counts for one request (in the time range and, with a segment, from its customers) placed on
/// the map: indexes into the caller's items, grouped by step, with each item's customer in the log.
/// </summary>
internal sealed class FeedbackSet
{
    private FeedbackSet(JourneyMap map, IReadOnlyList<FeedbackItem> items, IReadOnlyList<TextAnalysis> analyses, FeedbackPlacer placer)
    {
        Map = map;
        Items = items;
        Analyses = analyses;
        StepIds = placer.StepIds;
        Placements = new Placement[items.Count];
        CustomerOf = new int[items.Count];
        ByStep = [.. StepIds.Select(_ => new List<int>())];
    }

    public JourneyMap Map { get; }

    public IReadOnlyList<FeedbackItem> Items { get; }

    public IReadOnlyList<TextAnalysis> Analyses { get; }

    public IReadOnlyList<string> StepIds { get; }

    /// <summary>Per item; unplaced for items that do not count.</summary>
    public Placement[] Placements { get; }

    /// <summary>Per item: the customer's index in the log, or -1.</summary>
    public int[] CustomerOf { get; }

    /// <summary>Indexes of the items that count, in input order.</summary>
    public List<int> Counted { get; } = [];

    /// <summary>Per step (map order): indexes of the counted items placed there.</summary>
    public List<int>[] ByStep { get; }

    public CustomerFacts? Facts { get; private init; }

    /// <param name="facts">The customers in scope; required when the options hold a segment.</param>
    public static FeedbackSet Build(EventLog log, JourneyMap map, IReadOnlyList<FeedbackItem> items, IReadOnlyList<TextAnalysis> analyses,
        in FeedbackOptions options, FeedbackPlacer placer, CustomerFacts? facts)
    {
        if (analyses.Count != items.Count)
        {
            throw new ArgumentException($"{analyses.Count} analyses for {items.Count} feedback items; give one per item", nameof(analyses));
        }

        var set = new FeedbackSet(map, items, analyses, placer) { Facts = facts };
        var from = options.Filter.From?.UtcTicks ?? long.MinValue;
        var to = options.Filter.To?.UtcTicks ?? long.MaxValue;
        var segment = options.HasSegment;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var customer = string.IsNullOrEmpty(item.CustomerId) ? -1 : log.Customers.IdOf(item.CustomerId);
            set.CustomerOf[i] = customer;
            set.Placements[i] = Placement.None;
            if (item.UtcTicks < from || item.UtcTicks >= to || (segment && (customer < 0 || facts?.InScope(customer) != true)))
            {
                continue;
            }

            set.Counted.Add(i);
            var placement = placer.Place(item);
            set.Placements[i] = placement;
            if (placement.IsPlaced)
            {
                set.ByStep[placement.Step].Add(i);
            }
        }

        return set;
    }

    public bool HasText(int item) => !string.IsNullOrWhiteSpace(Items[item].Text);
}
