using System.Globalization;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Tests.Events;

public sealed class NameTableTests
{
    [Fact]
    public void GetOrAdd_ManyNames_GivesDenseStableIds()
    {
        var table = new NameTable();
        for (var i = 0; i < 10_000; i++)
        {
            Assert.Equal(i, table.GetOrAdd("customer-" + i.ToString(CultureInfo.InvariantCulture)));
        }

        Assert.Equal(10_000, table.Count);
        Assert.Equal(1234, table.IdOf("customer-1234"));
        Assert.Equal(1234, table.GetOrAdd("customer-1234"));
        Assert.Equal("customer-9999", table[9999]);
    }

    [Fact]
    public void IdOf_UnknownOrEmpty_BehavesLikeAName()
    {
        var table = new NameTable();

        Assert.Equal(-1, table.IdOf("x"));
        Assert.Equal(0, table.GetOrAdd(""));
        Assert.Equal(0, table.IdOf(""));
        Assert.Equal("", table[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => table[1]);
    }
}
