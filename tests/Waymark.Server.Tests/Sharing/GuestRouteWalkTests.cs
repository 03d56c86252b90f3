using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Waymark.Server.Tests.Routes;

namespace Waymark.Server.Tests.Sharing;

/// <summary>
/// A share-link guest walks every route of the workspace group, on its own map: only the routes a guest needs answer
/// anything but "Workspace not found" — the workspace's name, the map, its votes and comment threads, and the data view when the link
/// includes it. A new route is closed to guests unless it says otherwise.
/// </summary>
public abstract class GuestRouteWalkTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    /// <summary>
    /// Open to every guest of the map; voting and writing comments then answer 403 to a guest of a view link
    /// (VotesApiTests, CommentRulesApiTests), who may still read the map's threads.
    /// </summary>
    private static readonly string[] GuestRoutes =
    [
        "GetWorkspace", "GetMap", "GetMapReport", "GetImage", "ListMapVotes", "ListIdeaVoters", "VoteForIdea", "UnvoteIdea",
        "ListCommentThreads", "GetCommentThread", "CreateCommentThread", "ReplyToCommentThread", "ResolveCommentThread", "ReopenCommentThread",
    ];
    // Attribution and what-if read the same events as the overlay, so a link that shares the data view shares them too.
    private static readonly string[] DataRoutes = ["GetMapOverlay", "GetMapSource", "GetMapPaths", "GetMapInsights", "GetMapAttribution", "GetMapWhatIf", "GetMapFeedback", "GetMapFeedbackTags"];

    [Theory]
    [InlineData("view", false)]
    [InlineData("view", true)]
    [InlineData("comment", false)]
    public async Task EveryWorkspaceRoute_AsGuest_OnlyTheSharedMapsRoutesAnswer(string access, bool includesData)
    {
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);
        var (_, token) = await ShareClient.CreateAsync(Http, mapId, access, includesData: includesData);
        using var guest = await ShareClient.GuestAsync(Factory, token);
        var open = GuestRoutes.Concat(includesData ? DataRoutes : []).ToHashSet(StringComparer.Ordinal);

        var reached = new List<string>();
        var walked = 0;
        foreach (var endpoint in EndpointList.All(Factory.Services).Where(EndpointList.InWorkspace))
        {
            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? endpoint.RoutePattern.RawText!;
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                walked++;
                var url = EndpointList.Fill(endpoint.RoutePattern.RawText!, ApiClient.Workspace).Replace("/maps/x", "/maps/" + mapId, StringComparison.Ordinal);
                if (await ReachesAsync(guest, method, url))
                {
                    reached.Add(name);
                }
            }
        }

        Assert.True(walked > 40, $"only {walked} routes walked");
        Assert.Equal(open.Order(StringComparer.Ordinal), reached.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MapRoutes_AsGuest_OtherMapsOfTheWorkspaceNotFound()
    {
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);
        var other = await ApiClient.CreateFromTemplateAsync(Http);
        var (_, token) = await ShareClient.CreateAsync(Http, mapId, "comment", includesData: true);
        using var guest = await ShareClient.GuestAsync(Factory, token);

        foreach (var route in new[] { "", "/overlay", "/source", "/paths", "/insights", "/feedback", "/feedback/tags", "/votes", "/share-links" })
        {
            Assert.False(await ReachesAsync(guest, "GET", ApiClient.MapUrl(other) + route), route);
        }
    }

    /// <summary>Whether the request got past the workspace filter (anything but its "Workspace not found").</summary>
    private static async Task<bool> ReachesAsync(HttpClient guest, string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await guest.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            return true;
        }

        var body = await response.Content.ReadAsStringAsync();
        return !body.Contains("\"Workspace not found\"", StringComparison.Ordinal);
    }
}
