using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Core.FileFormat;
using Waymark.Data.EventStores;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Tests;

/// <summary>The demo workspace's generated feedback, on a real SQLite file, seeded the way a first start does.</summary>
public sealed class DemoFeedbackTests : IDisposable
{
    private readonly WaymarkFactory _factory = new(
        "Sqlite", TempSqlite.NewMigratedConnectionString(), new Dictionary<string, string> { ["Demo:Events"] = "true" });

    [Fact]
    public async Task FirstStart_DemoFeedback_IsVariedAndOfEveryKind()
    {
        var http = _factory.CreateClient();
        var summary = await http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/feedback/summary");
        var items = await ReadAsync<StoredFeedback, IFeedbackStore>((s, ws) => s.ReadSinceAsync(ws, 0));

        Assert.InRange(summary.GetProperty("items").GetInt64(), 2_000, 3_500);
        Assert.All(["nps", "csat", "ces", "rating", "none"], t => Assert.True(summary.GetProperty("byScoreType").GetProperty(t).GetInt64() > 20, t));
        Assert.All(["survey", "review", "chat", "email", "social"], s => Assert.True(summary.GetProperty("bySource").GetProperty(s).GetInt64() > 20, s));
        var texts = items.Where(i => i.Text is not null).Select(i => i.Text!).ToList();
        Assert.True(texts.Count < items.Count, "some items are scores without text");
        Assert.True(texts.Distinct().Count() > texts.Count / 2, $"{texts.Distinct().Count()} distinct of {texts.Count} texts");
        Assert.True(texts.GroupBy(t => t).Max(g => g.Count()) < texts.Count / 50, "no text repeats much");
        Assert.Contains(items, i => i.Activity == "data_imported" && i.StepId is null); // placed by an explicit activity
        Assert.Contains(items, i => i.CustomerId is null && i.Text!.Contains("import", StringComparison.OrdinalIgnoreCase)); // only by keyword
        Assert.All(items, i => Assert.Null(i.StepId));
        var map = await TrialMapAsync(http);
        Assert.Contains("spreadsheet", map.AllSteps().Single(s => s.Binding!.Activities.Contains("data_imported")).Binding!.Keywords);
    }

    [Fact]
    public async Task FirstStart_DemoFeedback_FrustratedAtTheImportConvertFarLessThanHappy()
    {
        var feedback = await ReadAsync<StoredFeedback, IFeedbackStore>((s, ws) => s.ReadSinceAsync(ws, 0));
        var events = await ReadAsync<StoredEvent, IEventStore>((s, ws) => s.ReadSinceAsync(EventSources.DefaultKey(ws), 0));
        var paid = events.Where(e => e.Activity == "subscription_started").Select(e => e.CustomerId).ToHashSet(StringComparer.Ordinal);

        // The setup-effort survey is answered right after the data import (CES: 7 = it was easy).
        var ces = feedback.Where(f => f.ScoreType == "ces").ToList();
        double Rate(IEnumerable<StoredFeedback> answers) => answers.Average(a => paid.Contains(a.CustomerId!) ? 1.0 : 0.0);
        var frustrated = ces.Where(f => f.Score <= 3).ToList();
        var happy = ces.Where(f => f.Score >= 5).ToList();

        Assert.True(frustrated.Count > 100 && happy.Count > 60, $"{frustrated.Count} frustrated, {happy.Count} happy answers");
        Assert.True(Rate(happy) - Rate(frustrated) > 0.3, $"paid: happy {Rate(happy):P0}, frustrated {Rate(frustrated):P0}");
    }

    public void Dispose() => _factory.Dispose();

    private sealed record MapSummaryRow(string Id, string Name);

    private static async Task<Waymark.Core.Maps.JourneyMap> TrialMapAsync(HttpClient http)
    {
        var summaries = await http.GetFromJsonAsync<List<MapSummaryRow>>("/api/workspaces/demo/maps");
        var trial = Assert.Single(summaries!, m => m.Name == "SaaS free trial to paid");
        return MapSerializer.Read(await http.GetStringAsync($"/api/workspaces/demo/maps/{trial.Id}"), MapFormat.Json).Map!;
    }

    private async Task<List<T>> ReadAsync<T, TStore>(Func<TStore, string, IAsyncEnumerable<T>> read)
        where TStore : notnull
    {
        _factory.CreateClient().Dispose(); // starts the app, which seeds the demo
        var rows = new List<T>();
        await foreach (var row in read(_factory.Services.GetRequiredService<TStore>(), "demo"))
        {
            rows.Add(row);
        }

        return rows;
    }
}
