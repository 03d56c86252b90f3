using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// A customer's breakdown group id: the attribute value id, or the channel id of the event that started the best
/// attempt; -1 for none (no breakdown, or no value). Also names the ids and orders the groups as the report does.
/// </summary>
internal sealed class FunnelGroupKey(EventLog log, FunnelBreakdown breakdown)
{
    private readonly int _attributeKey = breakdown.AttributeKey is null ? -1 : log.Attributes.Keys.IdOf(breakdown.AttributeKey);

    public int Of(in CustomerView customer, int startIndex) => breakdown.Kind switch
    {
        BreakdownKind.Attribute => _attributeKey < 0 ? -1 : log.Attributes.ValueId(customer.Customer, _attributeKey),
        BreakdownKind.FirstStepChannel => startIndex >= 0 && customer.Channel[startIndex] is var channel && channel != 0 ? channel : -1,
        _ => -1,
    };

    public string NameOf(int group) => group < 0 ? FunnelBreakdown.NoneGroup
        : breakdown.Kind == BreakdownKind.Attribute ? log.Attributes.Values[group] : log.Channels[group];

    /// <summary>Groups by customers at the first step (most first), then by name (ordinal).</summary>
    public List<(int Group, string Name)> Order(IEnumerable<(int Group, long First)> groups) =>
    [
        .. groups.Select(g => (g.Group, Name: NameOf(g.Group), g.First))
            .OrderByDescending(g => g.First).ThenBy(g => g.Name, StringComparer.Ordinal)
            .Select(g => (g.Group, g.Name)),
    ];
}
