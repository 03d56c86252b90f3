using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Waymark.Server.Tests.Webhooks;

namespace Waymark.Server.Tests.Rules;

/// <summary>
/// The rules API: create, read, list, change, delete; every field of the contract checked and named by its JSON path;
/// text kept as text; ids of another workspace refused; a rule naming a deleted step is broken, not an error;
/// backtest, test send and the firing log.
/// </summary>
public abstract class RuleApiTests(string provider, string connectionString) : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    public static TheoryData<string, string> BadRules => new()
    {
        { """{"kind":"teleported","stepId":"buy"}""", "trigger.kind" },
        { """{"kind":"reached-step"}""", "trigger.stepId" },
        { """{"kind":"reached-step","stepId":"stp_gone"}""", "trigger.stepId" },
        { """{"kind":"stalled","stepId":"visit","untilStepId":"buy","withinSeconds":0}""", "trigger.withinSeconds" },
        { """{"kind":"stalled","stepId":"visit","untilStepId":"buy","withinSeconds":1000000000000}""", "trigger.withinSeconds" },
        { """{"kind":"stalled","stepId":"visit","untilStepId":"visit","withinSeconds":600}""", "trigger.untilStepId" },
        { """{"kind":"event"}""", "trigger.activity" },
        { """{"kind":"event","activity":"Paid","properties":[{"key":"plan","op":"like","value":"p"}]}""", "trigger.properties[0].op" },
        { """{"kind":"event","activity":"Paid","properties":[{"key":"n","op":"gt","value":"many"}]}""", "trigger.properties[0].value" },
        { """{"kind":"feedback","stepId":"buy","feedback":{"scoreMin":11}}""", "trigger.feedback.scoreMin" },
        { """{"kind":"feedback","stepId":"buy","feedback":{"sentiment":"angry"}}""", "trigger.feedback.sentiment" },
        { """{"kind":"feedback","stepId":"buy","feedback":{"intent":"teleport"}}""", "trigger.feedback.intent" },
        { """{"kind":"segment-entered","segmentId":"seg_nope"}""", "trigger.segmentId" },
    };

    [Theory]
    [MemberData(nameof(BadRules))]
    public async Task Create_BadTrigger_400NamingThePath(string trigger, string path)
    {
        using var host = await StartAsync();
        using var response = await PostAsync(host, Body(trigger));
        await AssertInvalidAsync(response, path);
    }

    [Fact]
    public async Task Create_BadFields_400NamingEachPath()
    {
        using var host = await StartAsync();
        var other = await new WebhookHostHelper(host).OtherEndpointAsync(_receiver.Url);
        var reached = """{"kind":"reached-step","stepId":"buy"}""";
        await AssertInvalidAsync(await PostAsync(host, Body(reached, name: "\"\"")), "name");
        await AssertInvalidAsync(await PostAsync(host, Body(reached, name: JsonSerializer.Serialize(new string('x', 121)))), "name");
        await AssertInvalidAsync(await PostAsync(host, Body(reached, endpoints: $"[\"{other}\"]")), "actions.webhookEndpointIds[0]");
        await AssertInvalidAsync(await PostAsync(host, Body(reached, endpoints: "[]", feed: "false")), "actions");
        await AssertInvalidAsync(await PostAsync(host, Body(reached, frequency: """{"reentry":"sometimes"}""")), "frequency.reentry");
        await AssertInvalidAsync(await PostAsync(host, Body(reached, frequency: """{"reentry":"after"}""")), "frequency.reentryAfterSeconds");
        await AssertInvalidAsync(await PostAsync(host, Body(reached, frequency: """{"reentry":"once","maxPerDay":0}""")), "frequency.maxPerDay");
        await AssertInvalidAsync(await PostAsync(host, Body(reached, conditions: """{"segmentId":"seg_nope","attributes":[]}""")), "conditions.segmentId");
        await AssertInvalidAsync(await PostAsync(host, Body(reached, conditions: """{"attributes":[{"key":"","op":"eq","value":"x"}]}""")), "conditions.attributes[0].key");
        await AssertInvalidAsync(await PostAsync(host, Body(reached, enabled: "\"yes\"")), "$.enabled");
        Assert.Empty((await host.Http.GetFromJsonAsync<JsonElement[]>(host.Rules))!);
    }

    [Fact]
    public async Task Create_ScriptInName_StoredAndReturnedAsText()
    {
        using var host = await StartAsync();
        const string name = "<script>alert(1)</script> & <b>bold</b>";
        var id = await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "buy" }, name));

        var rule = await host.Http.GetFromJsonAsync<JsonElement>($"{host.Rules}/{id}");
        Assert.Equal(name, rule.GetProperty("name").GetString());
        Assert.Equal(("on", "reached-step", "buy"), (rule.GetProperty("state").GetString(), rule.GetProperty("trigger").GetProperty("kind").GetString(), rule.GetProperty("trigger").GetProperty("stepId").GetString()));
    }

    [Fact]
    public async Task Crud_ListNewestFirst_UpdateDeleteAnd404s()
    {
        using var host = await StartAsync();
        var first = await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "buy" }, "First"));
        await Task.Delay(20);
        var second = await host.RuleAsync(host.Rule(new { kind = "stalled", stepId = "visit", untilStepId = "buy", withinSeconds = 3600 }, "Second"));

        var list = await host.Http.GetFromJsonAsync<JsonElement[]>(host.Rules);
        Assert.Equal([second, first], list!.Select(r => r.GetProperty("id").GetString()));
        using var off = await host.Http.PutAsJsonAsync($"{host.Rules}/{first}", host.Rule(new { kind = "reached-step", stepId = "visit" }, "First, changed", enabled: false));
        var changed = await off.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("First, changed", "off", "visit"), (changed.GetProperty("name").GetString(), changed.GetProperty("state").GetString(), changed.GetProperty("trigger").GetProperty("stepId").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, (await host.Http.DeleteAsync($"{host.Rules}/{first}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync($"{host.Rules}/{first}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.DeleteAsync($"{host.Rules}/{first}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync($"/api/workspaces/{host.Ws}/maps/map_nope/rules")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.PutAsJsonAsync($"{host.Rules}/rul_nope", host.Rule(new { kind = "reached-step", stepId = "visit" }))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Http.GetAsync($"{host.Rules}/{second}/firings?limit=0")).StatusCode);
    }

    [Fact]
    public async Task Broken_StepDeletedFromTheMap_RuleStaysWithStateBrokenAndTheProblem()
    {
        using var host = await StartAsync();
        var id = await host.RuleAsync(host.Rule(new { kind = "reached-step", stepId = "pay" }, "Pay rule"));
        await DeleteStepAsync(host, "pay");

        var rule = await host.Http.GetFromJsonAsync<JsonElement>($"{host.Rules}/{id}");
        Assert.Equal("broken", rule.GetProperty("state").GetString());
        Assert.Equal("step 'pay' was deleted from the map", rule.GetProperty("problem").GetString());
        await host.IngestAsync(("c1", "Paid", 1, null), ("c1", "Bought", 1, null)); // the evaluator skips it, and does not fail
        await Task.Delay(500);
        Assert.Empty(await host.FiringsAsync(id));
    }

    [Fact]
    public async Task Backtest_StalledOverStoredEvents_CustomersFiringsAndExamples()
    {
        using var host = await StartAsync();
        await host.IngestAsync(("late", "Visited", 300, null), ("quick", "Visited", 300, null), ("quick", "Bought", 299, null), ("again", "Visited", 300, null), ("again", "Visited", 200, null));
        var rule = host.Rule(new { kind = "stalled", stepId = "visit", untilStepId = "buy", withinSeconds = 3600 }, "Backtest", enabled: false, frequency: new { reentry = "always" });
        var from = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await host.Http.PostAsJsonAsync($"{host.Rules}/backtest", new { rule, from });
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(response.IsSuccessStatusCode, result.ToString());
        Assert.Equal((2, 3, false), (result.GetProperty("customers").GetInt32(), result.GetProperty("firings").GetInt32(), result.GetProperty("truncated").GetBoolean()));
        Assert.Equal(["again", "again", "late"], result.GetProperty("examples").EnumerateArray().Select(e => e.GetProperty("customer").GetString()).Order());
        Assert.Contains("not reached within 1 h", result.GetProperty("examples")[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var bad = await host.Http.PostAsJsonAsync($"{host.Rules}/backtest", new { rule = host.Rule(new { kind = "stalled", stepId = "visit" }), from = "yesterday" });
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("from", out _), problem.ToString());
    }

    [Fact]
    public async Task Test_SendsASampleToTheRuleEndpoint_WithNoFiring()
    {
        using var host = await StartAsync();
        var id = await host.RuleAsync(host.Rule(new { kind = "stalled", stepId = "visit", untilStepId = "buy", withinSeconds = 600 }, enabled: false));

        using var response = await host.Http.PostAsync($"{host.Rules}/{id}/test", null);
        var sent = await response.Content.ReadFromJsonAsync<JsonElement>();
        await _receiver.WaitAsync(r => r.Accepted.Count == 1);

        var delivery = Assert.Single(sent.GetProperty("deliveryIds").EnumerateArray()).GetString();
        var message = JsonDocument.Parse(Assert.Single(_receiver.Requests).Body).RootElement;
        Assert.Equal(delivery, _receiver.Requests[0].Id);
        Assert.Equal(("customer.stalled", "sample"), (message.GetProperty("type").GetString(), message.GetProperty("data").GetProperty("customer").GetProperty("id").GetString()));
        Assert.True(WebhookReceiver.Verifies(_receiver.Requests[0], host.Secret));
        Assert.Empty(await host.FiringsAsync(id));
    }

    private Task<RuleHost> StartAsync() => RuleHost.StartAsync(provider, connectionString, _receiver.Url);

    private static string Body(string trigger, string name = "\"R\"", string enabled = "true", string? endpoints = null, string feed = "true",
        string frequency = """{"reentry":"once"}""", string conditions = """{"attributes":[]}""") =>
        "{\"name\":" + name + ",\"enabled\":" + enabled + ",\"trigger\":" + trigger + ",\"conditions\":" + conditions + ",\"frequency\":" + frequency +
        ",\"actions\":{\"webhookEndpointIds\":" + (endpoints ?? "[]") + ",\"activityFeed\":" + feed + "}}";

    private static Task<HttpResponseMessage> PostAsync(RuleHost host, string json) =>
        host.Http.PostAsync(host.Rules, new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task AssertInvalidAsync(HttpResponseMessage response, string path)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
            var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
            Assert.True(errors.TryGetProperty(path, out _), $"expected an error at {path}: {body}");
        }
    }

    private static async Task DeleteStepAsync(RuleHost host, string stepId)
    {
        var url = $"/api/workspaces/{host.Ws}/maps/{host.MapId}";
        using var get = await host.Http.GetAsync(url);
        var map = Waymark.Core.FileFormat.MapSerializer.Read(await get.Content.ReadAsStringAsync(), Waymark.Core.FileFormat.MapFormat.Json).Map!;
        map.Stages[0].Steps.RemoveAll(s => s.Id == stepId);
        using var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(Waymark.Core.FileFormat.MapSerializer.ToJson(map), Encoding.UTF8, "application/json") };
        put.Headers.IfMatch.Add(get.Headers.ETag!);
        (await host.Http.SendAsync(put)).EnsureSuccessStatusCode();
    }

    /// <summary>An endpoint of another workspace, to check a rule cannot name it.</summary>
    private sealed class WebhookHostHelper(RuleHost host)
    {
        public async Task<string> OtherEndpointAsync(string url)
        {
            using var ws = await host.Http.PostAsJsonAsync("/api/workspaces", new { name = "Other " + Guid.NewGuid().ToString("N")[..6] });
            var other = (await ws.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
            using var created = await host.Http.PostAsJsonAsync($"/api/workspaces/{other}/webhooks", new { url, events = new[] { "customer.stalled" } });
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhook").GetProperty("id").GetString()!;
        }
    }
}
