using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;

namespace Waymark.Server.Tests.Comments;

/// <summary>Comment threads, replies, mentions, resolving and the inbox; each provider runs every test.</summary>
public abstract class CommentsApiTests(string provider, string connectionString) : IDisposable
{
    private readonly CommentsClient _comments = new(provider, connectionString);

    [Fact]
    public async Task CreateThread_OnEachKindOfPlace_ListedWithTheirPlacesAndCounted()
    {
        var c = await _comments.WithMapAsync();
        var stage = c.Map.Stages[0];
        var step = stage.Steps[0];
        var lane = c.Map.Lanes[0];

        await c.StartThreadAsync("u_ana", new { kind = "map" }, "Whole map");
        await c.StartThreadAsync("u_ana", new { kind = "stage", stageId = stage.Id }, "On the stage");
        var onStep = await c.StartThreadAsync("u_ana", new { kind = "step", stepId = step.Id }, "On the step");
        await c.StartThreadAsync("u_cora", new { kind = "step", stepId = step.Id }, "Second on the step");
        await c.StartThreadAsync("u_ana", new { kind = "cell", laneId = lane.Id, stepId = step.Id }, "On the cell");
        var list = await c.ListAsync();

        Assert.Equal("step", onStep.GetProperty("anchor").GetProperty("kind").GetString());
        Assert.Equal(stage.Id, onStep.GetProperty("anchor").GetProperty("stageId").GetString());
        Assert.Equal(step.Name, onStep.GetProperty("anchorLabel").GetString());
        Assert.Equal("Ana Researcher", onStep.GetProperty("comments")[0].GetProperty("authorName").GetString());
        Assert.Equal("u_ana", onStep.GetProperty("comments")[0].GetProperty("authorId").GetString());
        Assert.Equal(5, list.GetProperty("threads").GetArrayLength());
        Assert.Equal(5, list.GetProperty("open").GetInt32());
        var counts = list.GetProperty("counts").EnumerateArray()
            .ToDictionary(x => x.GetProperty("anchor").GetProperty("key").GetString()!, x => x.GetProperty("open").GetInt32());
        Assert.Equal(new Dictionary<string, int>
        {
            ["map"] = 1, [$"stage:{stage.Id}"] = 1, [$"step:{step.Id}"] = 2, [$"cell:{lane.Id}:{step.Id}"] = 1,
        }, counts);
        var cell = list.GetProperty("threads").EnumerateArray().Single(t => t.GetProperty("anchor").GetProperty("kind").GetString() == "cell");
        Assert.Equal($"{lane.Title} · {step.Name}", cell.GetProperty("anchorLabel").GetString());
        Assert.False(cell.GetProperty("anchorRemoved").GetBoolean());
    }

    [Theory]
    [InlineData("""{"kind": "step", "stepId": "stp_gone"}""", "anchor.stepId", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{"kind": "stage", "stageId": "stg_gone"}""", "anchor.stageId", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{"kind": "row"}""", "anchor.kind", HttpStatusCode.BadRequest)]
    [InlineData("""{"kind": "cell", "stepId": "x"}""", "anchor.laneId", HttpStatusCode.BadRequest)]
    [InlineData("null", "anchor.kind", HttpStatusCode.BadRequest)]
    public async Task CreateThread_PlaceNotOnTheMap_ProblemAtItsPathAndNothingStored(string anchor, string path, HttpStatusCode status)
    {
        var c = await _comments.WithMapAsync();
        using var http = c.As();

        using var response = await http.PostAsync(c.Threads, new StringContent($$"""{"anchor": {{anchor}}, "body": "hi"}""",
            System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(status, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), path));
        Assert.Equal(0, (await c.ListAsync()).GetProperty("threads").GetArrayLength());
    }

