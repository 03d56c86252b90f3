using Waymark.Analytics.Events;
using Waymark.Analytics.Mapping.Internals;
using Waymark.Core.Maps;

namespace Waymark.Analytics.Mapping;

/// <summary>
/// The map's steps laid over the event log: how customers really moved between the steps (actual paths), one
/// customer's timeline placed on the steps, and customer look-up. The binding rule is <see cref="StepMatcher"/>'s.
/// </summary>
public static class MapEvidence
{
    /// <summary>The most events a timeline returns (the rest are counted in <see cref="CustomerTimeline.TotalEvents"/>).</summary>
    public const int TimelineLimit = 2000;

    public const int MaxSearchResults = 100;

    /// <summary>Transitions between steps, hidden activities, unreached steps and the designed-order share.</summary>
    /// <param name="ct">Stops the pass over the customers between chunks (<see cref="OperationCanceledException"/>).</param>
    public static ActualPaths Paths(EventLog log, JourneyMap map, PathsOptions options = default, CancellationToken ct = default)
    {
        var matcher = StepMatcher.Compile(log, map);
        var funnel = PathsFunnel.Of(log, map);
        var merged = PathsPass.Run(log, matcher, funnel, options, ct);
        return PathsReport.Build(log, matcher, funnel, merged, options.Limit);
    }

    /// <summary>
    /// A customer's events in time order placed on the map's steps (no map: on none); null when unknown. Attributes and
    /// properties are in ordinal key order, not the log's (its key ids follow the order keys were first read), so a log
    /// of this customer alone (pushdown) gives the same timeline as the source's whole log.
    /// </summary>
    public static CustomerTimeline? Timeline(EventLog log, string customerId, JourneyMap? map)
    {
        var customer = log.Customers.IdOf(customerId);
        if (customer < 0 || customer >= log.CustomerCount)
        {
            return null;
        }

        var matcher = map is null ? null : StepMatcher.Compile(log, map);
        var range = log.EventsOf(customer);
        var (start, end) = (range.Start.Value, range.End.Value);
        if (end == start)
        {
            return null;
        }

        var events = new List<TimelineEvent>(Math.Min(end - start, TimelineLimit));
        for (var i = start; i < end && events.Count < TimelineLimit; i++)
        {
            var e = log.GetEvent(i);
            IReadOnlyList<string> steps = matcher is null ? [] : [.. matcher.StepsOf(i).Select(s => matcher.StepIds[s])];
            events.Add(new TimelineEvent(e.Timestamp, e.Activity, e.Channel, ByKey(e.Properties), steps));
        }

        return new CustomerTimeline(log.Customers[customer], AttributesOf(log, customer), end - start, events);
    }

    /// <summary>Customers whose id starts with the query (ignoring case), ordinal order; an empty query lists the most active.</summary>
    public static IReadOnlyList<CustomerMatch> FindCustomers(EventLog log, string query, int limit)
    {
        var found = CustomerSearch.Find(log, query, Math.Clamp(limit, 0, MaxSearchResults));
        return [.. found.Select(c => Match(log, c))];
    }

    private static CustomerMatch Match(EventLog log, int customer)
    {
        var range = log.EventsOf(customer);
        var (first, last) = (log.GetEvent(range.Start.Value).Timestamp, log.GetEvent(range.End.Value - 1).Timestamp);
        return new CustomerMatch(log.Customers[customer], range.End.Value - range.Start.Value, first, last);
    }

    private static Dictionary<string, string> ByKey(IReadOnlyDictionary<string, string> pairs) =>
        pairs.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);

    private static Dictionary<string, string> AttributesOf(EventLog log, int customer)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var attributes = log.Attributes;
        for (var key = 0; key < attributes.Keys.Count; key++)
        {
            var value = attributes.ValueId(customer, key);
            if (value >= 0)
            {
                result[attributes.Keys[key]] = attributes.Values[value];
            }
        }

        return result.ToDictionary(StringComparer.Ordinal);
    }
}
