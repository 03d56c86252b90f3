using System.Globalization;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Tests.Events;

/// <summary>A log's tables sized exactly once it is built, and strings kept only for the first ids (ADR 073).</summary>
public sealed class NameTableSizeTests
{
    [Fact]
    public void TrimExcess_ThenMoreNames_KeepsEveryIdAndGrowsAgain()
    {
        var table = new NameTable();
        AddNames(table, 0, 1_000);

        table.TrimExcess();
        Assert.Equal(1_001, table.Capacity);
        Assert.Equal(Chars(0, 1_000), table.CharCapacity);
        var copy = table.Clone();
        AddNames(table, 1_000, 2_000);

        for (var i = 0; i < 2_000; i++)
        {
            Assert.Equal(i, table.IdOf(Name(i)));
            Assert.Equal(Name(i), table[i]);
        }

        Assert.Equal(1_000, copy.Count);
        Assert.Equal(-1, copy.IdOf(Name(1_500)));
        Assert.Equal(999, copy.IdOf(Name(999)));
    }

    [Fact]
    public void Indexer_IdsBeyondTheCache_MakeAStringEachTimeAndKeepNone()
    {
        var table = new NameTable();
        AddNames(table, 0, NameTable.CachedStrings + 2);
        var beyond = NameTable.CachedStrings + 1;

        Assert.Same(table[5], table[5]);
        Assert.Same(table[NameTable.CachedStrings - 1], table[NameTable.CachedStrings - 1]);
        Assert.Equal(Name(beyond), table[beyond]);
        Assert.NotSame(table[beyond], table[beyond]);
    }

    [Fact]
    public void Build_InterleavedCustomers_SizesTheCustomerTableExactly()
    {
        var builder = new EventLogBuilder();
        for (var i = 0; i < 3_000; i++)
        {
            builder.Add(Name(i % 700), 1_000 + i, "Visited", "web");
            builder.SetAttribute(Name(i % 700), "plan", i % 2 == 0 ? "pro" : "free");
        }

        var log = builder.Build();
        var appender = new EventLogAppender(log);
        appender.Add(Name(900), 9_999, "Signed up", "");
        var next = appender.Build();

        Assert.Equal(701, log.Customers.Capacity);
        Assert.Equal(Chars(0, 700), log.Customers.CharCapacity);
        Assert.Equal(702, next.Customers.Capacity);
        Assert.Equal(700, next.Customers.IdOf(Name(900)));
        Assert.Equal(-1, log.Customers.IdOf(Name(900)));
        Assert.Equal("free", next.Attributes.Get(next.Customers.IdOf(Name(699)), "plan"));
    }

    private static void AddNames(NameTable table, int from, int until)
    {
        for (var i = from; i < until; i++)
        {
            Assert.Equal(i, table.GetOrAdd(Name(i)));
        }
    }

    private static int Chars(int from, int until) => Enumerable.Range(from, until - from).Sum(i => Name(i).Length);

    private static string Name(int i) => "customer-" + i.ToString(CultureInfo.InvariantCulture);
}
