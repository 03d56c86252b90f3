using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Analytics.Engine;
using Waymark.Data.EventStores;
using Waymark.Server.Features.Sources;
using Waymark.Server.Tests.Sources;

namespace Waymark.Server.Tests.Explore;

/// <summary>
/// The attribute names Explore's pickers offer: a source's customer attributes and event properties with their
/// counts, equal to the engine's on the same events, kept apart between two sources, and none for a map bound to none.
/// </summary>
public abstract class ExploreAttributesApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    [Fact]
    public async Task Attributes_DefaultSource_CustomerAndEventNamesWithTheEnginesCounts()
    {
        var events = ExploreEvents.Random(seed: 3, customers: 200);
        await ExploreEvents.IngestAsync(Http, events);
        var attributes = Enumerable.Range(0, 150)
            .Select(i => new CustomerAttribute($"c{i}", "plan", i % 3 == 0 ? "pro" : "free"))
            .Concat(Enumerable.Range(0, 40).Select(i => new CustomerAttribute($"c{i}", "<b>region</b>", "EU")))
            .ToList();
        await Store.SetAttributesAsync(EventSources.DefaultKey(ApiClient.Workspace), attributes);

        var (status, body) = await ExploreEvents.GetAsync(Http, "attributes");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, body.GetProperty("customers").GetInt64());
        Assert.Equal([("plan", 150L, 2), ("<b>region</b>", 40L, 1)], Names(body, "customer"));
        var engine = AttributeNames.Of(ExploreEvents.Log(events)).Event.Select(a => (a.Key, a.Count, a.DistinctValues));
        Assert.Equal(engine, Names(body, "event"));
        Assert.Equal("device", Names(body, "event").Single().Key);
    }

    [Fact]
    public async Task Attributes_TwoSources_EachListsOnlyItsOwn_AndAMapReadsItsSource()
    {
        var ws = ApiClient.Workspace;
        var shop = await SourcesClient.CreateAsync(Http, ws, $"Shop {Guid.NewGuid().ToString("N")[..6]}");
        await SourcesClient.IngestAsync(Http, await SourcesClient.KeyAsync(Http, ws, shop), 5, "Visit", "Pay");
        await Store.SetAttributesAsync(new EventSourceKey(ws, shop), [new CustomerAttribute("c1", "tier", "gold"), new CustomerAttribute("c2", "tier", "silver")]);
        await ExploreEvents.IngestAsync(Http, ExploreEvents.Random(seed: 4, customers: 20));
        await Store.SetAttributesAsync(EventSources.DefaultKey(ws), [new CustomerAttribute("c1", "plan", "pro")]);
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);
        using (var bind = await Http.PutAsJsonAsync($"/api/workspaces/{ws}/maps/{mapId}/source", new { sourceId = shop }))
        {
            bind.EnsureSuccessStatusCode();
        }

        var (_, ofShop) = await ExploreEvents.GetAsync(Http, $"attributes?source={shop}");
        var (_, ofMap) = await ExploreEvents.GetAsync(Http, $"attributes?map={mapId}");
        var (_, ofDefault) = await ExploreEvents.GetAsync(Http, "attributes");

        Assert.Equal([("tier", 2L, 2)], Names(ofShop, "customer"));
        Assert.Empty(Names(ofShop, "event"));
        Assert.Equal(Names(ofShop, "customer"), Names(ofMap, "customer"));
        Assert.Equal([("plan", 1L, 1)], Names(ofDefault, "customer"));
        Assert.Equal(5, ofShop.GetProperty("customers").GetInt64());
    }

    [Fact]
    public async Task Attributes_MapBoundToNoSource_ListsNone()
    {
        await ExploreEvents.IngestAsync(Http, ExploreEvents.Random(seed: 5, customers: 20));
        using var created = await Http.PostAsJsonAsync($"/api/workspaces/{ApiClient.Workspace}/maps", new { templateId = "ecommerce-purchase" });
        created.EnsureSuccessStatusCode();
        var mapId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var (status, body) = await ExploreEvents.GetAsync(Http, $"attributes?map={mapId}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body.GetProperty("customers").GetInt64());
        Assert.Empty(Names(body, "customer"));
        Assert.Empty(Names(body, "event"));
    }

    [Fact]
    public async Task Attributes_NoEvents_EmptyListsNotAnError()
    {
        var (status, body) = await ExploreEvents.GetAsync(Http, "attributes");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(Names(body, "customer"));
        Assert.Empty(Names(body, "event"));
    }

    [Theory]
    [InlineData("attributes?source=src_missing")]
    [InlineData("attributes?map=map_missing")]
    [InlineData("attributes?map=%3Cscript%3E")]
    public async Task Attributes_UnknownSourceOrMap_404(string query)
    {
        var (status, _) = await ExploreEvents.GetAsync(Http, query);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    private IEventStore Store => Factory.Services.GetRequiredService<IEventStore>();

    private static List<(string Key, long Count, int DistinctValues)> Names(JsonElement body, string kind) =>
        [.. body.GetProperty(kind).EnumerateArray().Select(a =>
            (a.GetProperty("key").GetString()!, a.GetProperty("count").GetInt64(), a.GetProperty("distinctValues").GetInt32()))];
}
