using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Core.Maps;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests.Explorer;

/// <summary>The feedback explorer's search and tags through the HTTP pipeline; each provider runs every test.</summary>
public abstract class ExplorerApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private const string Search = $"/api/workspaces/{ApiClient.Workspace}/feedback/search";
    private const string Tags = $"/api/workspaces/{ApiClient.Workspace}/feedback/tags";

    [Fact]
    public async Task Search_WordsPhrasesAndFilters_PageWithTotalAndHighlights()
    {
        await IngestAsync(
            Raw("f1", "The CSV import kept failing, I want a refund", "2026-11-01T10:00:00Z", source: "chat"),
            Raw("f2", "Great café, the checklist helped", "2026-11-02T10:00:00Z", source: "review", score: 5, scoreType: "csat"),
            Raw("f3", "Refunds took weeks. Import failing again", "2026-11-03T10:00:00Z", source: "email"),
            Raw("f4", "failing import of my csv", "2026-11-04T10:00:00Z", source: "chat", score: 2, scoreType: "nps"));

        var refund = await GetAsync("q=REFUND");
        var phrase = await GetAsync("q=%22import%20failing%22");
        var chats = await GetAsync("q=import&source=chat&limit=1");
        var cafe = await GetAsync("q=cafe");
        var low = await GetAsync("band=low");

        Assert.Equal(["f3", "f1"], Ids(refund));
        var first = refund.GetProperty("items")[0];
        Assert.Equal((0, 7), (first.GetProperty("highlights")[0].GetProperty("start").GetInt32(), first.GetProperty("highlights")[0].GetProperty("length").GetInt32()));
        Assert.Equal(["f3"], Ids(phrase));
        Assert.Equal(2, chats.GetProperty("total").GetInt32());
        Assert.Equal(["f4"], Ids(chats));
        Assert.Equal(2, chats.GetProperty("facets").GetProperty("sources").GetProperty("chat").GetInt32());
        Assert.Equal(["f2"], Ids(cafe));
        Assert.Equal(["f4"], Ids(low));
    }

    [Fact]
    public async Task Search_BadValues_AreProblemsNamingTheParameter()
    {
        using var response = await Http.GetAsync($"{Search}?source=fax&limit=0&step=s1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiClient.ProblemAsync(response);
        Assert.NotEmpty(ApiClient.ErrorsAt(problem, "source"));
        Assert.NotEmpty(ApiClient.ErrorsAt(problem, "limit"));
        Assert.NotEmpty(ApiClient.ErrorsAt(problem, "map"));
    }

    [Fact]
    public async Task Tags_ByIdsAndByFilter_FilterCountAndAudit()
    {
        await IngestAsync(
            Raw("f1", "billing was confusing", "2026-11-01T10:00:00Z"),
            Raw("f2", "billing page crashed", "2026-11-02T10:00:00Z"),
            Raw("f3", "love the map", "2026-11-03T10:00:00Z"));
        var tag = await CreateTagAsync("Billing");

        var byIds = await PostJsonAsync($"{Tags}/{tag}/items", new { ids = new[] { "f1", "nope" } });
        var byFilter = await PostJsonAsync($"{Tags}/{tag}/items", new { filter = "q=billing" });
        using var duplicate = await Http.PostAsJsonAsync(Tags, new { name = "billing" });
        var tagged = await GetAsync($"tag={tag}");

        Assert.Equal((1, 1, 1), (byIds.GetProperty("changed").GetInt32(), byIds.GetProperty("unknown").GetInt32(), byIds.GetProperty("count").GetInt32()));
        Assert.Equal((1, 2), (byFilter.GetProperty("changed").GetInt32(), byFilter.GetProperty("count").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(["f2", "f1"], Ids(tagged));
        Assert.Equal([tag], tagged.GetProperty("items")[0].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(2, tagged.GetProperty("facets").GetProperty("tags").GetProperty(tag).GetInt32());
        var list = await Http.GetFromJsonAsync<JsonElement>(Tags);
        Assert.Equal(("Billing", 2), (list[0].GetProperty("name").GetString(), list[0].GetProperty("count").GetInt32()));

        var untag = await PostJsonAsync($"{Tags}/{tag}/items/remove", new { ids = new[] { "f1" } });
        using var rename = await Http.PutAsJsonAsync($"{Tags}/{tag}", new { name = "Billing pain" });
        using var delete = await Http.DeleteAsync($"{Tags}/{tag}");

        Assert.Equal(1, untag.GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(0, (await GetAsync($"tag={tag}")).GetProperty("total").GetInt32());
        var activity = await Http.GetStringAsync($"/api/workspaces/{ApiClient.Workspace}/activity");
        Assert.Contains("tag.applied", activity, StringComparison.Ordinal);
        Assert.Contains("tag.deleted", activity, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Steps_ExplorerCountsEqualTheMapsAndTagsShowOnTheStep()
    {
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, _) = await ApiClient.GetMapAsync(Http, mapId);
        var step = map.AllSteps().First().Id;
        await IngestAsync(
            Raw("f1", "signing up was slow", "2026-11-01T10:00:00Z", stepId: step),
            Raw("f2", "sign-up form is long", "2026-11-02T10:00:00Z", stepId: step),
            Raw("f3", "nothing to do with a step", "2026-11-03T10:00:00Z"));
        var tag = await CreateTagAsync("Slow sign-up");
        await PostJsonAsync($"{Tags}/{tag}/items", new { ids = new[] { "f1" } });

        var figures = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{ApiClient.Workspace}/maps/{mapId}/feedback");
        var onStep = await GetAsync($"map={mapId}&step={step}");
        var all = await GetAsync($"map={mapId}");
        var stepTags = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{ApiClient.Workspace}/maps/{mapId}/feedback/tags");

        var mapCount = figures.GetProperty("steps").EnumerateArray().First(s => s.GetProperty("stepId").GetString() == step).GetProperty("count").GetInt32();
        Assert.Equal(2, mapCount);
        Assert.Equal(mapCount, onStep.GetProperty("total").GetInt32());
        Assert.Equal(mapCount, all.GetProperty("facets").GetProperty("steps").GetProperty(step).GetInt32());
        Assert.Equal(step, onStep.GetProperty("items")[0].GetProperty("placedStepId").GetString());
        var onMap = Assert.Single(stepTags.EnumerateArray());
        Assert.Equal(step, onMap.GetProperty("stepId").GetString());
        var shown = Assert.Single(onMap.GetProperty("tags").EnumerateArray());
        Assert.Equal(("Slow sign-up", 1, "signing up was slow"), (shown.GetProperty("name").GetString(), shown.GetProperty("count").GetInt32(),
            shown.GetProperty("quotes")[0].GetProperty("text").GetString()));
    }

    private async Task<JsonElement> GetAsync(string query) => await Http.GetFromJsonAsync<JsonElement>($"{Search}?{query}");

    private async Task<string> CreateTagAsync(string name)
    {
        using var response = await Http.PostAsJsonAsync(Tags, new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> PostJsonAsync(string url, object body)
    {
        using var response = await Http.PostAsJsonAsync(url, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task IngestAsync(params string[] items)
    {
        var (_, key) = await CreateKeyAsync(Http);
        using var response = await FeedbackClient.PostAsync(Http, key, FeedbackClient.Batch(items));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Raw(string id, string text, string time, string? source = null, double? score = null, string? scoreType = null, string? stepId = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = id, ["customerId"] = "c-" + id, ["time"] = time, ["text"] = text, ["source"] = source, ["score"] = score,
            ["scoreType"] = scoreType, ["stepId"] = stepId,
        }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));

    private static string[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
}
