using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Waymark.Server.Tests.Sharing;

/// <summary>Votes belong to people: one each by default, a dot-voting budget when set, held under concurrency.</summary>
public abstract class VotesApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private string[] Ideas { get; set; } = [];

    [Fact]
    public async Task Vote_OneEach_SecondRefusedAndUnvoteGivesItBack()
    {
        var mapId = await CreateMapAsync();

        var first = await VoteAsync(Http, mapId, Ideas[0]);
        using var second = await Http.PostAsync(VoteUrl(mapId, Ideas[0]), null);
        var idea = Idea(first, Ideas[0]);

        Assert.Equal((1, 1), (idea.GetProperty("count").GetInt32(), idea.GetProperty("mine").GetInt32()));
        Assert.Equal("You", idea.GetProperty("voters")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("Already voted", (await ApiClient.ProblemAsync(second)).GetProperty("title").GetString());
        using var unvote = await Http.DeleteAsync(VoteUrl(mapId, Ideas[0]));
        var after = await unvote.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, after.GetProperty("ideas").GetArrayLength());
        using var again = await Http.DeleteAsync(VoteUrl(mapId, Ideas[0]));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Vote_IdeaNotOnTheMap_NotFound()
    {
        var mapId = await CreateMapAsync();

        using var response = await Http.PostAsync(VoteUrl(mapId, "idea-nope"), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Idea not found", (await ApiClient.ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Vote_DotVotingBudget_StacksUntilSpent()
    {
        var mapId = await CreateMapAsync();
        await SetBudgetAsync(mapId, 3);

        await VoteAsync(Http, mapId, Ideas[0]);
        await VoteAsync(Http, mapId, Ideas[0]);
        var third = await VoteAsync(Http, mapId, Ideas[1]);
        using var fourth = await Http.PostAsync(VoteUrl(mapId, Ideas[2]), null);

        Assert.Equal((3, 3), (third.GetProperty("budget").GetInt32(), third.GetProperty("used").GetInt32()));
        Assert.Equal(2, Idea(third, Ideas[0]).GetProperty("mine").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, fourth.StatusCode);
        Assert.Equal("No votes left", (await ApiClient.ProblemAsync(fourth)).GetProperty("title").GetString());
        using var back = await Http.DeleteAsync(VoteUrl(mapId, Ideas[0]));
        Assert.Equal(2, (await back.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("used").GetInt32());
    }

    [Fact]
    public async Task Vote_ManyAtOnceWithBudget_NeverMoreThanTheBudget()
    {
        var mapId = await CreateMapAsync();
        await SetBudgetAsync(mapId, 3);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            using var response = await Http.PostAsync(VoteUrl(mapId, Ideas[i % Ideas.Length]), null);
            return response.StatusCode;
        }));

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(9, statuses.Count(s => s == HttpStatusCode.Conflict));
        var votes = await Http.GetFromJsonAsync<JsonElement>($"{ApiClient.MapUrl(mapId)}/votes");
        Assert.Equal(3, votes.GetProperty("used").GetInt32());
        Assert.Equal(3, votes.GetProperty("ideas").EnumerateArray().Sum(i => i.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Vote_ManyAtOnceOneEach_OneCounted()
    {
        var mapId = await CreateMapAsync();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await Http.PostAsync(VoteUrl(mapId, Ideas[0]), null);
            return response.StatusCode;
        }));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.All(statuses.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s));
        var votes = await Http.GetFromJsonAsync<JsonElement>($"{ApiClient.MapUrl(mapId)}/votes");
        Assert.Equal(1, Idea(votes, Ideas[0]).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Vote_GuestOfCommentLink_CountedBesideMembersAsGuest()
    {
        var mapId = await CreateMapAsync();
        var (_, token) = await ShareClient.CreateAsync(Http, mapId, "comment");
        using var guest = await ShareClient.GuestAsync(Factory, token);
        await VoteAsync(Http, mapId, Ideas[0]);

        var votes = await VoteAsync(guest, mapId, Ideas[0]);

        var idea = Idea(votes, Ideas[0]);
        Assert.Equal((2, 1), (idea.GetProperty("count").GetInt32(), idea.GetProperty("mine").GetInt32()));
        var guestVoter = idea.GetProperty("voters").EnumerateArray().Single(v => v.GetProperty("isGuest").GetBoolean());
        Assert.Equal(("Ada (guest)", true), (guestVoter.GetProperty("name").GetString(), guestVoter.GetProperty("isYou").GetBoolean()));
        Assert.True(votes.GetProperty("canVote").GetBoolean());
    }

    [Fact]
    public async Task Vote_GuestOfViewLink_ForbiddenButReads()
    {
        var mapId = await CreateMapAsync();
        var (_, token) = await ShareClient.CreateAsync(Http, mapId);
        using var guest = await ShareClient.GuestAsync(Factory, token);

        using var vote = await guest.PostAsync(VoteUrl(mapId, Ideas[0]), null);
        var votes = await guest.GetFromJsonAsync<JsonElement>($"{ApiClient.MapUrl(mapId)}/votes");

        Assert.Equal(HttpStatusCode.Forbidden, vote.StatusCode);
        Assert.False(votes.GetProperty("canVote").GetBoolean());
    }

    [Fact]
    public async Task SetVoting_BudgetOutOfRange_ValidationProblemAtBudget()
    {
        var mapId = await CreateMapAsync();

        using var response = await Http.PutAsJsonAsync($"{ApiClient.MapUrl(mapId)}/voting", new { budget = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "budget"));
    }

    [Fact]
    public async Task Clear_AfterVotes_NoneLeftAndBudgetKept()
    {
        var mapId = await CreateMapAsync();
        await SetBudgetAsync(mapId, 2);
        await VoteAsync(Http, mapId, Ideas[0]);

        using var cleared = await Http.DeleteAsync($"{ApiClient.MapUrl(mapId)}/votes");

        var votes = await cleared.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 2), (votes.GetProperty("used").GetInt32(), votes.GetProperty("budget").GetInt32()));
    }

    /// <summary>A map from a template with ideas in it; the copy gets new idea ids, read back here.</summary>
    private async Task<string> CreateMapAsync()
    {
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, _) = await ApiClient.GetMapAsync(Http, mapId);
        Ideas = map.Lanes.SelectMany(l => l.Cells.Values).SelectMany(c => c.Ideas).Select(i => i.Id).ToArray();
        Assert.True(Ideas.Length >= 6);
        return mapId;
    }

    private static string VoteUrl(string mapId, string ideaId) => $"{ApiClient.MapUrl(mapId)}/ideas/{ideaId}/votes";

    private static async Task<JsonElement> VoteAsync(HttpClient http, string mapId, string ideaId)
    {
        using var response = await http.PostAsync(VoteUrl(mapId, ideaId), null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task SetBudgetAsync(string mapId, int budget)
    {
        using var response = await Http.PutAsJsonAsync($"{ApiClient.MapUrl(mapId)}/voting", new { budget });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static JsonElement Idea(JsonElement votes, string ideaId) =>
        votes.GetProperty("ideas").EnumerateArray().Single(i => i.GetProperty("ideaId").GetString() == ideaId);
}
