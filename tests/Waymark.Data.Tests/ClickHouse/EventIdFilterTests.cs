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
        Assert.InRange(others, 0, 1_500); // about 1% at 10 bits an id, a little more over several layers
        Assert.Equal(150_000, filter.Count);
        Assert.True(filter.Bytes < 150_000 * 3, $"{filter.Bytes} bytes"); // layers doubled: at most about twice 10 bits an id
    }

    [Fact]
    public void MayContain_Empty_HoldsNothing()
    {
        var filter = new EventIdFilter();

        Assert.False(filter.MayContain("e1"));
        Assert.False(filter.MayContain(""));
    }
}
