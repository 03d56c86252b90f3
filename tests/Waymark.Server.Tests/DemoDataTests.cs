using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Core.FileFormat;
using Waymark.Data.EventStores;
using Waymark.Server.Features.Demo;
using Waymark.Server.Features.Sources;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests;

/// <summary>The demo workspace's generated events, on a real SQLite file, seeded the way a first start does.</summary>
public sealed class DemoDataTests : IDisposable
{
    private readonly WaymarkFactory _factory = new(
        "Sqlite", TempSqlite.NewMigratedConnectionString(), new Dictionary<string, string> { ["Demo:Events"] = "true" });

    [Fact]
    public async Task FirstStart_TrialMapSteps_EachHaveEventsWithFewerCustomersAlongTheJourney()
    {
        var http = _factory.CreateClient();
        var summaries = await http.GetFromJsonAsync<List<MapSummaryRow>>("/api/workspaces/demo/maps");
        var trial = Assert.Single(summaries!, m => m.Name == "SaaS free trial to paid");
        var map = MapSerializer.Read(await http.GetStringAsync($"/api/workspaces/demo/maps/{trial.Id}"), MapFormat.Json).Map!;
        var activities = await ActivitiesAsync(http, "demo");

        var firstOfEachStep = map.Stages.SelectMany(s => s.Steps).Select(s => s.Binding!.Activities[0]).ToList();
        Assert.All(map.Stages.SelectMany(s => s.Steps).SelectMany(s => s.Binding!.Activities),
            a => Assert.True(activities.ContainsKey(a), $"no demo events for bound activity {a}"));
        Assert.Equal(DemoSeeder.DemoCustomers, activities[firstOfEachStep[0]].Customers);
        var reached = firstOfEachStep.Select(a => activities[a].Customers).ToList();
        Assert.True(reached[^1] < reached[0] / 10, $"the last step should reach few: {string.Join(", ", reached)}");
        Assert.Contains(activities.Keys, a => a == "help_article_viewed"); // a hidden journey: no step is bound to it
    }

    [Fact]
    public async Task FirstStart_TrialMapOverlay_HasCustomersOnEveryStepThroughToTheOutcome()
    {
        var http = _factory.CreateClient();
        var summaries = await http.GetFromJsonAsync<List<MapSummaryRow>>("/api/workspaces/demo/maps");
        var trial = Assert.Single(summaries!, m => m.Name == "SaaS free trial to paid");

        var overlay = await http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/workspaces/demo/maps/{trial.Id}/overlay");

        var series = overlay.GetProperty("series")[0];
        var steps = series.GetProperty("steps").EnumerateArray().ToList();
        Assert.All(steps, s => Assert.True(s.GetProperty("inFunnel").GetBoolean(), "every trial step is bound"));
        var reached = steps.Select(s => s.GetProperty("customers").GetInt64()).ToList();
        Assert.Equal(DemoSeeder.DemoCustomers, series.GetProperty("entrants").GetInt64());
        Assert.All(reached, r => Assert.True(r > 0, $"a step nobody reaches: {string.Join(", ", reached)}"));
        Assert.Equal(reached.OrderByDescending(r => r), reached);
        Assert.Equal(reached[^1], series.GetProperty("outcome").GetProperty("customers").GetInt64());
    }

    [Fact]
    public async Task FirstStart_DemoSegments_ReferredAgainstDisplayAds_DifferSignificantlySomewhere()
    {
        var http = _factory.CreateClient();
        var summaries = await http.GetFromJsonAsync<List<MapSummaryRow>>("/api/workspaces/demo/maps");
        var trial = Assert.Single(summaries!, m => m.Name == "SaaS free trial to paid");
        var segments = await http.GetFromJsonAsync<List<MapSummaryRow>>("/api/workspaces/demo/segments");
        var referred = Assert.Single(segments!, s => s.Name == "Referred teams");
        var display = Assert.Single(segments!, s => s.Name == "From display ads");

        var overlay = await http.GetFromJsonAsync<System.Text.Json.JsonElement>(
            $"/api/workspaces/demo/maps/{trial.Id}/overlay?segment={referred.Id}&compare={display.Id}");

        var series = overlay.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["Referred teams", "From display ads"], series.Select(s => s.GetProperty("name").GetString()));
        Assert.All(series, s => Assert.InRange(s.GetProperty("entrants").GetInt64(), 300, 900)); // ~14% of 4,000 each
        var comparison = overlay.GetProperty("comparison").EnumerateArray().ToList();
        Assert.Contains(comparison, c => c.GetProperty("significant").GetBoolean() && c.GetProperty("a").GetDouble() > c.GetProperty("b").GetDouble());
    }

    [Fact]
    public async Task FirstStart_CustomersHaveAttributesForSegments()
    {
        _ = _factory.CreateClient();
        var store = _factory.Services.GetRequiredService<IEventStore>();

        var attributes = new List<CustomerAttribute>();
        await foreach (var a in store.ReadAttributesAsync(EventSources.DefaultKey("demo")))
        {
            attributes.Add(a);
        }

        Assert.Equal(DemoSeeder.DemoCustomers, attributes.Select(a => a.CustomerId).Distinct().Count());
        Assert.Equal(
            ["acquisition_channel", "company_size", "plan", "region"],
            attributes.Select(a => a.Key).Distinct().Order(StringComparer.Ordinal));
    }

    public void Dispose() => _factory.Dispose();

    private sealed record MapSummaryRow(string Id, string Name);
}
