using System.Globalization;
using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>The writer's Bloom filter of stored ids: never a false "not stored", few false "may be".</summary>
public sealed class EventIdFilterTests
{
    [Fact]
    public void MayContain_AfterLayersGrew_HoldsEveryAddedIdAndFewOthers()
    {
        var filter = new EventIdFilter();
        var added = Enumerable.Range(0, 150_000).Select(i => Guid.NewGuid().ToString()).ToList();
        added.ForEach(filter.Add);

        Assert.All(added, id => Assert.True(filter.MayContain(id)));
        var others = Enumerable.Range(0, 50_000).Count(i => filter.MayContain("other-" + i.ToString(CultureInfo.InvariantCulture)));
        Assert.InRange(others, 0, 100); // 0.05% a full layer: about 0.1% over two
        Assert.Equal(150_000, filter.Count);
        Assert.True(filter.Bytes < 150_000 * 4, $"{filter.Bytes} bytes"); // layers doubled: at most about twice 16 bits an id
    }

    /// <summary>
    /// Ids as a generator or a counter makes them (a prefix and a number), 1.2M of them over six layers, then as many
    /// new ones of the same form: the false positives stay near the layers' sum (ADR 078), not a few percent, which
    /// made every group of new ids read most of event_ids at tens of millions of ids.
    /// </summary>
    [Fact]
    public void MayContain_NewIdsAfterManyLayers_FalsePositivesStayUnderHalfAPercent()
    {
        var filter = new EventIdFilter();
        for (var i = 0; i < 1_200_000; i++)
        {
            filter.Add("r0-" + i.ToString(CultureInfo.InvariantCulture));
        }

        var fresh = 0;
        for (var i = 1_200_000; i < 1_400_000; i++)
        {
            fresh += filter.MayContain("r0-" + i.ToString(CultureInfo.InvariantCulture)) ? 1 : 0;
        }

        Assert.InRange(fresh, 0, 1_000); // 0.5% of 200,000 (6 layers of 0.05%: about 0.3%)
    }

    [Fact]
    public void MayContain_Empty_HoldsNothing()
    {
        var filter = new EventIdFilter();

        Assert.False(filter.MayContain("e1"));
        Assert.False(filter.MayContain(""));
    }
}
