using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Server.Tests.Sources;
using Waymark.Server.Tests.Webhooks;

namespace Waymark.Server.Tests.Rules;

/// <summary>
/// The app with webhooks and rules set for tests (a fast poll and sweep), a workspace whose map (steps visit, pay,
/// buy bound to Visited, Paid, Bought) reads the default source, an ingestion key, and an endpoint taking every rule
/// event. Helpers create rules, ingest events and feedback, and read firings.
/// </summary>
public sealed class RuleHost : IDisposable
{
    private readonly WebhookHost _host;

    private RuleHost(WebhookHost host) => _host = host;

    public HttpClient Http => _host.Http;

    public IServiceProvider Services => _host.Services;

    public string Ws { get; private set; } = "";

    public string MapId { get; private set; } = "";

    public string Key { get; private set; } = "";

    /// <summary>The event source the map reads (the workspace's default).</summary>
    public string SourceId { get; private set; } = "";

    public string Endpoint { get; private set; } = "";

    public string Secret { get; private set; } = "";

    public string Rules => $"/api/workspaces/{Ws}/maps/{MapId}/rules";

    public static async Task<RuleHost> StartAsync(string provider, string connectionString, string receiverUrl, IReadOnlyDictionary<string, string>? extra = null, TimeProvider? clock = null)
    {
        var settings = new Dictionary<string, string> { ["Rules:PollSeconds"] = "0.1", ["Rules:SweepSeconds"] = "0.1" };
        foreach (var (k, v) in extra ?? new Dictionary<string, string>())
        {
            settings[k] = v;
        }

        var host = new RuleHost(new WebhookHost(provider, connectionString, settings, clock));
        host.Ws = await host._host.WorkspaceAsync();
        host.MapId = await MapAsync(host.Http, host.Ws);
        host.SourceId = (await SourcesClient.ListAsync(host.Http, host.Ws))[0].GetProperty("id").GetString()!;
        host.Key = await SourcesClient.KeyAsync(host.Http, host.Ws, host.SourceId);
        (host.Endpoint, host.Secret) = await host._host.EndpointAsync(host.Ws, receiverUrl,
            "customer.reached-step", "customer.stalled", "event.matched", "feedback.received", "segment.entered");
        return host;
    }

    /// <summary>Creates another source and ingests into it from now on (the map stays bound where it was).</summary>
    public async Task<string> NewSourceAsync(string name)
    {
        SourceId = await SourcesClient.CreateAsync(Http, Ws, name);
        Key = await SourcesClient.KeyAsync(Http, Ws, SourceId);
        return SourceId;
    }

    /// <summary>Creates a rule (201 expected) and returns its id.</summary>
    public async Task<string> RuleAsync(object rule)
    {
        using var response = await Http.PostAsJsonAsync(Rules, rule);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>A rule body: the trigger given, once per customer, to the host's endpoint and the activity feed.</summary>
    public object Rule(object trigger, string name = "Rule", bool enabled = true, object? conditions = null, object? frequency = null) => new
    {
        name,
        enabled,
        trigger,
        conditions = conditions ?? new { attributes = Array.Empty<object>() },
        frequency = frequency ?? new { reentry = "once" },
        actions = new { webhookEndpointIds = new[] { Endpoint }, activityFeed = true },
    };

    /// <summary>Ingests events: (customer, activity, minutes before now, properties or null).</summary>
    public async Task IngestAsync(params (string Customer, string Activity, double MinutesAgo, Dictionary<string, string>? Properties)[] events)
    {
        var now = DateTime.UtcNow;
        var body = JsonSerializer.Serialize(events.Select(e => new Dictionary<string, object?>
        {
            ["customerId"] = e.Customer,
            ["activity"] = e.Activity,
            ["timestamp"] = now.AddMinutes(-e.MinutesAgo).ToString("o", CultureInfo.InvariantCulture),
            ["properties"] = e.Properties,
        }.Where(p => p.Value is not null).ToDictionary()));
        using var response = await IngestClient.PostAsync(Http, Key, body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task FeedbackAsync(params string[] items)
    {
        using var response = await FeedbackClient.PostAsync(Http, Key, FeedbackClient.Batch(items));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<JsonElement[]> FiringsAsync(string ruleId) =>
        (await Http.GetFromJsonAsync<JsonElement>($"{Rules}/{ruleId}/firings")).GetProperty("items").EnumerateArray().ToArray();

    public WaymarkDbContext Db() => Services.CreateScope().ServiceProvider.GetRequiredService<WaymarkDbContext>();

    /// <summary>Waits until the evaluator's cursor has read every event stored in the map's source (in whichever store holds them).</summary>
    public async Task CaughtUpAsync(int seconds = 60)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var store = Services.GetRequiredService<IEventStore>();
        while (true)
        {
            await using var db = Db();
            var events = await store.LastSequenceAsync(new EventSourceKey(Ws, SourceId));
            var cursors = await db.RuleCursors.Where(c => c.WorkspaceId == Ws && c.Stream.StartsWith("e")).MaxAsync(c => (long?)c.Sequence) ?? -1;
            if (cursors >= events)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < until, $"The evaluator did not catch up in {seconds} s: cursor {cursors}, events {events}.");
            await Task.Delay(50);
        }
    }

    public void Dispose() => _host.Dispose();

    private static async Task<string> MapAsync(HttpClient http, string ws)
    {
        var id = await SourcesClient.BoundMapAsync(http, ws, null);
        using var get = await http.GetAsync($"/api/workspaces/{ws}/maps/{id}");
        var map = Waymark.Core.FileFormat.MapSerializer.Read(await get.Content.ReadAsStringAsync(), Waymark.Core.FileFormat.MapFormat.Json).Map!;
        map.Stages[0].Steps.Insert(1, new Waymark.Core.Maps.Step { Id = "pay", Name = "Pay", Binding = new Waymark.Core.Maps.StepBinding { Activities = ["Paid"] } });
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/workspaces/{ws}/maps/{id}")
        {
            Content = new StringContent(Waymark.Core.FileFormat.MapSerializer.ToJson(map), System.Text.Encoding.UTF8, "application/json"),
        };
        put.Headers.IfMatch.Add(get.Headers.ETag!);
        (await http.SendAsync(put)).EnsureSuccessStatusCode();
        return id;
    }
}
