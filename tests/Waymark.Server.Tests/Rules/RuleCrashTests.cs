using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Waymark.Server.Tests.Sources;
using Waymark.Server.Tests.Webhooks;
using Waymark.Testing;

namespace Waymark.Server.Tests.Rules;

/// <summary>
/// The server process killed with SIGKILL while it evaluates batches of events and fires due stall timers: after a
/// restart on the same database every firing arrives, and exactly once per rule and customer (one webhook-id each;
/// a delivery cut off may arrive again under its own id, as at-least-once allows).
/// </summary>
public sealed class RuleCrashTests : IAsyncLifetime
{
    private const int Customers = 300;
    private readonly string _folder = Directory.CreateTempSubdirectory("waymark-rules-").FullName;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Evaluate_ServerKilledMidBatchesAndDueTimers_EveryFiringArrivesOncePerCustomerAfterRestart()
    {
        var file = Path.Combine(_folder, "waymark.db");
        using (var server = await StartAsync(file))
        {
            using var http = WaymarkHttp.Client(server.Address);
            var (ws, key) = await SetUpAsync(http);
            for (var batch = 0; batch < Customers / 50; batch++)
            {
                var events = Enumerable.Range(batch * 50, 50).Select(c => new
                {
                    customerId = $"c{c:000}", activity = "Visited", timestamp = DateTime.UtcNow.AddMinutes(-10).ToString("o", CultureInfo.InvariantCulture),
                });
                using var response = await IngestClient.PostAsync(http, key, JsonSerializer.Serialize(events));
                response.EnsureSuccessStatusCode();
            }

            await _receiver.WaitAsync(r => r.Requests.Count >= 20);
            server.Kill();
        }

        var before = _receiver.Accepted.Count;
        using var restarted = await StartAsync(file);
        await _receiver.WaitAsync(r => Firings().Count == 2 * Customers, seconds: 180);
        await Task.Delay(1000); // a double firing would be on its way by now

        var firings = Firings();
        Assert.True(before < 2 * Customers, $"the kill came after all {before} deliveries: it tested nothing");
        Assert.Equal(Customers, firings.Keys.Count(k => k.Type == "customer.stalled"));
        Assert.Equal(Customers, firings.Keys.Count(k => k.Type == "customer.reached-step"));
        Assert.All(firings, f => Assert.True(f.Value.Count == 1, $"{f.Key} fired {f.Value.Count} times: {string.Join(", ", f.Value)}"));
    }

    /// <summary>Per (event type, customer): the distinct webhook-ids accepted.</summary>
    private Dictionary<(string Type, string Customer), HashSet<string>> Firings() =>
        _receiver.Requests.Where(r => _receiver.Accepted.ContainsKey(r.Id)).Select(r => (r.Id, Body: JsonDocument.Parse(r.Body).RootElement))
            .GroupBy(r => (r.Body.GetProperty("type").GetString()!, r.Body.GetProperty("data").GetProperty("customer").GetProperty("id").GetString()!))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToHashSet());

    private async Task<(string Ws, string Key)> SetUpAsync(HttpClient http)
    {
        using var created = await http.PostAsJsonAsync("/api/workspaces", new { name = "Crash" });
        var ws = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var map = await SourcesClient.BoundMapAsync(http, ws, null);
        var source = (await SourcesClient.ListAsync(http, ws))[0].GetProperty("id").GetString()!;
        var key = await SourcesClient.KeyAsync(http, ws, source);
        using var hook = await http.PostAsJsonAsync($"/api/workspaces/{ws}/webhooks", new { url = _receiver.Url, events = new[] { "customer.stalled", "customer.reached-step" } });
        Assert.Equal(HttpStatusCode.Created, hook.StatusCode);
        var endpoint = (await hook.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhook").GetProperty("id").GetString()!;
        foreach (var trigger in new object[] { new { kind = "stalled", stepId = "visit", untilStepId = "buy", withinSeconds = 60 }, new { kind = "reached-step", stepId = "visit" } })
        {
            using var rule = await http.PostAsJsonAsync($"/api/workspaces/{ws}/maps/{map}/rules", new
            {
                name = "crash", enabled = true, trigger, conditions = new { attributes = Array.Empty<object>() }, frequency = new { reentry = "always" },
                actions = new { webhookEndpointIds = new[] { endpoint }, activityFeed = true },
            });
            Assert.Equal(HttpStatusCode.Created, rule.StatusCode);
        }

        return (ws, key);
    }

    private Task<ServerProcess> StartAsync(string file)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var url = $"http://127.0.0.1:{port}";
        return ServerProcess.StartOnAsync(file, _folder, url, new Uri(url),
            "--Webhooks:AllowPrivateAddresses=true", "--Webhooks:PollSeconds=0.05", "--Webhooks:RetrySeconds=0.05", "--Webhooks:LeaseSeconds=5",
            "--Webhooks:TimeoutSeconds=2", "--Rules:BatchSize=20", "--Rules:PollSeconds=0.1", "--Rules:SweepSeconds=0.1", "--Rules:LeaseSeconds=5");
    }
}
