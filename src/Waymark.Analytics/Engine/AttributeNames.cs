using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine;

/// <summary>
/// The attribute names a log holds, for pickers that should offer what is there instead of guessing: customer
/// attributes counted in customers with a value, event properties counted in events with a value. Each list is
/// ordered by count, most first, then by key (ordinal), so equal logs list equally.
/// </summary>
public static class AttributeNames
{
    public static (IReadOnlyList<AttributeName> Customer, IReadOnlyList<AttributeName> Event) Of(EventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return (OfCustomers(log), OfEvents(log));
    }

    private static List<AttributeName> OfCustomers(EventLog log)
    {
        var attributes = log.Attributes;
        var result = new List<AttributeName>(attributes.Keys.Count);
        var seen = new bool[attributes.Values.Count];
        for (var key = 0; key < attributes.Keys.Count; key++)
        {
            Array.Clear(seen);
            long customers = 0;
            var distinct = 0;
            for (var customer = 0; customer < log.CustomerCount; customer++)
            {
                var value = attributes.ValueId(customer, key);
                if (value < 0)
                {
                    continue;
                }

                customers++;
                if (!seen[value])
                {
                    seen[value] = true;
                    distinct++;
                }
            }

            if (customers > 0)
            {
                result.Add(new AttributeName(attributes.Keys[key], customers, distinct));
            }
        }

        return Ordered(result);
    }

    private static List<AttributeName> OfEvents(EventLog log)
    {
        var properties = log.Properties;
        var result = new List<AttributeName>();
        if (log.PropertySet is not { } sets || properties.Keys.Count == 0)
        {
            return result;
        }

        // Events per property set first (one read of the events), then each set's keys and values.
        var eventsOfSet = new long[properties.Count];
        foreach (var set in sets.AsSpan(0, log.EventCount))
        {
            eventsOfSet[set]++;
        }

        var counts = new long[properties.Keys.Count];
        var values = new HashSet<int>?[properties.Keys.Count];
        for (var set = 0; set < eventsOfSet.Length; set++)
        {
            if (eventsOfSet[set] == 0)
            {
                continue;
            }

            var pairs = properties.PairsOf(set);
            for (var i = 0; i < pairs.Length; i += 2)
            {
                counts[pairs[i]] += eventsOfSet[set];
                (values[pairs[i]] ??= []).Add(pairs[i + 1]);
            }
        }

        for (var key = 0; key < counts.Length; key++)
        {
            if (counts[key] > 0)
            {
                result.Add(new AttributeName(properties.Keys[key], counts[key], values[key]!.Count));
            }
        }

        return Ordered(result);
    }

    private static List<AttributeName> Ordered(List<AttributeName> names)
    {
        names.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Key, b.Key));
        return names;
    }
}
