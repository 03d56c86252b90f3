using Waymark.Analytics.Engine;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// Segment membership, the customer look-up, the names a source knows and one customer's log pushed down equal the
/// engine's (docs/adr/077-customers-pushdown.md): on ids that case-fold, escape and sort differently in .NET and
/// ClickHouse, and on a generated log with attributes.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseCustomersTests(ClickHouseFixture clickHouse)
{
    [StoreFact]
    public async Task Customers_EdgeCases_EqualTheEngine()
    {
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, CustomerCases.Events(), CustomerCases.Attributes());
        var engine = new InMemoryAnalyses(logs.Log);

        await CustomerCases.AssertSameAsync(engine, logs.Pushdown, CustomerCases.Filters(), CustomerCases.Queries, CustomerCases.CustomerIds);

        Assert.Equal(0, await logs.Pushdown.CustomersAsync(new EventFilter { Did = ["no such activity"] }));
        Assert.Equal(logs.Log.CustomerCount, await logs.Pushdown.CustomersAsync(default));
        Assert.Equal(2, await logs.Pushdown.CustomersAsync(new EventFilter { Attributes = [new("plan", ["pro"])] })); // c1's last write, C2
        Assert.Equal(["Kilo", "kilo"], (await logs.Pushdown.FindCustomersAsync("K", 10)).Select(c => c.Id)); // not the Kelvin sign
        Assert.Equal(CustomerCases.Long, (await logs.Pushdown.FindCustomersAsync("LONG-X", 10)).Single().Id);
        var known = await logs.Pushdown.KnownNamesAsync(CustomerCases.Names);
        Assert.Equal(["plan"], known.AttributeKeys); // ghost-key belongs to a customer without events
        await Assert.ThrowsAsync<NotSupportedException>(() => logs.Pushdown.FindCustomersAsync("😀", 10));
    }

    [StoreFact]
    public async Task Customers_GeneratedLogWithAttributes_EqualTheEngine()
    {
        var (events, attributes) = CustomerCases.Generated(3_000);
        using var logs = await PushdownLogs.StoreAsync(ClickHouseStores.Options(clickHouse.Server), events, attributes, attributesPerWrite: 10_000);
        var engine = new InMemoryAnalyses(logs.Log);
        var first = logs.Log.GetEvent(0).Timestamp!.Value;
        var period = new EventFilter { From = first.AddDays(5), To = first.AddDays(20) };
        EventFilter[] filters =
        [
            new(), period, new() { Did = ["Started signup"] }, period with { DidNot = ["Signup completed"] },
            new() { Attributes = [new("plan", ["pro"])] }, period with { Attributes = [new("region", ["europe", "asia-pacific"]), new("plan", ["free", "enterprise"])] },
            new() { Channels = ["search", "web"] }, period with { Channels = ["social"], Did = ["Viewed product"] }, new() { Attributes = [new("acquisition_channel", ["email"])] },
        ];
        string[] ids = [.. Enumerable.Range(0, 5).Select(i => logs.Log.Customers[i * 500])];

        await CustomerCases.AssertSameAsync(engine, logs.Pushdown, filters, ["", ids[0][..1], ids[1][..3].ToUpperInvariant(), ids[2]], ids);

        var pro = await logs.Pushdown.CustomersAsync(filters[4]);
        Assert.True(pro > 100 && pro < logs.Log.CustomerCount, $"{pro} pro customers of {logs.Log.CustomerCount}");
    }
}
