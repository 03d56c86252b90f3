using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Waymark.Server.Tests.Collab;
using Waymark.Testing.Postgres;
using static Waymark.Server.Tests.History.HistoryCalls;

namespace Waymark.Server.Tests.History;

/// <summary>GET history/at and diff?seq= against the real hub and database: the map rebuilt at any seq, and what is refused.</summary>
public abstract class HistoryAtApiTests(HistoryHost host, string provider, Func<string> connectionString)
{
    private Task<HistoryHost> StartAsync() => host.StartAsync(provider, connectionString);

    [Theory]
    [InlineData(17)]
    [InlineData(4242)]
    public async Task At_RandomEditsPastASnapshot_EqualsTheMapAsStoredThen(int seed)
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        AllApplied(await ana.SendAsync(mapId, Ops.Grid()));
        var edits = new RandomEdits(seed);
        var seen = new List<(long Seq, JsonElement Map)> { (3, await MapNowAsync(h.Ana, mapId)) };
        long seq = 3, putSeq = 0;
        while (seq < 240)
        {
            var ops = Enumerable.Range(0, edits.Size(12)).Select(_ => Ops.Of(edits.Next(), seq)).ToArray();
            var applied = (await ana.SendAsync(mapId, ops)).Where(r => r.GetProperty("status").GetString() == "applied").ToArray();
            seq = applied.Length > 0 ? applied.Max(r => r.GetProperty("seq").GetInt64()) : seq;
            if (putSeq == 0 && seq > 120)
            {
                seq = putSeq = await PutRenamedAsync(h, mapId);
            }

            seen.Add((seq, await MapNowAsync(h.Ana, mapId)));
        }

        foreach (var (at, map) in seen)
        {
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(map.GetRawText()), JsonNode.Parse((await MapAtAsync(h.Vic, mapId, at)).GetRawText())), $"seq {at} (seed {seed})");
        }

        var snapshots = await h.DatabaseAsync(db => db.MapRevisions.Where(r => r.MapId == mapId && r.OpSeq != null).Select(r => r.OpSeq!.Value).ToListAsync());
        Assert.Contains(0L, snapshots);
        Assert.Contains(putSeq, snapshots);
        Assert.Contains(snapshots, s => s >= 200 && s < 212);
    }

    [Fact]
    public async Task At_SeqZero_TheMapBeforeItsFirstEdit()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        var blank = await MapNowAsync(h.Ana, mapId);
        await using var ana = await h.Ana.ConnectAsync();
        AllApplied(await ana.SendAsync(mapId, Ops.Grid()));

        var at = await h.Ana.Http.GetFromJsonAsync<JsonElement>(HistoryHost.MapUrl(mapId) + "/history/at?seq=0");

        Assert.Equal(0, at.GetProperty("seq").GetInt64());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(blank.GetRawText()), JsonNode.Parse(at.GetProperty("map").GetRawText())));
        Assert.False(at.GetProperty("map").TryGetProperty("stages", out _));
    }

    [Theory]
    [InlineData("?seq=-1", "from 0 to 3")]
    [InlineData("?seq=4", "from 0 to 3")]
    [InlineData("", "seq=0 to 3")]
    [InlineData("?seq=x", "")]
    public async Task At_SeqOutOfRange_400NamingSeqAndTheRange(string query, string range)
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        AllApplied(await ana.SendAsync(mapId, Ops.Grid()));

        using var response = await h.Ana.Http.GetAsync(HistoryHost.MapUrl(mapId) + "/history/at" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains(range, errors.GetProperty("seq")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_AgainstSeq_ChangesSinceThenLabelledByTimeOrVersion()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        AllApplied(await ana.SendAsync(mapId, Ops.Grid()));
        AllApplied(await ana.SendAsync(mapId, Ops.Of(Ops.RenameStep("s1", "Basket"), 3)));
        AllApplied(await ana.SendAsync(mapId, Ops.Of(Ops.RenameStep("s1", "Checkout"), 4)));
        var url = HistoryHost.MapUrl(mapId) + "/diff?seq=4";

        var byTime = await h.Vic.Http.GetFromJsonAsync<JsonElement>(url);
        using var named = await h.Ana.Http.PostAsJsonAsync(HistoryHost.MapUrl(mapId) + "/versions", new { name = "after the workshop", seq = 4 });
        var byVersion = await h.Vic.Http.GetFromJsonAsync<JsonElement>(url);
        using var both = await h.Vic.Http.GetAsync(url + "&revision=1");

        var before = byTime.GetProperty("before");
        Assert.Equal((4L, "History"), (before.GetProperty("seq").GetInt64(), before.GetProperty("name").GetString()));
        Assert.StartsWith("as of 20", before.GetProperty("label").GetString(), StringComparison.Ordinal);
        var rename = byTime.GetProperty("changes").EnumerateArray().Single();
        Assert.Equal(("Basket", "Checkout"), (rename.GetProperty("from").GetString(), rename.GetProperty("to").GetString()));
        Assert.Equal(HttpStatusCode.Created, named.StatusCode);
        Assert.Equal("after the workshop", byVersion.GetProperty("before").GetProperty("label").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
    }

    /// <summary>A whole-document PUT (the fallback save) that renames the map; returns the seq it was logged at.</summary>
    private static async Task<long> PutRenamedAsync(HistoryHost h, string mapId)
    {
        using var get = await h.Sam.Http.GetAsync(HistoryHost.MapUrl(mapId));
        var map = JsonNode.Parse(await get.Content.ReadAsStringAsync())!.AsObject();
        map["name"] = "Renamed by PUT";
        using var put = new HttpRequestMessage(HttpMethod.Put, HistoryHost.MapUrl(mapId)) { Content = new StringContent(map.ToJsonString(), Encoding.UTF8, "application/json") };
        put.Headers.IfMatch.Add(get.Headers.ETag!);
        using var saved = await h.Sam.Http.SendAsync(put);
        saved.EnsureSuccessStatusCode();
        return (await HistoryAsync(h.Sam, mapId)).GetProperty("seq").GetInt64();
    }
}

public sealed class SqliteHistoryAtApiTests(HistoryHost host) : HistoryAtApiTests(host, "Sqlite", TempSqlite.NewMigratedConnectionString), IClassFixture<HistoryHost>;

[Collection(PostgresCollection3.Name)]
public sealed class PostgresHistoryAtApiTests(HistoryHost host, PostgresFixture postgres)
    : HistoryAtApiTests(host, "Postgres", postgres.CreateMigratedDatabase), IClassFixture<HistoryHost>;
