using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Tests.Engine;

public sealed class AttributeNamesTests
{
    [Fact]
    public void Of_RandomLog_CountsEqualACountOfTheEventsAndCustomersThemselves()
    {
        // Random customers with random attributes and events with random properties: every key's count and distinct
        // values equal a plain count over what was added.
        var random = new Random(5);
        var builder = new EventLogBuilder();
        var customerValues = new Dictionary<string, Dictionary<string, string>>();
        var eventValues = new Dictionary<string, List<string>>();
        string[] keys = ["plan", "region", "size", "<script>alert(1)</script>"];
        for (var c = 0; c < 300; c++)
        {
            var customer = $"c{c}";
            for (var e = random.Next(1, 6); e > 0; e--)
            {
                foreach (var key in keys.Where(_ => random.Next(3) == 0))
                {
                    var value = $"{key}-{random.Next(4)}";
                    builder.AddProperty(key, value);
                    (eventValues.TryGetValue(key, out var list) ? list : eventValues[key] = []).Add(value);
                }

                builder.Add(customer, 1000L * e, "Visit", "");
            }

            foreach (var key in keys.Where(_ => random.Next(2) == 0))
            {
                var value = $"{key}={random.Next(c % 7 + 1)}";
                builder.SetAttribute(customer, key, value);
                (customerValues.TryGetValue(key, out var values) ? values : customerValues[key] = [])[customer] = value;
            }
        }

        var (customers, events) = AttributeNames.Of(builder.Build());

        var expectedCustomers = customerValues
            .Select(p => new AttributeName(p.Key, p.Value.Count, p.Value.Values.Distinct().Count()))
            .OrderByDescending(a => a.Count).ThenBy(a => a.Key, StringComparer.Ordinal);
        var expectedEvents = eventValues
            .Select(p => new AttributeName(p.Key, p.Value.Count, p.Value.Distinct().Count()))
            .OrderByDescending(a => a.Count).ThenBy(a => a.Key, StringComparer.Ordinal);
        Assert.Equal(expectedCustomers, customers);
        Assert.Equal(expectedEvents, events);
        Assert.Contains(customers, a => a.Key == "<script>alert(1)</script>");
    }

    [Fact]
    public void Of_EmptyLogAndLogWithoutAttributes_ListsNone()
    {
        var (customers, events) = AttributeNames.Of(new EventLogBuilder().Build());
        Assert.Empty(customers);
        Assert.Empty(events);

        var builder = new EventLogBuilder();
        builder.Add("c1", 1, "Visit", "web");
        (customers, events) = AttributeNames.Of(builder.Build());
        Assert.Empty(customers);
        Assert.Empty(events);
    }

    [Fact]
    public void Of_EqualCounts_OrderedByKey()
    {
        var builder = new EventLogBuilder();
        builder.Add("c1", 1, "Visit", "");
        builder.SetAttribute("c1", "zone", "a");
        builder.SetAttribute("c1", "age", "b");
        var (customers, _) = AttributeNames.Of(builder.Build());

        Assert.Equal(["age", "zone"], customers.Select(a => a.Key));
    }
}