    [Fact]
    public async Task Reply_MentioningAMember_MentionedAndEarlierWritersFindItInTheirInbox()
    {
        var c = await _comments.WithMapAsync();
        var thread = await c.StartThreadAsync("u_ana", new { kind = "map" }, "Is the trial too short?");
        var id = thread.GetProperty("id").GetString()!;

        var reply = await c.ReplyAsync("u_cora", id, "Asking @[whoever](u_ben) and @[Ana](u_ana)");
        await c.ReplyAsync("u_olga", id, "Agreed");
        var ben = await c.InboxOfAsync("u_ben");
        var ana = await c.InboxOfAsync("u_ana");
        var cora = await c.InboxOfAsync("u_cora");

        Assert.Equal("Asking @[Ben Stakeholder](u_ben) and @[Ana Researcher](u_ana)", reply.GetProperty("body").GetString());
        var mention = Assert.Single(ben.GetProperty("items").EnumerateArray());
        Assert.Equal("mention", mention.GetProperty("reason").GetString());
        Assert.Equal("Cora Analyst", mention.GetProperty("authorName").GetString());
        Assert.Equal(id, mention.GetProperty("threadId").GetString());
        Assert.Equal(c.MapId, mention.GetProperty("mapId").GetString());
        Assert.Equal(1, ben.GetProperty("unread").GetInt32());
        Assert.Equal(["reply", "mention"], ana.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reason").GetString()));
        Assert.Equal(["reply"], cora.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reason").GetString()));
        Assert.Equal(0, (await c.InboxOfAsync("u_olga")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task MarkRead_OneLine_UnreadFirstAndCountDrops()
    {
        var c = await _comments.WithMapAsync();
        var first = (await c.StartThreadAsync("u_ana", new { kind = "map" }, "@[Ben](u_ben) first")).GetProperty("id").GetString()!;
        await c.StartThreadAsync("u_ana", new { kind = "map" }, "@[Ben](u_ben) second");
        var before = await c.InboxOfAsync("u_ben");
        var newest = before.GetProperty("items")[0].GetProperty("id").GetInt64();
        using var ben = c.As("u_ben");

        using var marked = await ben.PostAsJsonAsync(c.Inbox + "/read", new { ids = new[] { newest } });
        var after = await c.InboxOfAsync("u_ben");
        using var all = await ben.PostAsJsonAsync(c.Inbox + "/read", new { all = true });
        var none = await c.InboxOfAsync("u_ben");
        using var empty = await ben.PostAsJsonAsync(c.Inbox + "/read", new { ids = Array.Empty<long>() });

        Assert.Equal(2, before.GetProperty("unread").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, marked.StatusCode);
        Assert.Equal(1, after.GetProperty("unread").GetInt32());
        Assert.Equal(first, after.GetProperty("items")[0].GetProperty("threadId").GetString());
        Assert.False(after.GetProperty("items")[0].GetProperty("read").GetBoolean());
        Assert.True(after.GetProperty("items")[1].GetProperty("read").GetBoolean());
        Assert.Equal(0, none.GetProperty("unread").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task CreateThread_MentioningSomeoneNotAMember_422AtBodyAndNothingStored()
    {
        var c = await _comments.WithMapAsync();
        using var http = c.As("u_ana");

        using var response = await CommentsClient.StartAsync(http, c.Threads, new { kind = "map" }, "Hi @[Ben](u_ben) and @[Eve](u_eve)");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("u_eve", ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "body")[0], StringComparison.Ordinal);
        Assert.Equal(0, (await c.ListAsync()).GetProperty("threads").GetArrayLength());
        Assert.Equal(0, (await c.InboxOfAsync("u_ben")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task ResolveAndReopen_FilterFollowsAndAuditRecordsBoth()
    {
        var c = await _comments.WithMapAsync();
        var a = (await c.StartThreadAsync("u_ana", new { kind = "map" }, "a")).GetProperty("id").GetString()!;
        await c.StartThreadAsync("u_ana", new { kind = "map" }, "b");
        using var cora = c.As("u_cora");

        using var resolved = await cora.PostAsync($"{c.Threads}/{a}/resolve", null);
        var thread = await resolved.Content.ReadFromJsonAsync<JsonElement>();
        var open = await c.ListAsync(status: "open");
        var done = await c.ListAsync(status: "resolved");
        using var again = await cora.PostAsync($"{c.Threads}/{a}/resolve", null);
        using var reopened = await cora.PostAsync($"{c.Threads}/{a}/reopen", null);
        var afterReopen = await c.ListAsync(status: "open");

        Assert.Equal("resolved", thread.GetProperty("status").GetString());
        Assert.Equal("Cora Analyst", thread.GetProperty("resolvedByName").GetString());
        Assert.NotEqual(JsonValueKind.Null, thread.GetProperty("resolvedAt").ValueKind);
        Assert.Equal(["b"], open.GetProperty("threads").EnumerateArray().Select(t => t.GetProperty("comments")[0].GetProperty("body").GetString()));
        Assert.Equal((1, 1), (open.GetProperty("open").GetInt32(), open.GetProperty("resolved").GetInt32()));
        Assert.Equal(a, Assert.Single(done.GetProperty("threads").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("open", (await reopened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(2, afterReopen.GetProperty("threads").GetArrayLength());
        Assert.Equal(["comment.created", "comment.created", "comment.resolved", "comment.reopened"], await AuditActionsAsync(c));
    }

    [Fact]
    public async Task List_StatusNotKnown_400AtStatus()
    {
        var c = await _comments.WithMapAsync();
        using var http = c.As();

        using var response = await http.GetAsync($"{c.Threads}?status=closed");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "status"));
    }

    private static async Task<string[]> AuditActionsAsync(CommentsClient c)
    {
        using var scope = c.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        return await db.AuditEvents.OrderBy(e => e.Sequence).Select(e => e.Action).Where(a => a.StartsWith("comment.")).ToArrayAsync();
    }

    public void Dispose()
    {
        _comments.Dispose();
        GC.SuppressFinalize(this);
    }
}
