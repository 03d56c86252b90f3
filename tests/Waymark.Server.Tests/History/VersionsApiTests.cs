using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waymark.Server.Tests.Collab;
using Waymark.Testing.Postgres;
using static Waymark.Server.Tests.History.HistoryCalls;

namespace Waymark.Server.Tests.History;

/// <summary>Named versions through the real pipeline: create, rename, delete, who may, hostile names, other maps and workspaces.</summary>
public abstract class VersionsApiTests(HistoryHost host, string provider, Func<string> connectionString)
{
    private Task<HistoryHost> StartAsync() => host.StartAsync(provider, connectionString);

    [Fact]
    public async Task Versions_CreateRenameDelete_ListedNewestFirstAndAudited()
    {
        var (h, mapId) = await MapWithGridAsync();
        var versions = Versions(mapId);

        var first = await ReadAsync(await h.Ana.Http.PostAsJsonAsync(versions, new { name = "  after the workshop  ", seq = 1 }), HttpStatusCode.Created);
        var current = await ReadAsync(await h.Sam.Http.PostAsJsonAsync(versions, new { name = "Now" }), HttpStatusCode.Created);
        var renamed = await ReadAsync(await h.Sam.Http.PatchAsJsonAsync($"{versions}/{first.GetProperty("id").GetString()}", new { name = "Workshop" }), HttpStatusCode.OK);
        var listed = (await HistoryAsync(h.Vic, mapId)).GetProperty("versions");
        using var deleted = await h.Ana.Http.DeleteAsync($"{versions}/{current.GetProperty("id").GetString()}");
        var afterDelete = (await HistoryAsync(h.Vic, mapId)).GetProperty("versions");

        Assert.Equal(("after the workshop", 1L, "Ana", h.Ana.UserId), (first.GetProperty("name").GetString(), first.GetProperty("seq").GetInt64(),
            first.GetProperty("createdByName").GetString(), first.GetProperty("createdById").GetString()));
        Assert.Equal(3, current.GetProperty("seq").GetInt64());
        Assert.Equal("Workshop", renamed.GetProperty("name").GetString());
        Assert.Equal(["Now", "Workshop"], listed.EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(["Workshop"], afterDelete.EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        var audited = await h.DatabaseAsync(db => db.AuditEvents.Where(a => a.Target == mapId && a.Action.StartsWith("map.version")).Select(a => a.Action).ToListAsync());
        Assert.Equal(["map.version-deleted", "map.version-named", "map.version-named", "map.version-renamed"], audited.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Versions_ViewerAndCommenter_ReadButMayNotChange()
    {
        var (h, mapId) = await MapWithGridAsync();
        var made = await ReadAsync(await h.Ana.Http.PostAsJsonAsync(Versions(mapId), new { name = "Kept" }), HttpStatusCode.Created);
        var one = $"{Versions(mapId)}/{made.GetProperty("id").GetString()}";

        foreach (var who in new[] { h.Vic, h.Cid })
        {
            using var create = await who.Http.PostAsJsonAsync(Versions(mapId), new { name = "Mine" });
            using var rename = await who.Http.PatchAsJsonAsync(one, new { name = "Mine" });
            using var delete = await who.Http.DeleteAsync(one);
            Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { create.StatusCode, rename.StatusCode, delete.StatusCode });
            Assert.Equal(["Kept"], (await HistoryAsync(who, mapId)).GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        }
    }

    [Fact]
    public async Task Versions_ScriptName_KeptAsTheSameText()
    {
        var (h, mapId) = await MapWithGridAsync();
        const string Script = "<script>alert('v')</script>";

        var made = await ReadAsync(await h.Ana.Http.PostAsJsonAsync(Versions(mapId), new { name = Script }), HttpStatusCode.Created);

        Assert.Equal(Script, made.GetProperty("name").GetString());
        Assert.Equal(Script, (await HistoryAsync(h.Ana, mapId)).GetProperty("versions")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("""{"name":""}""", "name")]
    [InlineData("""{"name":"   "}""", "name")]
    [InlineData("""{}""", "name")]
    [InlineData("""{"name":"line\nbreak"}""", "name")]
    [InlineData("""{"name":12}""", "name")]
    [InlineData("""{"name":"ok","seq":-1}""", "seq")]
    [InlineData("""{"name":"ok","seq":99}""", "seq")]
    public async Task Versions_BadNameOrSeq_400AtItsPathAndNothingStored(string body, string path)
    {
        var (h, mapId) = await MapWithGridAsync();

        using var response = await h.Ana.Http.PostAsync(Versions(mapId), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains(errors.EnumerateObject(), e => e.Name.TrimStart('$', '.') == path);
        Assert.Equal(0, (await HistoryAsync(h.Ana, mapId)).GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task Versions_NameOf101Characters_400ButOf100Kept()
    {
        var (h, mapId) = await MapWithGridAsync();

        using var tooLong = await h.Ana.Http.PostAsJsonAsync(Versions(mapId), new { name = new string('x', 101) });
        var longest = await ReadAsync(await h.Ana.Http.PostAsJsonAsync(Versions(mapId), new { name = new string('x', 100) }), HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(100, longest.GetProperty("name").GetString()!.Length);
    }

    [Fact]
    public async Task Versions_UnknownOrAnotherMapsOrAnotherWorkspace_404()
    {
        var (h, mapId) = await MapWithGridAsync();
        var otherMap = await h.NewMapAsync();
        var made = await ReadAsync(await h.Ana.Http.PostAsJsonAsync(Versions(mapId), new { name = "Mine" }), HttpStatusCode.Created);
        var id = made.GetProperty("id").GetString();

        using var unknown = await h.Ana.Http.PatchAsJsonAsync($"{Versions(mapId)}/ver_nothere", new { name = "x" });
        using var viaOtherMap = await h.Ana.Http.DeleteAsync($"{Versions(otherMap)}/{id}");
        using var viaOtherWorkspace = await h.Ana.Http.DeleteAsync($"{HistoryHost.MapUrl(mapId, HistoryHost.Other)}/versions/{id}");
        using var historyElsewhere = await h.Ana.Http.GetAsync($"{HistoryHost.MapUrl(mapId, HistoryHost.Other)}/history");
        using var atElsewhere = await h.Ana.Http.GetAsync($"{HistoryHost.MapUrl(mapId, HistoryHost.Other)}/history/at?seq=0");
        using var noMap = await h.Ana.Http.GetAsync($"{HistoryHost.MapUrl("map_nothere")}/history");

        Assert.All(new[] { unknown, viaOtherMap, viaOtherWorkspace, historyElsewhere, atElsewhere, noMap }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(["Mine"], (await HistoryAsync(h.Ana, mapId)).GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task DeleteMap_WithVersions_TakesThemAlong()
    {
        var (h, mapId) = await MapWithGridAsync();
        await ReadAsync(await h.Ana.Http.PostAsJsonAsync(Versions(mapId), new { name = "Gone soon" }), HttpStatusCode.Created);
        using var get = await h.Ana.Http.GetAsync(HistoryHost.MapUrl(mapId));
        using var delete = new HttpRequestMessage(HttpMethod.Delete, HistoryHost.MapUrl(mapId));
        delete.Headers.IfMatch.Add(get.Headers.ETag!);

        using var deleted = await h.Ana.Http.SendAsync(delete);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, await h.DatabaseAsync(db => db.MapVersions.CountAsync(v => v.MapId == mapId)));
    }

    private static string Versions(string mapId) => HistoryHost.MapUrl(mapId) + "/versions";

    private async Task<(HistoryHost Host, string MapId)> MapWithGridAsync()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        AllApplied(await ana.SendAsync(mapId, Ops.Grid()));
        return (h, mapId);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {text}");
            return JsonDocument.Parse(text).RootElement.Clone();
        }
    }
}

public sealed class SqliteVersionsApiTests(HistoryHost host) : VersionsApiTests(host, "Sqlite", TempSqlite.NewMigratedConnectionString), IClassFixture<HistoryHost>;

[Collection(PostgresCollection4.Name)]
public sealed class PostgresVersionsApiTests(HistoryHost host, PostgresFixture postgres)
    : VersionsApiTests(host, "Postgres", postgres.CreateMigratedDatabase), IClassFixture<HistoryHost>;
