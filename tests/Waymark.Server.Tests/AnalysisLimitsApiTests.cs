using System.Net;
using System.Text.Json;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests;

/// <summary>
/// The bounds on one analysis of a map (overlay, paths, insights, step feedback): a map with more bound steps or
/// bound activities than the settings allow is answered 422 naming the setting, and the paths list at most their
/// limit of transitions, saying so. Each provider runs every test.
/// </summary>
public abstract class AnalysisLimitsApiTests : IDisposable
{
    private static readonly string[] Analyses = ["overlay", "paths", "insights", "feedback"];
    private readonly WaymarkFactory _factory;

    protected AnalysisLimitsApiTests(string provider, string connectionString)
    {
        _factory = new WaymarkFactory(provider, connectionString, new Dictionary<string, string>
        {
            ["Analysis:MaxBoundSteps"] = "5",
            ["Analysis:MaxBoundActivities"] = "8",
            ["Analysis:MaxPathTransitions"] = "2",
        });
        Http = _factory.CreateClient();
    }

    protected HttpClient Http { get; }

    [Fact]
    public async Task Analyses_MapOverBoundStepLimit_422NamesTheSetting()
    {
        var mapId = await PutMapAsync([.. Enumerable.Range(1, 6).Select(i => Bound($"stp_{i}", $"A{i}")), new Step { Id = "stp_note", Name = "Note" }]);

        foreach (var analysis in Analyses)
        {
            using var response = await Http.GetAsync($"{ApiClient.MapUrl(mapId)}/{analysis}");

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var problem = await ApiClient.ProblemAsync(response);
            Assert.Equal("Analysis:MaxBoundSteps", problem.GetProperty("setting").GetString());
            Assert.Contains("The map has 6 steps bound to data; an analysis takes at most 5 steps (Analysis:MaxBoundSteps)",
                problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Analyses_BindingsOverActivityLimit_422NamesTheSetting()
    {
        var mapId = await PutMapAsync([Bound("stp_1", "A1", "A2", "A3", "A4", "A5"), Bound("stp_2", "B1", "B2", "B3", "B4")]);

        foreach (var analysis in Analyses)
        {
            using var response = await Http.GetAsync($"{ApiClient.MapUrl(mapId)}/{analysis}");

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal("Analysis:MaxBoundActivities", (await ApiClient.ProblemAsync(response)).GetProperty("setting").GetString());
        }
    }

    [Fact]
    public async Task Paths_MoreTransitionsThanTheLimit_StrongestListedAndTruncated()
    {
        var (_, key) = await CreateKeyAsync(Http);
        var events = new[] { ("c1", "Visit"), ("c1", "Signup"), ("c1", "Pay"), ("c2", "Visit"), ("c2", "Signup"), ("c3", "Visit") };
        using (var ingested = await PostAsync(Http, key, Array([.. events.Select((e, i) => Event(e.Item1, e.Item2, $"2026-11-01T10:0{i}:00Z"))])))
        {
            Assert.Equal(HttpStatusCode.OK, ingested.StatusCode);
        }

        var mapId = await PutMapAsync([Bound("stp_visit", "Visit"), Bound("stp_signup", "Signup"), Bound("stp_pay", "Pay")]);

        using var response = await Http.GetAsync($"{ApiClient.MapUrl(mapId)}/paths");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("truncated").GetBoolean());
        // start>visit (3), visit>signup (2), signup>pay, pay>end, signup>end, visit>end (1 each)
        Assert.Equal(6, body.GetProperty("transitionCount").GetInt32());
        var listed = body.GetProperty("transitions").EnumerateArray().ToList();
        Assert.Equal(2, listed.Count);
        Assert.Equal((null, "stp_visit", 3L), (listed[0].GetProperty("fromStepId").GetString(), listed[0].GetProperty("toStepId").GetString(), listed[0].GetProperty("customers").GetInt64()));
        Assert.Equal(("stp_visit", "stp_signup", 2L), (listed[1].GetProperty("fromStepId").GetString(), listed[1].GetProperty("toStepId").GetString(), listed[1].GetProperty("customers").GetInt64()));
    }

    public void Dispose()
    {
        Http.Dispose();
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private static Step Bound(string id, params string[] activities) => new()
    {
        Id = id,
        Name = id,
        Binding = new StepBinding { Activities = [.. activities] },
    };

    private async Task<string> PutMapAsync(Step[] steps)
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, etag) = await ApiClient.GetMapAsync(Http, id);
        map.Stages = [new Stage { Id = "stg_all", Name = "All", Steps = [.. steps] }];
        map.Lanes.ForEach(l => l.Cells.Clear());
        (map.EntryStepId, map.OutcomeStepId) = (null, null);
        using var response = await ApiClient.PutAsync(Http, id, MapSerializer.ToJson(map), etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return id;
    }
}
