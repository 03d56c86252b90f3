using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Data.Entities;
using Waymark.Server.Tests.Webhooks;

namespace Waymark.Server.Tests.Rules;

/// <summary>
/// The live view's counts from real stall timers armed, cancelled and fired by the evaluator and the sweeper: in
/// flight is customers waiting for step B within a stall rule's window, stalled now those whose deadline passed in the
/// last 24 hours, each customer once per step even under two rules; older stalls and cancelled timers count nowhere.
/// </summary>
public abstract class RuleLiveTests(string provider, string connectionString) : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task Live_TimersArmedFiredAndCancelled_CountedPerStepOncePerCustomer()
    {
        using var host = await RuleHost.StartAsync(provider, connectionString, _receiver.Url);
        var toBuy = await host.RuleAsync(host.Rule(new { kind = "stalled", stepId = "visit", untilStepId = "buy", withinSeconds = 60 }, "Visit then buy"));
        await host.RuleAsync(host.Rule(new { kind = "stalled", stepId = "visit", untilStepId = "pay", withinSeconds = 120 }, "Visit then pay"));
        await host.RuleAsync(host.Rule(new { kind = "stalled", stepId = "pay", untilStepId = "buy", withinSeconds = 3600 }, "Pay then buy"));
        await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "buy" }, "Thanks", enabled: false));

        // w1..w3 wait at visit under both visit rules; late1, late2 stalled under both; quick went on in time (all
        // its timers cancelled); p1 waits at pay.
        await host.IngestAsync(("w1", "Visited", 0, null), ("w2", "Visited", 0, null), ("w3", "Visited", 0.1, null),
            ("late1", "Visited", 10, null), ("late2", "Visited", 9, null),
            ("quick", "Visited", 10, null), ("quick", "Paid", 9.8, null), ("quick", "Bought", 9.5, null),
            ("p1", "Paid", 0, null));
        await host.CaughtUpAsync();
        await using (var db = host.Db())
        {
            // A stall two days old is not "stalled in the last 24 h".
            db.RuleTimers.Add(new RuleTimerEntity
            {
                Id = "tmr_old", RuleId = toBuy, WorkspaceId = host.Ws, MapId = host.MapId, CustomerId = "old", ArmedBy = "e:old",
                StartedAt = DateTime.UtcNow.AddDays(-2).AddMinutes(-1), DueAt = DateTime.UtcNow.AddDays(-2), State = "fired",
            });
            await db.SaveChangesAsync();
        }

        var steps = await LiveAsync(host, s => s["visit"].GetProperty("stalledNow").GetInt32() == 2);

        Assert.Equal((3, 2), Counts(steps["visit"]));
        Assert.Equal((1, 0), Counts(steps["pay"]));
        Assert.Equal((0, 0), Counts(steps["buy"]));
        Assert.Equal(["Pay then buy", "Thanks", "Visit then buy"], steps["buy"].GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        var thanks = steps["buy"].GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Thanks");
        Assert.Equal(("reached-step", false, false), (thanks.GetProperty("kind").GetString(), thanks.GetProperty("enabled").GetBoolean(), thanks.GetProperty("untilHere").GetBoolean()));
        var ends = steps["buy"].GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Visit then buy");
        Assert.Equal(("stalled", true, true), (ends.GetProperty("kind").GetString(), ends.GetProperty("enabled").GetBoolean(), ends.GetProperty("untilHere").GetBoolean()));
        Assert.All(steps["visit"].GetProperty("rules").EnumerateArray(), r => Assert.False(r.GetProperty("untilHere").GetBoolean()));
        Assert.Equal(2, steps["visit"].GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public async Task Live_NoStallRules_ZerosAndEveryStep_UnknownMap404()
    {
        using var host = await RuleHost.StartAsync(provider, connectionString, _receiver.Url);
        await host.IngestAsync(("c1", "Visited", 0, null));

        var live = await host.Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{host.Ws}/maps/{host.MapId}/live");
        using var missing = await host.Http.GetAsync($"/api/workspaces/{host.Ws}/maps/map_nothere/live");

        var steps = live.GetProperty("steps").EnumerateArray().ToList();
        Assert.Contains(steps, s => s.GetProperty("stepId").GetString() == "pay");
        Assert.All(steps, s => Assert.Equal((0, 0, 0), (s.GetProperty("inFlight").GetInt32(), s.GetProperty("stalledNow").GetInt32(), s.GetProperty("rules").GetArrayLength())));
        Assert.True(Math.Abs((live.GetProperty("at").GetDateTime() - DateTime.UtcNow).TotalMinutes) < 5, "the figures say when they were taken");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static (int, int) Counts(JsonElement step) => (step.GetProperty("inFlight").GetInt32(), step.GetProperty("stalledNow").GetInt32());

    /// <summary>The live view by step id once <paramref name="ready"/> holds (the sweeper fires due timers within a second).</summary>
    private static async Task<Dictionary<string, JsonElement>> LiveAsync(RuleHost host, Func<Dictionary<string, JsonElement>, bool> ready)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var live = await host.Http.GetFromJsonAsync<JsonElement>($"/api/workspaces/{host.Ws}/maps/{host.MapId}/live");
            var steps = live.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("stepId").GetString()!, s => s.Clone());
            if (ready(steps) || DateTime.UtcNow > until)
            {
                return steps;
            }

            await Task.Delay(100);
        }
    }
}
