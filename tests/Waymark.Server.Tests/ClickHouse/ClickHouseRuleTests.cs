using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Server.Tests.Rules;
using Waymark.Server.Tests.Webhooks;
using Waymark.Testing.ClickHouse;

namespace Waymark.Server.Tests.ClickHouse;

/// <summary>
/// Rules on a server whose events and feedback live in ClickHouse (Events:Store=ClickHouse): a rule switched on fires
/// for what is stored after, not for the history ClickHouse already holds (where history ends is asked of the stores,
/// not of the relational tables, which hold none of it here).
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseRuleTests(ClickHouseFixture clickHouse) : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [StoreFact]
    public async Task Enable_HistoryInClickHouse_EventAndFeedbackRulesFireOnlyForWhatComesAfter()
    {
        using var host = await RuleHost.StartAsync("Sqlite", TempSqlite.NewMigratedConnectionString(), _receiver.Url, new Dictionary<string, string>
        {
            ["Events:Store"] = "ClickHouse",
            ["Events:ClickHouse:Url"] = clickHouse.Server.Url.ToString(),
            ["Events:ClickHouse:Database"] = clickHouse.Server.NewDatabaseName(),
        });
        var reached = host.Rule(new { kind = "reached-step", stepId = "visit" }, "reached");
        var said = host.Rule(new { kind = "feedback", stepId = "visit", feedback = new { scoreMax = 6 } }, "said");
        var (reachedId, saidId) = (await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "visit" }, "reached", enabled: false)),
            await host.RuleAsync(host.Rule(new { kind = "feedback", stepId = "visit", feedback = new { scoreMax = 6 } }, "said", enabled: false)));
        await host.IngestAsync(("history", "Visited", 5, null));
        await host.FeedbackAsync("""{"customerId":"history","time":"2026-11-01T10:00:00Z","score":2,"scoreType":"nps","stepId":"visit"}""");

        foreach (var (id, body) in new[] { (reachedId, reached), (saidId, said) })
        {
            using var on = await host.Http.PutAsJsonAsync($"{host.Rules}/{id}", body);
            on.EnsureSuccessStatusCode();
        }

        await host.IngestAsync(("new", "Visited", 1, null));
        await host.FeedbackAsync("""{"customerId":"new","time":"2026-11-01T11:00:00Z","score":3,"scoreType":"nps","stepId":"visit"}""");
        await host.CaughtUpAsync();
        await _receiver.WaitAsync(r => r.Accepted.Count >= 2);
        await Task.Delay(500);

        Assert.Equal("new", Assert.Single(await host.FiringsAsync(reachedId)).GetProperty("customer").GetString());
        Assert.Equal("new", Assert.Single(await host.FiringsAsync(saidId)).GetProperty("customer").GetString());
        Assert.Equal(2, _receiver.Accepted.Count);
        Assert.All(_receiver.Requests, r => Assert.Equal("new", JsonDocument.Parse(r.Body).RootElement
            .GetProperty("data").GetProperty("customer").GetProperty("id").GetString()));
    }
}
