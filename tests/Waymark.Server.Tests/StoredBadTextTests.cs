using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Data.EventStores;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Tests;

/// <summary>
/// A database that already holds text no check would let in today (a lone surrogate escaped in stored JSON, a
/// properties column that is not JSON at all), written straight through the stores: every read of the workspace
/// still answers, the bad values replaced and counted, also after a restart. Each provider runs all.
/// </summary>
public abstract class StoredBadTextTests : IDisposable
{
    private const string Ws = ApiClient.Workspace;
    private static readonly long T0 = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc).Ticks;
    private readonly string _provider;
    private readonly string _connectionString;
    private WaymarkFactory _factory;

    protected StoredBadTextTests(string provider, string connectionString)
    {
        (_provider, _connectionString) = (provider, connectionString);
        _factory = new WaymarkFactory(provider, connectionString);
        Http = _factory.CreateClient();
    }

    protected HttpClient Http { get; private set; }

    [Fact]
    public async Task Reads_StoredLoneSurrogatesAndBrokenJson_AnswerAlsoAfterRestart()
    {
        var mapId = await PutBoundMapAsync();
        await StoreBadRowsAsync();

        await AssertEveryReadAnswersAsync(mapId);
        await AssertSummaryAsync();

        Restart();
        await AssertEveryReadAnswersAsync(mapId);
        await AssertSummaryAsync();
        var timeline = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{Ws}/customers/c1/timeline");
        Assert.Contains(timeline.GetProperty("events").EnumerateArray(),
            e => e.GetProperty("properties").TryGetProperty("k", out var k) && k.GetString() == "half \uFFFD pair");
    }

    public void Dispose()
    {
        Http.Dispose();
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private void Restart()
    {
        Http.Dispose();
        _factory.Dispose();
        _factory = new WaymarkFactory(_provider, _connectionString);
        Http = _factory.CreateClient();
    }

    /// <summary>Rows the stores take as they are: the checks live on the ways in, which these bypass.</summary>
    private async Task StoreBadRowsAsync()
    {
        using var scope = _factory.Services.CreateScope();
        var events = scope.ServiceProvider.GetRequiredService<IEventStore>();
        await events.AppendAsync(EventSources.DefaultKey(Ws),
        [
            new NewEvent("e1", "c1", T0, "Visited", "web", """{"k":"half \ud800 pair","device":"ios"}"""),
            new NewEvent("e2", "c1", T0 + TimeSpan.TicksPerMinute, "Bought", null, """{"\udc00":"value of a bad name"}"""),
            new NewEvent("e3", "c2", T0, "Visited", null, """{"k": not json"""),
            new NewEvent("e4", "c2", T0 + TimeSpan.TicksPerHour, "Bought", "web", """{"fine":"yes"}"""),
        ]);
        var feedback = scope.ServiceProvider.GetRequiredService<IFeedbackStore>();
        await feedback.AppendAsync(Ws,
        [
            new NewFeedback("f1", "c1", T0, "stp_buy", null, "nps", 3, "slow and confusing", "survey", true, "en", """{"k":"\ud800"}"""),
            new NewFeedback("f2", "c2", T0, null, "Bought", null, null, "great", "review", false, null, """{"k": not json"""),
        ]);
    }

    private async Task AssertSummaryAsync()
    {
        var summary = await Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{Ws}/events/summary");
        Assert.Equal(4, summary.GetProperty("events").GetInt64());
        Assert.Equal(3, summary.GetProperty("replacedValues").GetInt64()); // a value, a name, a broken properties text
    }

    private async Task AssertEveryReadAnswersAsync(string mapId)
    {
        string[] urls =
        [
            $"/api/workspaces/{Ws}/events/summary", $"/api/workspaces/{Ws}/activities", $"/api/workspaces/{Ws}/customers",
            $"/api/workspaces/{Ws}/customers/c1/timeline", $"/api/workspaces/{Ws}/feedback", $"/api/workspaces/{Ws}/feedback/summary",
            $"{ApiClient.MapUrl(mapId)}/overlay", $"{ApiClient.MapUrl(mapId)}/paths", $"{ApiClient.MapUrl(mapId)}/insights",
            $"{ApiClient.MapUrl(mapId)}/feedback",
        ];
        foreach (var url in urls)
        {
            using var response = await Http.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
            using var _ = JsonDocument.Parse(body); // well-formed JSON out, whatever came in
        }
    }

    private async Task<string> PutBoundMapAsync()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, etag) = await ApiClient.GetMapAsync(Http, id);
        map.Stages =
        [
            new Stage
            {
                Id = "stg_all", Name = "All",
                Steps =
                [
                    new Step { Id = "stp_visit", Name = "Visit", Binding = new StepBinding { Activities = ["Visited"] } },
                    new Step
                    {
                        Id = "stp_buy", Name = "Buy",
                        Binding = new StepBinding { Activities = ["Bought"], Filter = [new PropertyFilter { Property = "k", Value = "x" }] },
                    },
                ],
            },
        ];
        map.Lanes.ForEach(l => l.Cells.Clear());
        using var response = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(map), etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return id;
    }
}
