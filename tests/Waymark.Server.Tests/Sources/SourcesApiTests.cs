using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Server.Caches;
using Waymark.Server.Features.Explore;
using Waymark.Testing.Postgres;
using static Waymark.Server.Tests.Sources.SourcesClient;

namespace Waymark.Server.Tests.Sources;

/// <summary>Event sources through the API: their list and life, ingestion and uploads into one, maps reading only theirs.</summary>
public abstract class SourcesApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    [Fact]
    public async Task Sources_CreateRenameDelete_ListsAndRefusesWhatWouldLoseData()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var first = Assert.Single(await ListAsync(Http, ws));
        Assert.Equal(("Events", true), (first.GetProperty("name").GetString(), first.GetProperty("isDefault").GetBoolean()));

        var shop = await CreateAsync(Http, ws, "Web shop");
        using var twice = await Http.PostAsJsonAsync($"{Root(ws)}/sources", new { name = "Web shop" });
        using var blank = await Http.PostAsJsonAsync($"{Root(ws)}/sources", new { name = " " });
        using var renamed = await Http.PutAsJsonAsync($"{Root(ws)}/sources/{shop}", new { name = "Shop" });
        await IngestAsync(Http, await KeyAsync(Http, ws, shop), 2, "Visited");
        using var withData = await Http.DeleteAsync($"{Root(ws)}/sources/{shop}");
        var empty = await CreateAsync(Http, ws, "Empty");
        using var deleted = await Http.DeleteAsync($"{Root(ws)}/sources/{empty}");
        using var unknown = await Http.DeleteAsync($"{Root(ws)}/sources/src_nope");

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.BadRequest), (twice.StatusCode, blank.StatusCode));
        Assert.Equal("Shop", (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.NoContent, HttpStatusCode.NotFound), (withData.StatusCode, deleted.StatusCode, unknown.StatusCode));
        var list = await ListAsync(Http, ws);
        Assert.Equal(["Events", "Shop"], list.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal([0L, 2L], list.Select(s => s.GetProperty("events").GetInt64()));
        Assert.Equal(1, list[1].GetProperty("apiKeys").GetInt32());
    }

    [Fact]
    public async Task Delete_LastSource_IsRefused()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var only = Assert.Single(await ListAsync(Http, ws)).GetProperty("id").GetString();

        using var response = await Http.DeleteAsync($"{Root(ws)}/sources/{only}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_KeyOfASource_StoresIntoThatSourceOnly()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var shop = await CreateAsync(Http, ws, "Web shop");

        await IngestAsync(Http, await KeyAsync(Http, ws, shop), 3, "Visited", "Bought");

        Assert.Equal(0, (await ImportsClient.SummaryAsync(Http, ws)).GetProperty("events").GetInt64()); // the default source
        var summary = await Http.GetFromJsonAsync<JsonElement>($"{Root(ws)}/events/summary?source={shop}");
        Assert.Equal((6L, 3L), (summary.GetProperty("events").GetInt64(), summary.GetProperty("customers").GetInt64()));
        var keys = await Http.GetFromJsonAsync<JsonElement>($"{Root(ws)}/api-keys");
        Assert.Equal("Web shop", keys[0].GetProperty("sourceName").GetString());
    }

    [Fact]
    public async Task Upload_ChosenSource_StoresThereAndUnknownSourceStoresNothing()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var shop = await CreateAsync(Http, ws, "Web shop");
        var file = Encoding.UTF8.GetBytes("customer,activity,timestamp\nc1,Visited,2026-11-01T10:00:00Z\nc2,Visited,2026-11-01T11:00:00Z\n");

        using var stored = await ImportsClient.UploadAsync(Http, ws, file, $"fileName=shop.csv&source={shop}");
        using var unknown = await ImportsClient.UploadAsync(Http, ws, file, "fileName=shop.csv&source=src_nope");

        stored.EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(0, await ImportsClient.EventCountAsync(Http, ws));
        var activities = await Http.GetFromJsonAsync<JsonElement>($"{Root(ws)}/activities?source={shop}");
        Assert.Equal(2, activities[0].GetProperty("customers").GetInt64());
    }

    [Fact]
    public async Task Overlay_MapsOnTwoSourcesWithTheSameActivities_EachCountsOnlyItsSource()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var trial = Assert.Single(await ListAsync(Http, ws)).GetProperty("id").GetString()!;
        var shop = await CreateAsync(Http, ws, "Web shop");
        await IngestAsync(Http, await KeyAsync(Http, ws, trial), 5, "Visited", "Bought");
        await IngestAsync(Http, await KeyAsync(Http, ws, shop), 2, "Visited");
        var trialMap = await BoundMapAsync(Http, ws, null);
        var shopMap = await BoundMapAsync(Http, ws, shop);

        Assert.Equal(new long[] { 5L, 5L }, await ReachedAsync(Http, ws, trialMap));
        Assert.Equal(new long[] { 2L, 0L }, await ReachedAsync(Http, ws, shopMap));
        var paths = await Http.GetFromJsonAsync<JsonElement>($"{Root(ws)}/maps/{shopMap}/paths");
        Assert.DoesNotContain("Bought", paths.GetRawText(), StringComparison.Ordinal);

        using var rebound = await Http.PutAsJsonAsync($"{Root(ws)}/maps/{shopMap}/source", new { sourceId = trial });
        Assert.Equal("Events", (await rebound.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sourceName").GetString());
        Assert.Equal(new long[] { 5L, 5L }, await ReachedAsync(Http, ws, shopMap));
        using var unbound = await Http.PutAsJsonAsync($"{Root(ws)}/maps/{shopMap}/source", new { sourceId = (string?)null });
        Assert.Equal(new long[] { 0L, 0L }, await ReachedAsync(Http, ws, shopMap));
        using var foreign = await Http.PutAsJsonAsync($"{Root(ws)}/maps/{shopMap}/source", new { sourceId = "src_demo" });
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
    }

    [Fact]
    public async Task Import_MapFile_IsBoundToNoSourceUnlessOneIsNamed()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var key = await KeyAsync(Http, ws, Assert.Single(await ListAsync(Http, ws)).GetProperty("id").GetString()!);
        await IngestAsync(Http, key, 4, "Visited", "Bought");
        var bound = await BoundMapAsync(Http, ws, null);
        var file = await Http.GetStringAsync($"{Root(ws)}/maps/{bound}/export?format=json");

        using var imported = await Http.PostAsync($"{Root(ws)}/maps/import", new StringContent(file, Encoding.UTF8, "application/json"));
        var id = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var source = await Http.GetFromJsonAsync<JsonElement>($"{Root(ws)}/maps/{id}/source");
        Assert.Equal(JsonValueKind.Null, source.GetProperty("sourceId").ValueKind);
        Assert.Equal(new long[] { 0L, 0L }, await ReachedAsync(Http, ws, id));
    }

    [Fact]
    public async Task ExploreScope_SourceOrMap_ReadsThatSourcesLog()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var first = Assert.Single(await ListAsync(Http, ws)).GetProperty("id").GetString()!;
        var shop = await CreateAsync(Http, ws, "Web shop");
        await IngestAsync(Http, await KeyAsync(Http, ws, first), 5, "Visited");
        await IngestAsync(Http, await KeyAsync(Http, ws, shop), 2, "Visited");
        var shopMap = await BoundMapAsync(Http, ws, shop);
        using var scope = Factory.Services.CreateScope();
        var (db, logs) = (scope.ServiceProvider.GetRequiredService<WaymarkDbContext>(), scope.ServiceProvider.GetRequiredService<EventLogCache>());

        var byDefault = await ExploreScope.ResolveAsync(db, ws, new ExploreQuery(null, null, null), default);
        var bySource = await ExploreScope.ResolveAsync(db, ws, new ExploreQuery(null, null, null, Source: shop), default);
        var byMap = await ExploreScope.ResolveAsync(db, ws, new ExploreQuery(null, null, null, Map: shopMap), default);
        var unknown = await ExploreScope.ResolveAsync(db, ws, new ExploreQuery(null, null, null, Source: "src_nope"), default);

        Assert.Equal([first, shop, shop], new[] { byDefault, bySource, byMap }.Select(r => r.Scope!.Source!.Value.SourceId));
        Assert.Equal((5, 2, 2), ((await logs.GetAsync(byDefault.Scope!.Source!.Value, default)).CustomerCount,
            (await logs.GetAsync(bySource.Scope!.Source!.Value, default)).CustomerCount, (await logs.GetAsync(byMap.Scope!.Source!.Value, default)).CustomerCount));
        Assert.NotNull(unknown.Missing);
    }
}

public sealed class SqliteSourcesApiTests() : SourcesApiTests("Sqlite", TempSqlite.NewMigratedConnectionString());

[Collection(PostgresCollection2.Name)]
public sealed class PostgresSourcesApiTests(PostgresFixture postgres) : SourcesApiTests("Postgres", postgres.CreateMigratedDatabase());
