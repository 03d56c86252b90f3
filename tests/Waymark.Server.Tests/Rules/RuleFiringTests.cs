using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data.Entities;
using Waymark.Data.EventStores;
using Waymark.Server.Features.Rules;
using Waymark.Server.Tests.Sources;
using Waymark.Server.Tests.Webhooks;

namespace Waymark.Server.Tests.Rules;

/// <summary>
/// Rules firing on live ingestion through the real evaluator, outbox and dispatcher to a real receiver on loopback that
/// checks signatures: every trigger kind fires once per customer as configured, conditions filter, re-entry modes,
/// rules off fire nothing, a rule switched on (or whose map moves to another source) does not fire for history, and a
/// batch evaluated twice fires once.
/// </summary>
public abstract class RuleFiringTests(string provider, string connectionString) : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task ReachedStep_CustomersReachTheStepTwice_OneSignedWebhookAndOneActivityLinePerCustomer()
    {
        using var host = await StartAsync();
        var rule = await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "buy" }, "Thank buyers"));

        await host.IngestAsync(("c1", "Visited", 5, null), ("c1", "Bought", 4, null), ("c2", "Bought", 3, null));
        await host.IngestAsync(("c1", "Bought", 1, null));
        await host.CaughtUpAsync();
        await _receiver.WaitAsync(r => r.Accepted.Count == 2);

        var messages = Messages();
        Assert.Equal(["c1", "c2"], messages.Select(m => Customer(m)).Order());
        Assert.All(_receiver.Requests, r => Assert.True(WebhookReceiver.Verifies(r, host.Secret)));
        var first = messages.Single(m => Customer(m) == "c1");
        Assert.Equal("customer.reached-step", first.GetProperty("type").GetString());
        var data = first.GetProperty("data");
        Assert.Equal((rule, "Thank buyers"), (data.GetProperty("rule").GetProperty("id").GetString(), data.GetProperty("rule").GetProperty("name").GetString()));
        Assert.Equal((host.MapId, "buy", "Buy"), (data.GetProperty("map").GetProperty("id").GetString(), data.GetProperty("step").GetProperty("id").GetString(), data.GetProperty("step").GetProperty("label").GetString()));
        Assert.Equal("Bought", data.GetProperty("event").GetProperty("activity").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("feedback").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("segment").ValueKind); // only a segment-entered rule names one
        var firings = await host.FiringsAsync(rule);
        Assert.Equal(2, firings.Length);
        Assert.All(firings, f => Assert.Single(f.GetProperty("deliveries").EnumerateArray()));
        await using var db = host.Db();
        var lines = await db.AuditEvents.Where(a => a.WorkspaceId == host.Ws && a.Action == "map.rule-fired").ToListAsync();
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.Target == host.MapId && l.Detail!.StartsWith("Rule 'Thank buyers' fired for customer c1 at step 'Buy'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Event_PropertyFilter_OnlyMatchingEventsFire()
    {
        using var host = await StartAsync();
        await host.RuleAsync(host.Rule(new { kind = "event", activity = "Paid", properties = new[] { new { key = "plan", op = "eq", value = "pro" }, new { key = "amount", op = "gt", value = "100" } } }));

        await host.IngestAsync(("c1", "Paid", 3, new() { ["plan"] = "pro", ["amount"] = "250" }), ("c2", "Paid", 3, new() { ["plan"] = "free", ["amount"] = "250" }),
            ("c3", "Paid", 3, new() { ["plan"] = "pro", ["amount"] = "50" }), ("c4", "Visited", 3, new() { ["plan"] = "pro", ["amount"] = "250" }));
        await host.CaughtUpAsync();
        await _receiver.WaitAsync(r => r.Accepted.Count >= 1);
        await Task.Delay(500); // a wrong second firing would be on its way by now

        var only = Assert.Single(Messages());
        Assert.Equal(("event.matched", "c1"), (only.GetProperty("type").GetString(), Customer(only)));
        Assert.Equal("pro", only.GetProperty("data").GetProperty("event").GetProperty("properties").GetProperty("plan").GetString());
    }

    [Fact]
    public async Task Feedback_ScoreCondition_OnlyLowScoresOnTheStepFire()
    {
        using var host = await StartAsync();
        await host.RuleAsync(host.Rule(new { kind = "feedback", stepId = "buy", feedback = new { scoreMax = 6 } }));

        await host.FeedbackAsync(
            """{"customerId":"c1","time":"2026-11-01T10:00:00Z","score":3,"scoreType":"nps","stepId":"buy","text":"slow"}""",
            """{"customerId":"c2","time":"2026-11-01T10:00:00Z","score":10,"scoreType":"nps","stepId":"buy"}""",
            """{"customerId":"c3","time":"2026-11-01T10:00:00Z","score":2,"scoreType":"nps","stepId":"visit"}""");
        await _receiver.WaitAsync(r => r.Accepted.Count >= 1);
        await Task.Delay(500);

        var only = Assert.Single(Messages());
        Assert.Equal(("feedback.received", "c1"), (only.GetProperty("type").GetString(), Customer(only)));
        Assert.Equal(3, only.GetProperty("data").GetProperty("feedback").GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Stalled_DueTimerFires_AndStepBInTimeCancels()
    {
        using var host = await StartAsync();
        var rule = await host.RuleAsync(host.Rule(new { kind = "stalled", stepId = "visit", untilStepId = "buy", withinSeconds = 60 }, "Nudge"));

        await host.IngestAsync(("late", "Visited", 10, null), ("quick", "Visited", 10, null), ("quick", "Bought", 9.5, null), ("waiting", "Visited", 0, null));
        await host.CaughtUpAsync();
        await _receiver.WaitAsync(r => r.Accepted.Count >= 1);
        await Task.Delay(500);

        var only = Assert.Single(Messages());
        Assert.Equal(("customer.stalled", "late"), (only.GetProperty("type").GetString(), Customer(only)));
        Assert.Equal("visit", only.GetProperty("data").GetProperty("step").GetProperty("id").GetString());
        await using var db = host.Db();
        var timers = await db.RuleTimers.Where(t => t.RuleId == rule).ToDictionaryAsync(t => t.CustomerId, t => t.State);
        Assert.Equal(("fired", "cancelled", "armed"), (timers["late"], timers["quick"], timers["waiting"]));
        var live = await host.Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{host.Ws}/maps/{host.MapId}/live");
        var visit = live.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("stepId").GetString() == "visit");
        Assert.Equal((1, 1), (visit.GetProperty("inFlight").GetInt32(), visit.GetProperty("stalledNow").GetInt32()));
    }

    [Fact]
    public async Task SegmentEntered_CustomerBecomesAMember_FiresOnceOnEntering()
    {
        using var host = await StartAsync();
        var segment = await SegmentAsync(host, """{"name": "Buyers", "conditions": {"did": ["Bought"]}}""");
        var rule = await host.RuleAsync(host.Rule(new { kind = "segment-entered", segmentId = segment }));

        await host.IngestAsync(("c1", "Visited", 5, null), ("c2", "Visited", 5, null));
        await host.CaughtUpAsync();
        await host.IngestAsync(("c1", "Bought", 4, null));
        await host.CaughtUpAsync();
        await host.IngestAsync(("c1", "Visited", 3, null));
        await host.CaughtUpAsync();
        await _receiver.WaitAsync(r => r.Accepted.Count >= 1);
        await Task.Delay(500);

        var only = Assert.Single(Messages());
        Assert.Equal(("segment.entered", "c1"), (only.GetProperty("type").GetString(), Customer(only)));
        var watched = only.GetProperty("data").GetProperty("segment");
        Assert.Equal((segment, "Buyers"), (watched.GetProperty("id").GetString(), watched.GetProperty("name").GetString()));
        Assert.Equal("entered segment 'Buyers'", Assert.Single(await host.FiringsAsync(rule)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Conditions_SegmentAndAttribute_FilterWhoFires()
    {
        using var host = await StartAsync();
        var payers = await SegmentAsync(host, """{"name": "Payers", "conditions": {"did": ["Paid"]}}""");
        await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "visit" }, conditions: new { segmentId = payers, attributes = Array.Empty<object>() }));

        await host.IngestAsync(("payer", "Paid", 10, null), ("payer", "Visited", 5, null), ("browser", "Visited", 5, null));
        await host.CaughtUpAsync();
        await _receiver.WaitAsync(r => r.Accepted.Count >= 1);
        await Task.Delay(500);

        Assert.Equal("payer", Customer(Assert.Single(Messages())));
    }

    [Fact]
    public async Task Conditions_Attributes_OnlyCustomersWhoseAttributesHoldFire_WithTheirAttributesInTheWebhook()
    {
        using var host = await StartAsync();
        await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "visit" },
            conditions: new { attributes = new[] { new { key = "plan", op = "eq", value = "pro" }, new { key = "seats", op = "gt", value = "5" } } }));
        var store = host.Services.GetRequiredService<IEventStore>();
        var source = (await SourcesClient.ListAsync(host.Http, host.Ws))[0].GetProperty("id").GetString()!;
        await store.SetAttributesAsync(new EventSourceKey(host.Ws, source),
            [new("big", "plan", "pro"), new("big", "seats", "12"), new("small", "plan", "pro"), new("small", "seats", "2"), new("free", "plan", "free"), new("free", "seats", "40")]);

        await host.IngestAsync(("big", "Visited", 5, null), ("small", "Visited", 5, null), ("free", "Visited", 5, null), ("nobody", "Visited", 5, null));
        await host.CaughtUpAsync();
        await _receiver.WaitAsync(r => r.Accepted.Count >= 1);
        await Task.Delay(500);

        var only = Assert.Single(Messages());
        Assert.Equal("big", Customer(only));
        Assert.Equal("12", only.GetProperty("data").GetProperty("customer").GetProperty("attributes").GetProperty("seats").GetString());
    }

    [Fact]
    public async Task Frequency_OnceAlwaysAfter_FireAsConfigured()
    {
        // "after" is judged by the app's clock at firing time; the test moves that clock past the hour instead of waiting,
        // so however slow the machine, the second visit falls inside the hour and the third outside it.
        var clock = new MovedClock();
        using var host = await RuleHost.StartAsync(provider, connectionString, _receiver.Url, clock: clock);
        var once = await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "visit" }, "once"));
        var always = await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "visit" }, "always", frequency: new { reentry = "always" }));
        var after = await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "visit" }, "after", frequency: new { reentry = "after", reentryAfterSeconds = 3600 }));
        var capped = await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "visit" }, "capped", frequency: new { reentry = "always", maxPerDay = 2 }));

        await host.IngestAsync(("c1", "Visited", 3, null));
        await host.CaughtUpAsync();
        await host.IngestAsync(("c1", "Visited", 2, null));
        await host.CaughtUpAsync();
        clock.Shift = TimeSpan.FromMinutes(61);
        await host.IngestAsync(("c1", "Visited", 1, null));
        await host.CaughtUpAsync();

        Assert.Equal((1, 3, 2, 2), ((await host.FiringsAsync(once)).Length, (await host.FiringsAsync(always)).Length,
            (await host.FiringsAsync(after)).Length, (await host.FiringsAsync(capped)).Length));
        await _receiver.WaitAsync(r => r.Accepted.Count == 8);
    }

    [Fact]
    public async Task Enable_RuleOffThenOn_FiresNothingWhileOffNorForHistory()
    {
        using var host = await StartAsync();
        var rule = await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "visit" }, enabled: false));
        var probe = await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "buy" }, "probe"));

        await host.IngestAsync(("history", "Visited", 5, null), ("history", "Bought", 4, null));
        await host.CaughtUpAsync();
        Assert.Single(await host.FiringsAsync(probe));
        Assert.Empty(await host.FiringsAsync(rule));
        using var on = await host.Http.PutAsJsonAsync($"{host.Rules}/{rule}", host.Rule(new { kind = "reached-step", stepId = "visit" }));
        on.EnsureSuccessStatusCode();
        Assert.Equal("on", (await on.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        await host.IngestAsync(("new", "Visited", 1, null));
        await host.CaughtUpAsync();

        Assert.Equal("new", Assert.Single(await host.FiringsAsync(rule)).GetProperty("customer").GetString());
    }

    [Fact]
    public async Task MapSource_ChangedUnderAnEnabledRule_TheNewSourcesHistoryDoesNotFire()
    {
        using var host = await StartAsync();
        var rule = await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "visit" }));
        var other = await host.NewSourceAsync("Second shop");
        await host.IngestAsync(("history", "Visited", 5, null));

        using var bound = await host.Http.PutAsJsonAsync($"/api/workspaces/{host.Ws}/maps/{host.MapId}/source", new { sourceId = other });
        bound.EnsureSuccessStatusCode();
        await host.IngestAsync(("new", "Visited", 1, null));
        await host.CaughtUpAsync();

        Assert.Equal("new", Assert.Single(await host.FiringsAsync(rule)).GetProperty("customer").GetString());
    }

    [Fact]
    public async Task Replay_CursorMovedBackToTheSameBatch_AddsNoSecondFiring()
    {
        using var host = await StartAsync();
        var rule = await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "visit" }, frequency: new { reentry = "always" }));
        var stall = await host.RuleAsync(host.Rule(new { kind = "stalled", stepId = "visit", untilStepId = "buy", withinSeconds = 3600 }, "stall"));
        await host.IngestAsync(("c1", "Visited", 5, null), ("c2", "Visited", 5, null));
        await host.CaughtUpAsync();
        await using (var db = host.Db())
        {
            Assert.Equal(2, await db.RuleTimers.CountAsync(t => t.RuleId == stall));
            var moved = await db.RuleCursors.Where(c => c.WorkspaceId == host.Ws).ExecuteUpdateAsync(s => s.SetProperty(c => c.Sequence, 0L));
            Assert.True(moved > 0);
        }

        await host.IngestAsync(("c3", "Bought", 1, null)); // signals the evaluator, which reads the first batch again
        await host.CaughtUpAsync();
        await _receiver.WaitAsync(r => r.Accepted.Count == 2);
        await Task.Delay(500);

        Assert.Equal(2, (await host.FiringsAsync(rule)).Length);
        Assert.Equal(2, _receiver.Accepted.Count);
        await using var after = host.Db();
        Assert.Equal(2, await after.RuleTimers.CountAsync(t => t.RuleId == stall));
    }

    [Fact]
    public async Task Batch_RuleCreatedBetweenTheRulesReadAndTheEvents_JudgesThem()
    {
        // The evaluator reads the rules, then a batch of events. A rule created and an event stored between those two
        // reads must still judge the event: the batch re-reads the source's rules after its events (the cursor moves past).
        using var host = await RuleHost.StartAsync(provider, connectionString, _receiver.Url, new Dictionary<string, string> { ["Rules:Evaluate"] = "false" });
        var first = await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "visit" }, "first"));
        var stale = await StaleRunsAsync(host);
        var second = await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "visit" }, "second"));
        await host.IngestAsync(("c1", "Visited", 1, null));
        var source = (await SourcesClient.ListAsync(host.Http, host.Ws))[0].GetProperty("id").GetString()!;

        await host.Services.GetRequiredService<RuleEventBatches>().BatchAsync(new EventSourceKey(host.Ws, source), stale, default);

        Assert.Equal((1, 1), ((await host.FiringsAsync(first)).Length, (await host.FiringsAsync(second)).Length));
    }

    [Fact]
    public async Task FeedbackBatch_RuleCreatedBetweenTheRulesReadAndTheItems_JudgesThem()
    {
        using var host = await RuleHost.StartAsync(provider, connectionString, _receiver.Url, new Dictionary<string, string> { ["Rules:Evaluate"] = "false" });
        var first = await host.RuleAsync(host.Rule(new { kind = "feedback", stepId = "buy", feedback = new { scoreMax = 6 } }, "first"));
        var stale = await StaleRunsAsync(host);
        var second = await host.RuleAsync(host.Rule(new { kind = "feedback", stepId = "buy", feedback = new { scoreMax = 6 } }, "second"));
        await host.FeedbackAsync("""{"customerId":"c1","time":"2026-11-01T10:00:00Z","score":3,"scoreType":"nps","stepId":"buy"}""");

        await host.Services.GetRequiredService<RuleFeedbackBatches>().BatchAsync(host.Ws, stale, default);

        Assert.Equal((1, 1), ((await host.FiringsAsync(first)).Length, (await host.FiringsAsync(second)).Length));
    }

    [Fact]
    public async Task Writes_FiringAlreadyWritten_FailsAsSaveChangesWouldAndTheTransactionWritesNothing()
    {
        // The batch's rows go by prepared SQL, not SaveChanges; a firing another process wrote first (the unique rule,
        // customer, occurrence) must still fail as DbUpdateException, which the evaluator and the sweeper roll back on.
        using var host = await RuleHost.StartAsync(provider, connectionString, _receiver.Url, new Dictionary<string, string> { ["Rules:Evaluate"] = "false" });
        var rule = await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "visit" }));
        await using var db = host.Db();
        RuleFiringEntity Firing(string id) => new()
        {
            Id = id, RuleId = rule, WorkspaceId = host.Ws, MapId = host.MapId, CustomerId = "c1", Occurrence = "e:1", FiredAt = DateTime.UtcNow, EventType = "customer.reached-step", Detail = "first",
        };
        var first = new RuleWrites();
        first.Firings.Add(Firing("fir_first"));
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await first.WriteAsync(db, default);
            await tx.CommitAsync();
        }

        var again = new RuleWrites();
        again.Firings.Add(Firing("fir_again"));
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await Assert.ThrowsAsync<DbUpdateException>(() => again.WriteAsync(db, default));
            await tx.RollbackAsync();
        }

        var stored = Assert.Single(await db.RuleFirings.AsNoTracking().Where(f => f.RuleId == rule).ToListAsync());
        Assert.Equal(("fir_first", "c1", "e:1", "first"), (stored.Id, stored.CustomerId, stored.Occurrence, stored.Detail));
        Assert.InRange(stored.FiredAt, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow);
    }

    private static async Task<List<RuleRun>> StaleRunsAsync(RuleHost host)
    {
        await using var db = host.Db();
        var runs = await RuleRuns.LoadAsync(db, _ => true, default);
        Assert.Single(runs);
        return runs;
    }

    private Task<RuleHost> StartAsync() => RuleHost.StartAsync(provider, connectionString, _receiver.Url);

    private static async Task<string> SegmentAsync(RuleHost host, string json)
    {
        using var response = await host.Http.PostAsync($"/api/workspaces/{host.Ws}/segments", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>One message per accepted webhook-id (a real receiver processes the first of each).</summary>
    private List<JsonElement> Messages() =>
        [.. _receiver.Requests.Where(r => _receiver.Accepted.ContainsKey(r.Id)).DistinctBy(r => r.Id).Select(r => JsonDocument.Parse(r.Body).RootElement)];

    private static string Customer(JsonElement message) => message.GetProperty("data").GetProperty("customer").GetProperty("id").GetString()!;

    /// <summary>The system clock moved on by <see cref="Shift"/>.</summary>
    private sealed class MovedClock : TimeProvider
    {
        public TimeSpan Shift { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
    }
}
