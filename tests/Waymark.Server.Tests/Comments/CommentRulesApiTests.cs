using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Core.FileFormat;

namespace Waymark.Server.Tests.Comments;

/// <summary>Who may change which comment, what a body may be, hostile text, guests, and places removed from the map.</summary>
public abstract class CommentRulesApiTests(string provider, string connectionString) : IDisposable
{
    private readonly CommentsClient _comments = new(provider, connectionString);

    public const string Hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) &amp; \"'\n  second line";

    [Fact]
    public async Task EditAndDelete_SomeoneElsesComment_403AndUnchanged()
    {
        var c = await _comments.WithMapAsync();
        var thread = await c.StartThreadAsync("u_ana", new { kind = "map" }, "Mine");
        var url = $"{c.Threads}/{thread.GetProperty("id").GetString()}/comments/{thread.GetProperty("comments")[0].GetProperty("id").GetString()}";
        using var cora = c.As("u_cora");

        using var edit = await cora.PutAsJsonAsync(url, new { body = "Theirs" });
        using var delete = await cora.DeleteAsync(url);
        var list = await c.ListAsync("u_cora");

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        var comment = list.GetProperty("threads")[0].GetProperty("comments")[0];
        Assert.Equal("Mine", comment.GetProperty("body").GetString());
        Assert.False(comment.GetProperty("mine").GetBoolean());
        Assert.False(comment.GetProperty("canDelete").GetBoolean());
    }

    [Fact]
    public async Task EditAndDelete_OwnComment_EditedThenThreadGoesWithItsLastComment()
    {
        var c = await _comments.WithMapAsync();
        var thread = await c.StartThreadAsync("u_ana", new { kind = "map" }, "Frist");
        var threadId = thread.GetProperty("id").GetString()!;
        var reply = await c.ReplyAsync("u_cora", threadId, "Typo");
        var url = $"{c.Threads}/{threadId}/comments/{thread.GetProperty("comments")[0].GetProperty("id").GetString()}";
        using var ana = c.As("u_ana");

        using var edit = await ana.PutAsJsonAsync(url, new { body = "First, @[Ben](u_ben)" });
        var edited = await edit.Content.ReadFromJsonAsync<JsonElement>();
        var benBefore = await c.InboxOfAsync("u_ben");
        using var delete = await ana.DeleteAsync(url);
        var afterFirst = await c.ListAsync();
        using var owner = c.As("u_olga");
        using var moderated = await owner.DeleteAsync($"{c.Threads}/{threadId}/comments/{reply.GetProperty("id").GetString()}");
        var afterLast = await c.ListAsync();

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal("First, @[Ben Stakeholder](u_ben)", edited.GetProperty("body").GetString());
        Assert.NotEqual(JsonValueKind.Null, edited.GetProperty("editedAt").ValueKind);
        Assert.Equal("mention", benBefore.GetProperty("items")[0].GetProperty("reason").GetString());
        Assert.Equal(0, (await c.InboxOfAsync("u_ben")).GetProperty("items").GetArrayLength()); // went with the comment
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(["Typo"], afterFirst.GetProperty("threads")[0].GetProperty("comments").EnumerateArray().Select(x => x.GetProperty("body").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, moderated.StatusCode);
        Assert.Equal(0, afterLast.GetProperty("threads").GetArrayLength());
        Assert.Equal(0, afterLast.GetProperty("counts").GetArrayLength());
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("a\u0000b")]
    [InlineData(null)]
    public async Task Reply_BodyNotText_400AtBody(string? body)
    {
        var c = await _comments.WithMapAsync();
        var thread = await c.StartThreadAsync(null, new { kind = "map" }, "x");
        using var http = c.As();

        using var response = await http.PostAsJsonAsync($"{c.Threads}/{thread.GetProperty("id").GetString()}/comments", new { body });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "body"));
    }

    [Fact]
    public async Task CreateThread_BodyAtTheLimitAndOneOver_StoredThen400()
    {
        var c = await _comments.WithMapAsync();
        using var http = c.As();

        using var atLimit = await CommentsClient.StartAsync(http, c.Threads, new { kind = "map" }, new string('a', 5000));
        using var over = await CommentsClient.StartAsync(http, c.Threads, new { kind = "map" }, new string('a', 5001));

        Assert.Equal(HttpStatusCode.Created, atLimit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Contains("5000", ApiClient.ErrorsAt(await ApiClient.ProblemAsync(over), "body")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateThread_HostileText_StoredAndAnsweredExactlyAsTyped()
    {
        var c = await _comments.WithMapAsync();

        var thread = await c.StartThreadAsync(null, new { kind = "map" }, Hostile);
        var listed = await c.ListAsync();

        Assert.Equal(Hostile, thread.GetProperty("comments")[0].GetProperty("body").GetString());
        Assert.Equal(Hostile, listed.GetProperty("threads")[0].GetProperty("comments")[0].GetProperty("body").GetString());
    }

    [Fact]
    public async Task List_StepRemovedFromTheMap_ThreadStaysOnARemovedStepWithItsName()
    {
        var c = await _comments.WithMapAsync();
        var step = c.Map.Stages[0].Steps[0];
        await c.StartThreadAsync(null, new { kind = "step", stepId = step.Id }, "About this step");
        using var http = c.As();
        var (_, _, etag) = await ApiClient.GetMapAsync(http, c.MapId);

        using var saved = await ApiClient.PutAsync(http, c.MapId, MapJsonWithout(c, step.Id), etag);
        var thread = (await c.ListAsync()).GetProperty("threads")[0];

        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        Assert.True(thread.GetProperty("anchorRemoved").GetBoolean());
        Assert.Equal(step.Name, thread.GetProperty("anchorLabel").GetString());
    }

    [Fact]
    public async Task Comment_ViewerAndGuestOfAnotherMap_RefusedWhileGuestOfThisMapComments()
    {
        var c = await _comments.WithMapAsync();
        using var viewer = c.As("u_ben");
        using var otherGuest = await c.GuestAsync(null);
        using var guest = await c.GuestAsync(c.MapId);

        using var byViewer = await CommentsClient.StartAsync(viewer, c.Threads, new { kind = "map" }, "x");
        using var byOtherGuest = await CommentsClient.StartAsync(otherGuest, c.Threads, new { kind = "map" }, "x");
        using var byGuest = await CommentsClient.StartAsync(guest, c.Threads, new { kind = "map" }, "From a guest");
        var created = await byGuest.Content.ReadFromJsonAsync<JsonElement>();
        using var guestInbox = await guest.GetAsync(c.Inbox);

        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherGuest.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byGuest.StatusCode);
        var comment = created.GetProperty("comments")[0];
        Assert.Equal(JsonValueKind.Null, comment.GetProperty("authorId").ValueKind);
        Assert.Equal($"{CommentsClient.GuestName} (guest)", comment.GetProperty("authorName").GetString());
        Assert.False(comment.GetProperty("mine").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, guestInbox.StatusCode);
    }

    [Fact]
    public async Task Create_MapDeleted_ThreadsGoWithIt()
    {
        var c = await _comments.WithMapAsync();
        await c.StartThreadAsync(null, new { kind = "map" }, "x");
        using var http = c.As();
        var (_, _, etag) = await ApiClient.GetMapAsync(http, c.MapId);
        using var request = new HttpRequestMessage(HttpMethod.Delete, ApiClient.MapUrl(c.MapId));
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        using var deleted = await http.SendAsync(request);
        using var list = await http.GetAsync(c.Threads);

        Assert.True(deleted.IsSuccessStatusCode, await deleted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
    }

    private static string MapJsonWithout(CommentsClient c, string stepId)
    {
        var map = c.Map;
        foreach (var stage in map.Stages)
        {
            stage.Steps.RemoveAll(s => s.Id == stepId);
        }

        foreach (var lane in map.Lanes)
        {
            lane.Cells.Remove(stepId);
        }

        map.EntryStepId = map.EntryStepId == stepId ? null : map.EntryStepId;
        map.OutcomeStepId = map.OutcomeStepId == stepId ? null : map.OutcomeStepId;
        return MapSerializer.ToJson(map);
    }

    public void Dispose()
    {
        _comments.Dispose();
        GC.SuppressFinalize(this);
    }
}
