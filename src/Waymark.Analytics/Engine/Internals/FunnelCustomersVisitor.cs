using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// Per-thread list of the customers behind one funnel bar, matched exactly as <see cref="FunnelVisitor"/> does, and
/// the first-step customers per breakdown group (to tell the groups shown from "other" as the report folds them).
/// </summary>
internal sealed class FunnelCustomersVisitor(EventLog log, FunnelSpec spec, FunnelBreakdown breakdown, FunnelCustomerQuery query)
    : ICustomerVisitor<FunnelCustomersVisitor>
{
    private readonly FunnelMatcher _matcher = new(spec);
    private readonly FunnelGroupKey _groups = new(log, breakdown);

    public Dictionary<int, long> FirstStep { get; } = [];

    public List<Hit> Hits { get; } = [];

    public void Visit(in CustomerView customer)
    {
        if (_matcher.Match(customer) != FunnelOutcome.Matched)
        {
            return;
        }

        var group = _groups.Of(customer, _matcher.StartIndex);
        FirstStep[group] = FirstStep.GetValueOrDefault(group) + 1;
        var reached = _matcher.Reached;
        if (reached > query.Step && (!query.Dropped || reached == query.Step + 1))
        {
            Hits.Add(new Hit(customer.Customer, group, reached, _matcher.BestTimes[0], _matcher.BestTimes[reached - 1]));
        }
    }

    public void Merge(FunnelCustomersVisitor other)
    {
        foreach (var (group, count) in other.FirstStep)
        {
            FirstStep[group] = FirstStep.GetValueOrDefault(group) + count;
        }

        Hits.AddRange(other.Hits);
    }

    /// <summary>The groups whose customers are listed for <paramref name="name"/>: one group, or all folded into "other".</summary>
    public Func<int, bool> GroupFilter(string? name)
    {
        if (name is null || breakdown.Kind == BreakdownKind.None)
        {
            return _ => true;
        }

        var ordered = _groups.Order(FirstStep.Select(pair => (pair.Key, pair.Value)));
        var shown = ordered.Take(breakdown.EffectiveLimit).ToList();
        if (name == FunnelBreakdown.OtherGroup && ordered.Count > shown.Count)
        {
            var top = shown.Select(g => g.Group).ToHashSet();
            return group => !top.Contains(group);
        }

        var match = shown.FindIndex(g => g.Name == name);
        return match < 0 ? _ => false : group => group == shown[match].Group;
    }

    internal readonly record struct Hit(int Customer, int Group, int Reached, long Start, long Last);
}
