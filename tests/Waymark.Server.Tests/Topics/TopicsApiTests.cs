using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests.Topics;

/// <summary>Topic curation through the HTTP pipeline: rename, merge (counted once), split, hide, search; each provider runs every test.</summary>
public abstract class TopicsApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private const string Topics = $"/api/workspaces/{ApiClient.Workspace}/topics";

    [Fact]
    public async Task Merge_CountsEachItemOnce_AndSplitUndoesIt()
    {
        await IngestAsync(
            Raw("f1", "Way too expensive for a small team."),
            Raw("f2", "Too expensive compared to Trello, and the price keeps rising."),
            Raw("f3", "The price went up again this year."),
            Raw("f4", "Too expensive, we left."),
            Raw("f5", "The price doubled overnight."));

        await PostAsync("merge", new { phrases = new[] { "too expensive", "Price" }, into = "too expensive", label = "Pricing" });
        var merged = await FindAsync("pricing");
        await PostAsync("split", new { phrase = "too expensive" });
        var split = await ListAsync("expensive");

        Assert.Equal(("Pricing", 5), (merged.GetProperty("label").GetString(), merged.GetProperty("count").GetInt32()));
        Assert.Equal(["price"], merged.GetProperty("merged").EnumerateArray().Select(m => m.GetString()!));
        var alone = split.GetProperty("topics").EnumerateArray().Single(t => t.GetProperty("phrase").GetString() == "too expensive");
        Assert.Equal(3, alone.GetProperty("count").GetInt32());
        Assert.Empty(alone.GetProperty("merged").EnumerateArray());
    }

    [Fact]
    public async Task RenameAndHide_ShowEverywhere_AndAreAudited()
    {
        await IngestAsync(
            Raw("f1", "Customer support never answered my ticket."),
            Raw("f2", "Customer support was rude on the phone."),
            Raw("f3", "Customer support fixed it in minutes."),
            Raw("f4", "Dark mode looks great."));

        await PostAsync("rename", new { phrase = "customer support", label = "Support team" });
        await PostAsync("hide", new { phrase = "dark mode", hidden = true });
        var list = await ListAsync(null);
        var activity = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{ApiClient.Workspace}/activity?limit=20");

        var topic = list.GetProperty("topics").EnumerateArray().Single(t => t.GetProperty("phrase").GetString() == "customer support");
        Assert.Equal(("Support team", 3), (topic.GetProperty("label").GetString(), topic.GetProperty("count").GetInt32()));
        Assert.DoesNotContain(list.GetProperty("topics").EnumerateArray(), t => t.GetProperty("phrase").GetString() == "dark mode");
        Assert.Equal("dark mode", Assert.Single(list.GetProperty("hidden").EnumerateArray()).GetProperty("phrase").GetString());
        var actions = activity.GetRawText();
        Assert.Contains("topic.renamed", actions, StringComparison.Ordinal);
        Assert.Contains("topic.hidden", actions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadRequests_AreProblemsNamingTheField()
    {
        using var sentence = await Http.PostAsJsonAsync($"{Topics}/rename", new { phrase = "import. fails", label = "x" });
        using var one = await Http.PostAsJsonAsync($"{Topics}/merge", new { phrases = new[] { "price" }, into = "price" });
        using var stranger = await Http.PostAsJsonAsync($"{Topics}/merge", new { phrases = new[] { "price", "cost" }, into = "billing" });
        using var nothing = await Http.PostAsJsonAsync($"{Topics}/split", new { phrase = "price" });

        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(sentence), "phrase"));
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(one), "phrases"));
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(stranger), "into"));
        Assert.Equal(HttpStatusCode.NotFound, nothing.StatusCode);
    }

    private async Task<JsonElement> FindAsync(string search)
    {
        var list = await ListAsync(search);
        return list.GetProperty("topics").EnumerateArray().First();
    }

    private async Task<JsonElement> ListAsync(string? search) =>
        await Http.GetFromJsonAsync<JsonElement>(search is null ? Topics : $"{Topics}?search={Uri.EscapeDataString(search)}");

    private async Task PostAsync(string action, object body)
    {
        using var response = await Http.PostAsJsonAsync($"{Topics}/{action}", body);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private async Task IngestAsync(params string[] items)
    {
        var (_, key) = await CreateKeyAsync(Http);
        using var response = await FeedbackClient.PostAsync(Http, key, FeedbackClient.Batch(items));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Raw(string id, string text) =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { ["id"] = id, ["customerId"] = "c-" + id, ["time"] = "2026-11-01T10:00:00Z", ["text"] = text });
}
