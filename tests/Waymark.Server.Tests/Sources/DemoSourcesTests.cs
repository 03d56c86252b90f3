using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Server.Features.Demo;
using Waymark.Testing.Postgres;
using static Waymark.Server.Tests.Sources.SourcesClient;

namespace Waymark.Server.Tests.Sources;

/// <summary>
/// The demo workspace as a first start seeds it: the trial app's and the web shop's events in two sources, and the
/// reported fault (issue 16): a new map from the e-commerce template filled its steps with the trial's events,
/// because both use "landing_page_viewed" and "checkout_started".
/// </summary>
public abstract class DemoSourcesTests(string provider, string connectionString)
    : ApiTests(provider, connectionString, new Dictionary<string, string> { ["Demo:Events"] = "true" })
{
    [Fact]
    public async Task NewMapFromEcommerceTemplate_InDemo_ShowsNoOtherSourcesFigures()
    {
        using var created = await Http.PostAsJsonAsync($"{Root("demo")}/maps", new { templateId = DemoSeeder.ShopTemplate });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var reached = await ReachedAsync(Http, "demo", id);

        Assert.All(reached, customers => Assert.Equal(0, customers));
    }

    [Fact]
    public async Task FirstStart_Demo_HasTrialAndShopSourcesAndTheShopMapReadsTheShop()
    {
        var sources = await ListAsync(Http, "demo");
        var maps = await Http.GetFromJsonAsync<JsonElement>($"{Root("demo")}/maps");
        var shopMap = maps.EnumerateArray().Single(m => m.GetProperty("name").GetString()!.StartsWith("E-commerce", StringComparison.Ordinal));

        Assert.Equal([DemoSeeder.TrialSource, DemoSeeder.ShopSource], sources.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(DemoShop.Shoppers, sources[1].GetProperty("customers").GetInt32());
        Assert.Equal(sources[1].GetProperty("id").GetString(), shopMap.GetProperty("sourceId").GetString());
        var reached = await ReachedAsync(Http, "demo", shopMap.GetProperty("id").GetString()!);
        Assert.InRange(reached[0], 1, DemoShop.Shoppers); // trial customers (4,000 saw the landing page) never count here
        Assert.True(reached[^1] > 0 && reached[^1] < reached[0], string.Join(", ", reached));
    }
}

public sealed class SqliteDemoSourcesTests() : DemoSourcesTests("Sqlite", TempSqlite.NewMigratedConnectionString());

[Collection(PostgresCollection.Name)]
public sealed class PostgresDemoSourcesTests(PostgresFixture postgres) : DemoSourcesTests("Postgres", postgres.CreateMigratedDatabase());
