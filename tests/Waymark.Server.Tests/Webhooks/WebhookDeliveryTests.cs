using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;

namespace Waymark.Server.Tests.Webhooks;

/// <summary>
/// Delivery through the real dispatcher to a real receiver on loopback that checks signatures itself: a receiver that
/// fails for a while still gets everything once per webhook-id, 410 stops an endpoint, rotation signs with both
/// secrets, two processes on one outbox send each attempt once, replay resends the same id, failures disable.
/// </summary>
public abstract class WebhookDeliveryTests(string provider, string connectionString) : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task Deliver_ReceiverFailsThenRecovers_EveryMessageArrivesOncePerIdWithItsIdOnEveryAttempt()
    {
        using var host = new WebhookHost(provider, connectionString);
        var ws = await host.WorkspaceAsync();
        var (endpoint, secret) = await host.EndpointAsync(ws, _receiver.Url);
        ReceiverAnswer[] trouble = [ReceiverAnswer.ServerError, ReceiverAnswer.Timeout, ReceiverAnswer.CloseConnection, ReceiverAnswer.ServerError, ReceiverAnswer.CloseConnection, ReceiverAnswer.Timeout];
        _receiver.Answer = n => n <= trouble.Length ? trouble[n - 1] : ReceiverAnswer.Ok;

        var ids = await host.EnqueueAsync(ws, endpoint, 5);
        await _receiver.WaitAsync(r => ids.All(r.Accepted.ContainsKey));
        var log = await WaitForAsync(host, ws, endpoint, rows => rows.Length == 5 && rows.All(d => State(d) == "delivered"));

        Assert.True(_receiver.Requests.Count > ids.Count); // the failures were retried
        Assert.All(_receiver.Requests, r => Assert.True(WebhookReceiver.Verifies(r, secret), $"signature of {r.Id}"));
        Assert.All(_receiver.Requests, r => Assert.Contains(r.Id, ids));
        Assert.All(_receiver.Requests.GroupBy(r => r.Id), g => Assert.Single(g.Select(r => r.Body).Distinct()));
        Assert.Equal(ids.Order(StringComparer.Ordinal), _receiver.Accepted.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(_receiver.Requests.Count, log.Sum(d => d.GetProperty("attempts").GetInt32()));
        Assert.All(log, d => Assert.Equal(200, d.GetProperty("lastStatus").GetInt32()));
        Assert.All(log, d => Assert.Equal("ok " + d.GetProperty("id").GetString(), d.GetProperty("lastResponse").GetString()));
        Assert.Equal(ids.OrderDescending(StringComparer.Ordinal), log.Select(d => d.GetProperty("id").GetString()!)); // newest first
        var body = JsonDocument.Parse(_receiver.Requests[0].Body).RootElement;
        Assert.Equal("customer.stalled", body.GetProperty("type").GetString());
        Assert.Equal("Checkout", body.GetProperty("data").GetProperty("step").GetString());
    }

    [Fact]
    public async Task Deliver_Gone_DisablesTheEndpointStopsItsPendingDeliveriesAndSaysSo()
    {
        using var host = new WebhookHost(provider, connectionString, new Dictionary<string, string> { ["Webhooks:MaxConcurrent"] = "1" });
        var ws = await host.WorkspaceAsync();
        var (endpoint, _) = await host.EndpointAsync(ws, _receiver.Url);
        _receiver.Answer = _ => ReceiverAnswer.Gone;

        await host.EnqueueAsync(ws, endpoint, 3);
        var log = await WaitForAsync(host, ws, endpoint, rows => rows.All(d => State(d) == "failed"));

        Assert.Single(_receiver.Requests);
        var webhook = await host.GetAsync(ws, endpoint);
        Assert.False(webhook.GetProperty("enabled").GetBoolean());
        Assert.Equal("410 Gone from the receiver", webhook.GetProperty("disabledReason").GetString());
        Assert.Single(log, d => d.GetProperty("lastStatus").ValueKind == JsonValueKind.Number && d.GetProperty("lastStatus").GetInt32() == 410);
        Assert.Equal(2, log.Count(d => d.GetProperty("stateReason").GetString()!.Contains("the endpoint was disabled: 410 Gone", StringComparison.Ordinal)));
        await using var db = NewDb(host);
        var notice = await db.AuditEvents.SingleAsync(a => a.Action == "webhook.disabled");
        Assert.Equal(("Waymark", endpoint), (notice.ActorName, notice.Target));
        using var test = await host.Http.PostAsync($"{WebhookHost.Root(ws)}/{endpoint}/test", null);
        Assert.Equal(HttpStatusCode.Conflict, test.StatusCode);
    }

    [Fact]
    public async Task Rotate_DuringOverlap_OldSecretOnlyAndNewSecretOnlyReceiversBothVerify()
    {
        using var host = new WebhookHost(provider, connectionString);
        var ws = await host.WorkspaceAsync();
        var (endpoint, oldSecret) = await host.EndpointAsync(ws, _receiver.Url);

        using var rotated = await host.Http.PostAsJsonAsync($"{WebhookHost.Root(ws)}/{endpoint}/rotate-secret", new { overlapHours = 24 });
        var newSecret = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        using var sent = await host.Http.PostAsync($"{WebhookHost.Root(ws)}/{endpoint}/test", null);
        await _receiver.WaitAsync(r => r.Accepted.Count == 1);
        using var cut = await host.Http.PostAsJsonAsync($"{WebhookHost.Root(ws)}/{endpoint}/rotate-secret", new { overlapHours = 0 });
        var lastSecret = (await cut.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        using var sentAgain = await host.Http.PostAsync($"{WebhookHost.Root(ws)}/{endpoint}/test", null);
        await _receiver.WaitAsync(r => r.Accepted.Count == 2);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Accepted), (rotated.StatusCode, sent.StatusCode));
        Assert.NotEqual(oldSecret, newSecret);
        var (during, after) = (_receiver.Requests[0], _receiver.Requests[1]);
        Assert.Equal(2, during.Signature.Split(' ').Length);
        Assert.True(WebhookReceiver.Verifies(during, oldSecret));
        Assert.True(WebhookReceiver.Verifies(during, newSecret));
        Assert.False(WebhookReceiver.Verifies(after, oldSecret));
        Assert.False(WebhookReceiver.Verifies(after, newSecret));
        Assert.True(WebhookReceiver.Verifies(after, lastSecret));
        Assert.Equal("webhook.test", JsonDocument.Parse(during.Body).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Dispatch_TwoServersOnOneOutbox_SendEachDeliveryOnce()
    {
        using var first = new WebhookHost(provider, connectionString);
        using var second = new WebhookHost(provider, connectionString);
        var ws = await first.WorkspaceAsync();
        var (endpoint, _) = await first.EndpointAsync(ws, _receiver.Url);
        _ = second.Services; // both dispatchers run

        var ids = await first.EnqueueAsync(ws, endpoint, 40);
        await _receiver.WaitAsync(r => ids.All(r.Accepted.ContainsKey));
        await WaitForAsync(first, ws, endpoint, rows => rows.All(d => State(d) == "delivered"));

        Assert.Equal(ids.Count, _receiver.Requests.Count);
        Assert.All(_receiver.Accepted.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task Replay_DeliveredMessage_SendsItAgainWithTheSameIdAndBody()
    {
        using var host = new WebhookHost(provider, connectionString);
        var ws = await host.WorkspaceAsync();
        var (endpoint, secret) = await host.EndpointAsync(ws, _receiver.Url);
        var id = (await host.EnqueueAsync(ws, endpoint, 1))[0];
        await WaitForAsync(host, ws, endpoint, rows => rows.All(d => State(d) == "delivered"));

        using var replay = await host.Http.PostAsync($"{WebhookHost.Root(ws)}/{endpoint}/deliveries/{id}/replay", null);
        await _receiver.WaitAsync(r => r.Accepted.GetValueOrDefault(id) == 2);
        var log = await WaitForAsync(host, ws, endpoint, rows => rows.All(d => State(d) == "delivered"));
        using var unknown = await host.Http.PostAsync($"{WebhookHost.Root(ws)}/{endpoint}/deliveries/msg_nope/replay", null);

        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(2, Assert.Single(log).GetProperty("attempts").GetInt32());
        Assert.Equal(_receiver.Requests[0].Body, _receiver.Requests[1].Body);
        Assert.All(_receiver.Requests, r => Assert.True(WebhookReceiver.Verifies(r, secret)));
    }

    [Fact]
    public async Task Deliver_FailuresInARowPastTheLimit_DisableTheEndpointWithANotice()
    {
        using var host = new WebhookHost(provider, connectionString, new Dictionary<string, string>
        {
            ["Webhooks:DisableAfterFailures"] = "3", ["Webhooks:DisableAfterDays"] = "0",
        });
        var ws = await host.WorkspaceAsync();
        var (endpoint, _) = await host.EndpointAsync(ws, _receiver.Url);
        _receiver.Answer = _ => ReceiverAnswer.ServerError;

        await host.EnqueueAsync(ws, endpoint, 1);
        var log = await WaitForAsync(host, ws, endpoint, rows => rows.All(d => State(d) == "failed"));

        var webhook = await host.GetAsync(ws, endpoint);
        Assert.False(webhook.GetProperty("enabled").GetBoolean());
        Assert.StartsWith("disabled after 3 failed attempts in a row", webhook.GetProperty("disabledReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, Assert.Single(log).GetProperty("attempts").GetInt32());
        Assert.Equal("<b>receiver down</b>", log[0].GetProperty("lastResponse").GetString()); // the answer, kept as text
        // The notice is written just after the endpoint is disabled and its deliveries stopped (its own write), so
        // the log can show "failed" a moment before it is there.
        await using var db = NewDb(host);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await db.AuditEvents.AnyAsync(a => a.Action == "webhook.disabled") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Contains("disabled after 3", (await db.AuditEvents.SingleAsync(a => a.Action == "webhook.disabled")).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_NoSuccessWithinTheRetryWindow_IsDead()
    {
        using var host = new WebhookHost(provider, connectionString, new Dictionary<string, string> { ["Webhooks:RetryHours"] = "0.0003" }); // about a second
        var ws = await host.WorkspaceAsync();
        var (endpoint, _) = await host.EndpointAsync(ws, _receiver.Url);
        _receiver.Answer = _ => ReceiverAnswer.ServerError;

        await host.EnqueueAsync(ws, endpoint, 1);
        var log = await WaitForAsync(host, ws, endpoint, rows => rows.All(d => State(d) == "dead"));

        Assert.Contains("last: HTTP 500", log[0].GetProperty("stateReason").GetString(), StringComparison.Ordinal);
        Assert.True(log[0].GetProperty("attempts").GetInt32() >= 1);
        Assert.True((await host.GetAsync(ws, endpoint)).GetProperty("enabled").GetBoolean());
    }

    private static string State(JsonElement delivery) => delivery.GetProperty("state").GetString()!;

    private static WaymarkDbContext NewDb(WebhookHost host) => host.Services.CreateScope().ServiceProvider.GetRequiredService<WaymarkDbContext>();

    private static async Task<JsonElement[]> WaitForAsync(WebhookHost host, string ws, string endpoint, Func<JsonElement[], bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var rows = await host.DeliveriesAsync(ws, endpoint);
            if (rows.Length > 0 && done(rows))
            {
                return rows;
            }

            Assert.True(DateTime.UtcNow < until, "The deliveries did not reach the state awaited: " + string.Join(", ", rows.Select(State)));
            await Task.Delay(50);
        }
    }
}
