using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>Per-thread funnel accumulator: matches each customer and tallies it into its breakdown group.</summary>
internal sealed class FunnelVisitor(EventLog log, FunnelSpec spec, FunnelBreakdown breakdown) : ICustomerVisitor<FunnelVisitor>
{
    private readonly FunnelMatcher _matcher = new(spec);
    private FunnelTally? _none;
    private readonly int _attributeKey = breakdown.AttributeKey is null ? -1 : log.Attributes.Keys.IdOf(breakdown.AttributeKey);

    /// <summary>Tallies by group id: attribute value id or channel id; -1 for none (no breakdown, or no value).</summary>
    public Dictionary<int, FunnelTally> Groups { get; } = [];

    public void Visit(in CustomerView customer)
    {
        var outcome = _matcher.Match(customer);
        if (outcome == FunnelOutcome.None)
        {
            return;
        }

        var tally = TallyOf(GroupOf(customer));
        if (outcome == FunnelOutcome.Excluded)
        {
            tally.Excluded++;
            return;
        }

        tally.Add(_matcher.Reached, _matcher.BestTimes);
    }

    public void Merge(FunnelVisitor other)
    {
        foreach (var (group, tally) in other.Groups)
        {
            TallyOf(group).Merge(tally);
            tally.Release();
        }
    }

    private int GroupOf(in CustomerView customer) => breakdown.Kind switch
    {
        BreakdownKind.Attribute => _attributeKey < 0 ? -1 : log.Attributes.ValueId(customer.Customer, _attributeKey),
        BreakdownKind.FirstStepChannel => customer.Channel[_matcher.StartIndex] is var channel && channel != 0 ? channel : -1,
        _ => -1,
    };

    private FunnelTally TallyOf(int group)
    {
        if (group == -1 && _none is not null)
        {
            return _none;
        }

        if (!Groups.TryGetValue(group, out var tally))
        {
            tally = new FunnelTally(spec.StepCount);
            Groups[group] = tally;
            _none = group == -1 ? tally : _none;
        }

        return tally;
    }
}
