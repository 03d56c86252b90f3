using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Collab;

/// <summary>The co-editing hub against the real app and database: two editors, a viewer, the PUT, reconnects.</summary>
public abstract class CollabHubTests(CollabHost host, string provider, Func<string> connectionString)
{
    private Task<CollabHost> StartAsync() => host.StartAsync(provider, connectionString);

    [Fact]
    public async Task Send_TwoEditorsDifferentCells_BothSurvive()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        await using var sam = await h.Sam.ConnectAsync();
        await ana.JoinAsync(mapId);
        await sam.JoinAsync(mapId);
        Assert.All(await ana.SendAsync(mapId, Ops.Grid()), r => Assert.Equal("applied", r.GetProperty("status").GetString()));

        var fromAna = Ops.With("ana-1", Ops.SetText("actions", "s1", "Ana's text"), 3);
        var fromSam = Ops.With("sam-1", Ops.SetText("thoughts", "s2", "Sam's text"), 3);
        var sent = await Task.WhenAll(ana.SendAsync(mapId, fromAna), sam.SendAsync(mapId, fromSam));

        Assert.All(sent.SelectMany(r => r), r => Assert.Equal("applied", r.GetProperty("status").GetString()));
        await ana.AppliedAsync("sam-1");
        await sam.AppliedAsync("ana-1");
        var map = await GetMapAsync(h, mapId);
        Assert.Equal("Ana's text", Cell(map, "actions", "s1"));
        Assert.Equal("Sam's text", Cell(map, "thoughts", "s2"));
    }

    [Fact]
    public async Task Send_SamePropertyLater_WinsAndSaysWhomItReplaced()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        await using var sam = await h.Sam.ConnectAsync();
        await ana.SendAsync(mapId, Ops.Grid());

        await ana.JoinAsync(mapId);
        await ana.SendAsync(mapId, Ops.With("ana-name", Ops.RenameStep("s1", "Ana's name"), 3));
        var results = await sam.SendAsync(mapId, Ops.With("sam-name", Ops.RenameStep("s1", "Sam's name"), 3));
        var applied = await ana.AppliedAsync("sam-name");

        Assert.Equal("applied", results[0].GetProperty("status").GetString());
        Assert.Equal("Ana", applied.GetProperty("replaced").GetProperty("authorName").GetString());
        var map = await GetMapAsync(h, mapId);
        Assert.Equal("Sam's name", map.GetProperty("stages")[0].GetProperty("steps")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Send_SameCellLater_WinsAndSaysWhomItReplaced()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        await using var sam = await h.Sam.ConnectAsync();
        await ana.JoinAsync(mapId);
        await ana.SendAsync(mapId, Ops.Grid());
        await ana.SendAsync(mapId, Ops.With("ana-cell", Ops.SetText("actions", "s1", "first"), 3));
        await sam.SendAsync(mapId, Ops.With("sam-cell", Ops.SetText("actions", "s1", "second"), 3));

        var applied = await ana.AppliedAsync("sam-cell");

        var replaced = applied.GetProperty("replaced");
        Assert.Equal("Ana", replaced.GetProperty("authorName").GetString());
        Assert.Equal(h.Ana.UserId, replaced.GetProperty("authorId").GetString());
        Assert.Equal(4, replaced.GetProperty("seq").GetInt64());
        Assert.Equal("second", Cell(await GetMapAsync(h, mapId), "actions", "s1"));
    }

    [Fact]
    public async Task Send_EditOfStepDeletedMeanwhile_RejectedAsDeletedByWhom()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        await using var sam = await h.Sam.ConnectAsync();
        await ana.SendAsync(mapId, Ops.Grid());
        await ana.SendAsync(mapId, Ops.Of(new { type = "deleteStep", stepId = "s2" }, 3));

        var late = await sam.SendAsync(mapId, Ops.Of(Ops.SetText("actions", "s2", "too late"), 3));

        Assert.Equal("rejected", late[0].GetProperty("status").GetString());
        Assert.Equal("deleted", late[0].GetProperty("reason").GetString());
        Assert.Equal("Ana", late[0].GetProperty("by").GetString());
        Assert.Equal("Ana deleted this step", late[0].GetProperty("message").GetString());
        var map = await GetMapAsync(h, mapId);
        Assert.Single(map.GetProperty("stages")[0].GetProperty("steps").EnumerateArray());
    }

    [Fact]
    public async Task Send_SameOpIdTwice_AppliedOnce()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        await ana.SendAsync(mapId, Ops.Grid());
        var op = Ops.With("twice", new { type = "addLane", index = 9, lane = new { id = "ideas", kind = "ideas", title = "Ideas" } }, 3);

        var first = await ana.SendAsync(mapId, op);
        var again = await ana.SendAsync(mapId, op, op);

        Assert.Equal("applied", first[0].GetProperty("status").GetString());
        Assert.All(again, r => Assert.Equal("duplicate", r.GetProperty("status").GetString()));
        Assert.All(again, r => Assert.Equal(first[0].GetProperty("seq").GetInt64(), r.GetProperty("seq").GetInt64()));
        var lanes = (await GetMapAsync(h, mapId)).GetProperty("lanes").EnumerateArray().Select(l => l.GetProperty("id").GetString());
        Assert.Equal(["actions", "thoughts", "ideas"], lanes);
    }

    [Fact]
    public async Task Send_Viewer_ForbiddenButMayJoinAndShowPresence()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        await using var vic = await h.Vic.ConnectAsync();
        await ana.JoinAsync(mapId);

        var joined = await vic.JoinAsync(mapId);
        await vic.Connection.InvokeAsync("SetPresence", CollabHost.Workspace, mapId, new { stepId = "s1" }, null);
        var refused = await Assert.ThrowsAsync<HubException>(() => vic.SendAsync(mapId, Ops.Of(new { type = "updateMap", patch = new { name = "Vic's" } })));

        Assert.Equal("viewer", joined.GetProperty("role").GetString());
        Assert.Contains("forbidden", refused.Message, StringComparison.Ordinal);
        var people = await ana.PresenceAsync(2);
        var seen = people.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Vic");
        Assert.Equal("s1", seen.GetProperty("selection").GetProperty("stepId").GetString());
        Assert.Matches("^#[0-9a-f]{6}$", seen.GetProperty("colour").GetString()!);
        Assert.Equal("Collab", (await GetMapAsync(h, mapId)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Connect_FromAnotherSite_Refused()
    {
        var h = await StartAsync();

        var refused = await Record.ExceptionAsync(() => h.Ana.ConnectAsync(origin: "http://evil.example:8080"));

        Assert.NotNull(refused);
    }

    [Fact]
    public async Task Put_WholeDocument_ArrivesAsReplaceDocument()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        await ana.JoinAsync(mapId);
        using var get = await h.Sam.Http.GetAsync($"/api/workspaces/{CollabHost.Workspace}/maps/{mapId}");
        var json = (await get.Content.ReadAsStringAsync()).Replace("\"Collab\"", "\"Renamed by PUT\"", StringComparison.Ordinal);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/workspaces/{CollabHost.Workspace}/maps/{mapId}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        put.Headers.IfMatch.Add(get.Headers.ETag!);

        using var saved = await h.Sam.Http.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var applied = await ana.AppliedAsync(op => op.GetProperty("edit").GetProperty("type").GetString() == "replaceDocument");

        Assert.Equal("Renamed by PUT", applied.GetProperty("edit").GetProperty("map").GetProperty("name").GetString());
        Assert.Equal("Sam", applied.GetProperty("authorName").GetString());
        Assert.Equal(1, applied.GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task Send_AfterPut_AppliesToThePutDocumentNotTheCachedOne()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        await ana.SendAsync(mapId, Ops.Grid());
        await ana.SendAsync(mapId, Ops.With("before-put", Ops.SetText("actions", "s1", "before the PUT"), 3));
        using var get = await h.Sam.Http.GetAsync($"/api/workspaces/{CollabHost.Workspace}/maps/{mapId}");
        var json = (await get.Content.ReadAsStringAsync()).Replace("\"Collab\"", "\"Renamed by PUT\"", StringComparison.Ordinal);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/workspaces/{CollabHost.Workspace}/maps/{mapId}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        put.Headers.IfMatch.Add(get.Headers.ETag!);
        using var saved = await h.Sam.Http.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var results = await ana.SendAsync(mapId, Ops.With("after-put", Ops.SetText("thoughts", "s2", "after the PUT"), 4));

        Assert.Equal(6, results[0].GetProperty("seq").GetInt64());
        var map = await GetMapAsync(h, mapId);
        Assert.Equal("Renamed by PUT", map.GetProperty("name").GetString());
        Assert.Equal("before the PUT", Cell(map, "actions", "s1"));
        Assert.Equal("after the PUT", Cell(map, "thoughts", "s2"));
    }

    [Fact]
    public async Task Join_SinceSeq_ReturnsOnlyTheMissedOps()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        await ana.SendAsync(mapId, Ops.Grid());
        await ana.SendAsync(mapId, Ops.With("missed-1", Ops.SetText("actions", "s1", "one"), 3), Ops.With("missed-2", Ops.SetText("actions", "s2", "two"), 3));
        await using var sam = await h.Sam.ConnectAsync();

        var caughtUp = await sam.JoinAsync(mapId, 3);
        var fresh = await sam.JoinAsync(mapId);

        Assert.Equal(5, caughtUp.GetProperty("seq").GetInt64());
        Assert.False(caughtUp.TryGetProperty("map", out _));
        Assert.Equal(["missed-1", "missed-2"], caughtUp.GetProperty("ops").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
        Assert.Equal(5, fresh.GetProperty("seq").GetInt64());
        Assert.Equal("two", Cell(fresh.GetProperty("map"), "actions", "s2"));
        Assert.False(fresh.TryGetProperty("ops", out _));
    }

    [Fact]
    public async Task Send_ManyAtOnce_EachAppliedOnceInOneGaplessOrder()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        await using var sam = await h.Sam.ConnectAsync();
        await ana.SendAsync(mapId, Ops.Grid());

        var sends = Enumerable.Range(0, 12).Select(i => (i % 2 == 0 ? ana : sam).SendAsync(mapId,
            Ops.Of(Ops.SetText(i % 3 == 0 ? "thoughts" : "actions", "s" + (1 + (i % 2)), "text " + i), 3),
            Ops.Of(new { type = "addStep", stageId = "g1", index = 99, step = new { id = "n" + i, name = "Step " + i } }, 3)));
        var results = (await Task.WhenAll(sends)).SelectMany(r => r).ToArray();

        Assert.All(results, r => Assert.Equal("applied", r.GetProperty("status").GetString()));
        Assert.Equal(Enumerable.Range(4, 24).Select(i => (long)i), results.Select(r => r.GetProperty("seq").GetInt64()).Order());
        var map = await GetMapAsync(h, mapId);
        Assert.Equal(14, map.GetProperty("stages")[0].GetProperty("steps").GetArrayLength());
    }

    [Fact]
    public async Task Send_HostileOps_RejectedWithWhereAndWhy()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        await ana.SendAsync(mapId, Ops.Grid());
        const string Script = "<script>alert(1)</script>";

        var results = await ana.SendAsync(mapId,
            Ops.Of(new { type = "dropTables" }),
            new { baseSeq = 0, edit = new { type = "deleteLane", laneId = "actions" } },
            Ops.Of(Ops.SetText("actions", "s1", new string('x', 10_001))),
            Ops.Of(new { type = "updateMap", patch = new { stages = Array.Empty<object>() } }),
            Ops.Of(Ops.SetText("actions", "nowhere", "?")),
            Ops.Of(Ops.SetText("actions", "s1", Script)));
        var tooMany = await Assert.ThrowsAsync<HubException>(() => ana.SendAsync(mapId, Enumerable.Range(0, 201).Select(_ => Ops.Of(new { type = "updateMap", patch = new { name = "x" } })).ToArray()));

        Assert.Equal(["invalid", "invalid", "invalid", "invalid", "missing"], results.Take(5).Select(r => r.GetProperty("reason").GetString()));
        Assert.Equal(["id", "edit.patch.stages"], new[] { results[1], results[3] }.Select(r => r.GetProperty("path").GetString()));
        Assert.Equal("applied", results[5].GetProperty("status").GetString());
        Assert.Contains("at most 200", tooMany.Message, StringComparison.Ordinal);
        Assert.Equal(Script, Cell(await GetMapAsync(h, mapId), "actions", "s1"));
    }

    private static async Task<JsonElement> GetMapAsync(CollabHost h, string mapId) =>
        await h.Ana.Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{CollabHost.Workspace}/maps/{mapId}");

    private static string? Cell(JsonElement map, string laneId, string stepId) =>
        map.GetProperty("lanes").EnumerateArray().Single(l => l.GetProperty("id").GetString() == laneId)
            .GetProperty("cells").GetProperty(stepId).GetProperty("text").GetString();
}

public sealed class SqliteCollabHubTests(CollabHost host) : CollabHubTests(host, "Sqlite", TempSqlite.NewConnectionString), IClassFixture<CollabHost>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCollabHubTests(CollabHost host, PostgresFixture postgres)
    : CollabHubTests(host, "Postgres", postgres.CreateDatabase), IClassFixture<CollabHost>;
