using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waymark.Server.Tests.Collab;
using Waymark.Testing.Postgres;
using static Waymark.Server.Tests.History.HistoryCalls;

namespace Waymark.Server.Tests.History;

/// <summary>GET history's sessions and restores through the real hub and database: grouping, paging, restoredFrom.</summary>
public abstract class HistorySessionsApiTests(HistoryHost host, string provider, Func<string> connectionString)
{
    private Task<HistoryHost> StartAsync() => host.StartAsync(provider, connectionString);

    [Fact]
    public async Task History_TwoAuthorsInterleaved_OneSessionEachWithItsKinds()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        await using var sam = await h.Sam.ConnectAsync();
        AllApplied(await ana.SendAsync(mapId, Ops.Grid()));
        AllApplied(await sam.SendAsync(mapId, Ops.Of(Ops.SetText("actions", "s1", "Sam 1"), 3)));
        AllApplied(await ana.SendAsync(mapId, Ops.Of(Ops.SetText("thoughts", "s1", "Ana 1"), 4)));
        AllApplied(await sam.SendAsync(mapId, Ops.Of(Ops.SetText("actions", "s2", "Sam 2"), 5)));

        var history = await HistoryAsync(h.Vic, mapId);

        Assert.Equal(6, history.GetProperty("seq").GetInt64());
        Assert.Equal([("Sam", 4L, 6L, 2), ("Ana", 1L, 5L, 4)], Sessions(history));
        var anas = history.GetProperty("sessions")[1];
        Assert.Equal(h.Ana.UserId, anas.GetProperty("authorId").GetString());
        Assert.Equal([("lanes added", 2), ("cells changed", 1), ("stages added", 1)],
            anas.GetProperty("kinds").EnumerateArray().Select(k => (k.GetProperty("label").GetString()!, k.GetProperty("count").GetInt32())));
        Assert.False(anas.TryGetProperty("restoredFrom", out _));
        Assert.False(history.GetProperty("more").GetBoolean());
    }

    [Fact]
    public async Task History_GapOfTwentyMinutes_SplitsTheAuthorsSession()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        AllApplied(await ana.SendAsync(mapId, Ops.Grid()));
        await h.DatabaseAsync(async db =>
        {
            foreach (var op in await db.MapOperations.Where(o => o.MapId == mapId).ToListAsync())
            {
                op.At = op.At.AddMinutes(-20);
            }

            return await db.SaveChangesAsync();
        });

        AllApplied(await ana.SendAsync(mapId, Ops.Of(Ops.SetText("actions", "s1", "later"), 3)));
        var history = await HistoryAsync(h.Ana, mapId);

        Assert.Equal([("Ana", 4L, 4L, 1), ("Ana", 1L, 3L, 3)], Sessions(history));
    }

    [Fact]
    public async Task Restore_StoredBroadcastAndASessionOfItsOwn()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        await using var sam = await h.Sam.ConnectAsync();
        await sam.JoinAsync(mapId);
        AllApplied(await ana.SendAsync(mapId, Ops.Grid()));
        AllApplied(await ana.SendAsync(mapId, Ops.Of(Ops.SetText("actions", "s1", "v1"), 3)));
        AllApplied(await ana.SendAsync(mapId, Ops.Of(Ops.SetText("actions", "s1", "v2"), 4)));

        var restored = await ana.SendAsync(mapId, Restore(await MapAtAsync(h.Ana, mapId, 4), 4, 5, "restore-1"));
        var applied = await sam.AppliedAsync("restore-1");
        var restoredMap = await MapNowAsync(h.Ana, mapId);
        AllApplied(await ana.SendAsync(mapId, Ops.Of(Ops.SetText("actions", "s2", "after"), 6)));
        var history = await HistoryAsync(h.Ana, mapId);
        var caughtUp = await sam.JoinAsync(mapId, 5);

        Assert.Equal(6, restored[0].GetProperty("seq").GetInt64());
        Assert.Equal(4, applied.GetProperty("restoredFrom").GetInt64());
        Assert.Equal("v1", Cell(restoredMap, "actions", "s1"));
        Assert.Equal([("Ana", 7L, 7L, 1), ("Ana", 6L, 6L, 1), ("Ana", 1L, 5L, 5)], Sessions(history));
        var restore = history.GetProperty("sessions")[1];
        Assert.Equal(4, restore.GetProperty("restoredFrom").GetInt64());
        Assert.Equal("whole map replaced", restore.GetProperty("kinds")[0].GetProperty("label").GetString());
        Assert.Equal(4, caughtUp.GetProperty("ops")[0].GetProperty("restoredFrom").GetInt64());
        Assert.Equal(4, await h.DatabaseAsync(db => db.MapOperations.Where(o => o.MapId == mapId && o.Seq == 6).Select(o => o.RestoredFrom).SingleAsync()));
    }

    [Fact]
    public async Task Restore_BadRestoredFrom_RejectedWithWhereAndNothingStored()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        AllApplied(await ana.SendAsync(mapId, Ops.Grid()));
        var map = await MapNowAsync(h.Ana, mapId);

        var results = await ana.SendAsync(mapId,
            Restore(map, 99, 3),
            Restore(map, -1, 3),
            new { id = "cell-restore", baseSeq = 3, edit = Ops.SetText("actions", "s1", "x"), restoredFrom = 1 },
            new { id = "text-restore", baseSeq = 3, edit = new { type = "replaceDocument", map }, restoredFrom = "1" });

        Assert.All(results, r => Assert.Equal(("rejected", "invalid"), (r.GetProperty("status").GetString(), r.GetProperty("reason").GetString())));
        Assert.Equal(["restoredFrom", "restoredFrom", "edit.type", "restoredFrom"], results.Select(r => r.GetProperty("path").GetString()));
        Assert.Contains("from 0 to 3", results[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, (await HistoryAsync(h.Ana, mapId)).GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task History_Paged_EachSessionOnceNewestFirst()
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();
        await using var ana = await h.Ana.ConnectAsync();
        AllApplied(await ana.SendAsync(mapId, Ops.Grid()));
        for (var seq = 3L; seq < 7; seq++)
        {
            AllApplied(await ana.SendAsync(mapId, Restore(await MapNowAsync(h.Ana, mapId), seq, seq)));
        }

        var first = await HistoryAsync(h.Ana, mapId, "?limit=2");
        var second = await HistoryAsync(h.Ana, mapId, "?limit=2&before=6");
        var last = await HistoryAsync(h.Ana, mapId, "?limit=2&before=4");

        Assert.Equal([7L, 6L], Sessions(first).Select(s => s.From));
        Assert.Equal([5L, 4L], Sessions(second).Select(s => s.From));
        Assert.Equal([1L], Sessions(last).Select(s => s.From));
        Assert.Equal([true, true, false], new[] { first, second, last }.Select(p => p.GetProperty("more").GetBoolean()));
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=201", "limit")]
    [InlineData("?before=0", "before")]
    [InlineData("?before=99", "before")]
    [InlineData("?before=abc", "before")]
    public async Task History_ParameterOutOfRange_400NamingIt(string query, string parameter)
    {
        var h = await StartAsync();
        var mapId = await h.NewMapAsync();

        using var response = await h.Ana.Http.GetAsync(HistoryHost.MapUrl(mapId) + "/history" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }
}

public sealed class SqliteHistorySessionsApiTests(HistoryHost host) : HistorySessionsApiTests(host, "Sqlite", TempSqlite.NewMigratedConnectionString), IClassFixture<HistoryHost>;

[Collection(PostgresCollection4.Name)]
public sealed class PostgresHistorySessionsApiTests(HistoryHost host, PostgresFixture postgres)
    : HistorySessionsApiTests(host, "Postgres", postgres.CreateMigratedDatabase), IClassFixture<HistoryHost>;
