using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data.EventStores;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Analyses;
using Waymark.Server.Features.Sources;
using Waymark.Server.Tests.Sources;
using Waymark.Testing.ClickHouse;

namespace Waymark.Server.Tests.ClickHouse;

/// <summary>
/// Deleting a workspace through the API on a server whose events and feedback live in ClickHouse (which has no foreign
/// keys to cascade from the workspace row): its rows go from ClickHouse before the answer, another workspace's stay;
/// and the server lets go of a deleted workspace's or source's pushdown clients.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseWorkspaceDeleteTests(ClickHouseFixture clickHouse) : IDisposable
{
    private static readonly long T0 = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc).Ticks;
    private readonly WaymarkFactory _factory = new("Sqlite", TempSqlite.NewMigratedConnectionString(), new Dictionary<string, string>
    {
        ["Events:Store"] = "ClickHouse",
        ["Events:ClickHouse:Url"] = clickHouse.Server.Url.ToString(),
        ["Events:ClickHouse:Database"] = clickHouse.Server.NewDatabaseName(),
    });

    [StoreFact]
    public async Task DeleteWorkspace_OnClickHouse_ItsEventsAttributesAndFeedbackGoneOthersKept()
    {
        using var http = _factory.CreateClient();
        var (events, feedback) = (_factory.Services.GetRequiredService<IEventStore>(), _factory.Services.GetRequiredService<IFeedbackStore>());
        var (demo, other) = (EventSources.DefaultKey("demo"), new EventSourceKey("other", "src_other"));
        foreach (var source in new[] { demo, other })
        {
            await events.AppendAsync(source, [new("e1", "c1", T0, "Visited", null, null)]);
            await events.SetAttributesAsync(source, [new("c1", "plan", "pro")]);
            await feedback.AppendAsync(source.WorkspaceId, [new("f1", "c1", T0, null, null, null, null, "Slow checkout", "survey", false, null, null)]);
        }

        var analyses = _factory.Services.GetRequiredService<SourceAnalyses>();
        (await http.GetAsync(new Uri("/api/workspaces/demo/activities", UriKind.Relative))).EnsureSuccessStatusCode();
        Assert.True(analyses.Holds(demo));

        using var deleted = await http.DeleteAsync(new Uri("/api/workspaces/demo", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(analyses.Holds(demo));
        Assert.False(await events.HasDataAsync(demo));
        Assert.Equal(0, await feedback.CountAsync("demo"));
        Assert.Equal(new AppendResult(1, 0), await events.AppendAsync(demo, [new("e1", "c2", T0, "Visited", null, null)]));
        Assert.Equal(["c1"], (await events.ReadSinceAsync(other, 0).ToListAsync()).Select(e => e.CustomerId));
        Assert.Equal(1, await feedback.CountAsync("other"));
    }

    [StoreFact]
    public async Task DeleteSource_AskedBefore_ItsPushdownClientLetGo()
    {
        using var http = _factory.CreateClient();
        var analyses = _factory.Services.GetRequiredService<SourceAnalyses>();
        var sourceId = await SourcesClient.CreateAsync(http, "demo", "Empty shop");
        (await http.GetAsync(new Uri($"/api/workspaces/demo/activities?source={sourceId}", UriKind.Relative))).EnsureSuccessStatusCode();
        Assert.True(analyses.Holds(new EventSourceKey("demo", sourceId)));

        using var deleted = await http.DeleteAsync(new Uri($"/api/workspaces/demo/sources/{sourceId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(analyses.Holds(new EventSourceKey("demo", sourceId)));
    }

    public void Dispose() => _factory.Dispose();
}
