using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Server.Features.Access;
using Waymark.Server.Tests.Audit;

namespace Waymark.Server.Tests.Webhooks;

/// <summary>
/// The webhook endpoints' API: what it refuses and why, descriptions kept as text, unknown ids, the SSRF guard, the
/// secret shown once and nowhere else (answers, activity, logs), and owners only.
/// </summary>
public abstract class WebhookApiTests(string provider, string connectionString)
{
    private const string Url = "http://127.0.0.1:9/hook"; // the discard port: nothing listens, nothing is sent in these tests

    [Theory]
    [InlineData("not a url", "url", "not an absolute URL")]
    [InlineData("ftp://example.com/hook", "url", "scheme is ftp")]
    [InlineData("https://user:pass@example.com/hook", "url", "user name or password")]
    [InlineData("", "url", "needs a URL")]
    public async Task Create_BadUrl_SaysWhereAndWhyAndStoresNothing(string url, string path, string why)
    {
        using var host = new WebhookHost(provider, connectionString);
        var ws = await host.WorkspaceAsync();

        using var response = await host.Http.PostAsJsonAsync(WebhookHost.Root(ws), new { url, events = new[] { "customer.stalled" } });

        await AssertProblemAsync(response, path, why);
        Assert.Empty(await host.Http.GetFromJsonAsync<JsonElement[]>(WebhookHost.Root(ws)) ?? []);
    }

    [Fact]
    public async Task Create_BadDescriptionOrEvents_SaysWhereAndWhy()
    {
        using var host = new WebhookHost(provider, connectionString);
        var ws = await host.WorkspaceAsync();

        using var huge = await host.Http.PostAsJsonAsync(WebhookHost.Root(ws), new { url = Url, description = new string('x', 501), events = new[] { "customer.stalled" } });
        using var control = await host.Http.PostAsJsonAsync(WebhookHost.Root(ws), new { url = Url, description = "a\u0000b", events = new[] { "customer.stalled" } });
        using var unknown = await host.Http.PostAsJsonAsync(WebhookHost.Root(ws), new { url = Url, events = new[] { "customer.stalled", "customer.<script>" } });
        using var none = await host.Http.PostAsJsonAsync(WebhookHost.Root(ws), new { url = Url, events = Array.Empty<string>() });
        using var missing = await host.Http.PostAsJsonAsync(WebhookHost.Root(ws), new { url = Url });
        using var wrongType = await host.Http.PostAsJsonAsync(WebhookHost.Root(ws), new { url = Url, events = "customer.stalled" });

        await AssertProblemAsync(huge, "description", "the most is 500");
        await AssertProblemAsync(control, "description", "control characters");
        await AssertProblemAsync(unknown, "events[1]", "is not an event type");
        await AssertProblemAsync(none, "events", "at least one");
        await AssertProblemAsync(missing, "events", "Name the event types");
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Empty(await host.Http.GetFromJsonAsync<JsonElement[]>(WebhookHost.Root(ws)) ?? []);
    }

    [Fact]
    public async Task Create_ScriptInDescription_IsKeptAsTextAndUpdateChangesOnlyWhatIsSent()
    {
        using var host = new WebhookHost(provider, connectionString);
        var ws = await host.WorkspaceAsync();
        const string Hostile = "<script>alert('hook')</script> & <img src=x onerror=alert(1)>";

        using var created = await host.Http.PostAsJsonAsync(WebhookHost.Root(ws), new { url = Url, description = Hostile, events = new[] { "customer.stalled", "customer.stalled" } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhook").GetProperty("id").GetString()!;
        using var updated = await host.Http.PutAsJsonAsync($"{WebhookHost.Root(ws)}/{id}", new { events = new[] { "feedback.received" }, enabled = false });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var webhook = await host.GetAsync(ws, id);
        Assert.Equal(Hostile, webhook.GetProperty("description").GetString());
        Assert.Equal(Url, webhook.GetProperty("url").GetString());
        Assert.Equal(["feedback.received"], webhook.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.False(webhook.GetProperty("enabled").GetBoolean());
        Assert.Equal("disabled by You", webhook.GetProperty("disabledReason").GetString());
    }

    [Fact]
    public async Task Routes_IdsThatDoNotExist_Answer404()
    {
        using var host = new WebhookHost(provider, connectionString);
        var ws = await host.WorkspaceAsync();
        var root = WebhookHost.Root(ws);

        using var get = await host.Http.GetAsync($"{root}/whk_nope");
        using var put = await host.Http.PutAsJsonAsync($"{root}/whk_nope", new { description = "x" });
        using var delete = await host.Http.DeleteAsync($"{root}/whk_nope");
        using var rotate = await host.Http.PostAsJsonAsync($"{root}/whk_nope/rotate-secret", new { });
        using var test = await host.Http.PostAsync($"{root}/whk_nope/test", null);
        using var log = await host.Http.GetAsync($"{root}/whk_nope/deliveries");
        using var replay = await host.Http.PostAsync($"{root}/whk_nope/deliveries/msg_nope/replay", null);
        using var otherWs = await host.Http.GetAsync("/api/workspaces/ws_nope/webhooks");

        Assert.All([get, put, delete, rotate, test, log, replay, otherWs], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
    }

    [Fact]
    public async Task Deliveries_BadPaging_SaysWhich()
    {
        using var host = new WebhookHost(provider, connectionString);
        var ws = await host.WorkspaceAsync();
        var (id, _) = await host.EndpointAsync(ws, Url);

        using var zero = await host.Http.GetAsync($"{WebhookHost.Root(ws)}/{id}/deliveries?limit=0");
        using var many = await host.Http.GetAsync($"{WebhookHost.Root(ws)}/{id}/deliveries?limit=many");
        using var overlap = await host.Http.PostAsJsonAsync($"{WebhookHost.Root(ws)}/{id}/rotate-secret", new { overlapHours = 1000 });

        await AssertProblemAsync(zero, "limit", "1 to 200");
        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
        Assert.Contains("limit", await many.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertProblemAsync(overlap, "overlapHours", "0 to 720");
    }

    [Fact]
    public async Task Deliveries_Paged_NewestFirstWithoutGapsOrRepeats()
    {
        using var host = new WebhookHost(provider, connectionString, new Dictionary<string, string> { ["Webhooks:Dispatch"] = "false" });
        var ws = await host.WorkspaceAsync();
        var (id, _) = await host.EndpointAsync(ws, Url);
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.AddRange(await host.EnqueueAsync(ws, id, 1));
        }

        var seen = new List<string>();
        string? before = null;
        do
        {
            var page = await host.Http.GetFromJsonAsync<JsonElement>($"{WebhookHost.Root(ws)}/{id}/deliveries?limit=2" + (before is null ? "" : $"&before={before}"));
            var items = page.GetProperty("items").EnumerateArray().ToArray();
            Assert.InRange(items.Length, 1, 2);
            Assert.All(items, d => Assert.Equal(("pending", 0), (d.GetProperty("state").GetString(), d.GetProperty("attempts").GetInt32())));
            seen.AddRange(items.Select(d => d.GetProperty("id").GetString()!));
            before = page.GetProperty("nextBefore").GetString();
        }
        while (before is not null);

        Assert.Equal(Enumerable.Reverse(ids), seen);
        Assert.All(ids, i => Assert.Matches("^msg_[0-9A-HJKMNP-TV-Z]{26}$", i));
    }

    [Fact]
    public async Task Create_PrivateAddressWithoutTheSetting_IsRefusedAndSaysWhichSetting()
    {
        using var host = new WebhookHost(provider, connectionString, new Dictionary<string, string> { ["Webhooks:AllowPrivateAddresses"] = "false" });
        var ws = await host.WorkspaceAsync();

        foreach (var url in new[] { "http://127.0.0.1/hook", "http://localhost:8080/hook", "http://10.1.2.3/hook", "http://169.254.169.254/latest", "http://[::1]/hook", "http://192.168.0.1/" })
        {
            using var response = await host.Http.PostAsJsonAsync(WebhookHost.Root(ws), new { url, events = new[] { "customer.stalled" } });
            await AssertProblemAsync(response, "url", "Webhooks:AllowPrivateAddresses");
        }

        using var publicHost = await host.Http.PostAsJsonAsync(WebhookHost.Root(ws), new { url = "https://hooks.example.com/in", events = new[] { "customer.stalled" } });
        Assert.Equal(HttpStatusCode.Created, publicHost.StatusCode);
    }

    [Fact]
    public async Task Secret_ShownOnce_NeverInListGetActivityOrLogs()
    {
        using var host = new WebhookHost(provider, connectionString);
        var ws = await host.WorkspaceAsync();
        using var created = await host.Http.PostAsJsonAsync(WebhookHost.Root(ws), new { url = Url, events = new[] { "customer.stalled" } });
        var answer = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = answer.GetProperty("webhook").GetProperty("id").GetString()!;
        var secret = answer.GetProperty("secret").GetString()!;
        using var rotated = await host.Http.PostAsync($"{WebhookHost.Root(ws)}/{id}/rotate-secret", null);
        var second = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        using var test = await host.Http.PostAsync($"{WebhookHost.Root(ws)}/{id}/test", null);
        await Task.Delay(500); // let the dispatcher try (and fail) to send, so its log lines are there to search

        Assert.Matches("^whsec_[A-Za-z0-9+/]{43}=$", secret);
        Assert.Equal(32, Convert.FromBase64String(secret[6..]).Length);
        Assert.Equal("no-store", created.Headers.CacheControl?.ToString());
        var texts = new List<string>
        {
            await host.Http.GetStringAsync(WebhookHost.Root(ws)),
            await host.Http.GetStringAsync($"{WebhookHost.Root(ws)}/{id}"),
            await host.Http.GetStringAsync($"{WebhookHost.Root(ws)}/{id}/deliveries"),
            await host.Http.GetStringAsync($"/api/workspaces/{ws}/activities"),
        };
        await using (var db = host.Services.CreateScope().ServiceProvider.GetRequiredService<WaymarkDbContext>())
        {
            var stored = await db.WebhookEndpoints.SingleAsync(e => e.Id == id);
            texts.Add(stored.Secret + stored.PreviousSecret);
        }

        texts.AddRange(host.Logs.Lines);
        foreach (var s in new[] { secret, second })
        {
            Assert.DoesNotContain(texts, t => t.Contains(s[6..], StringComparison.Ordinal));
        }

        Assert.Contains(host.Logs.Lines, l => l.Contains("Webhook delivery msg_", StringComparison.Ordinal)); // the dispatcher did log
    }

    [Theory]
    [InlineData(WorkspaceRole.Viewer)]
    [InlineData(WorkspaceRole.Commenter)]
    [InlineData(WorkspaceRole.Editor)]
    public async Task Manage_BelowOwner_IsForbidden(WorkspaceRole role)
    {
        using var host = new WebhookHost(provider, connectionString);
        var ws = await host.WorkspaceAsync();
        var (id, _) = await host.EndpointAsync(ws, Url);
        using var factory = new WaymarkFactory(provider, connectionString).WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<IWorkspaceAccess>(new FixedRoleAccess(role))));
        using var http = factory.CreateClient();

        using var list = await http.GetAsync(WebhookHost.Root(ws));
        using var create = await http.PostAsJsonAsync(WebhookHost.Root(ws), new { url = Url, events = new[] { "customer.stalled" } });
        using var rotate = await http.PostAsync($"{WebhookHost.Root(ws)}/{id}/rotate-secret", null);
        using var delete = await http.DeleteAsync($"{WebhookHost.Root(ws)}/{id}");

        Assert.All([list, create, rotate, delete], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Single(await host.Http.GetFromJsonAsync<JsonElement[]>(WebhookHost.Root(ws)) ?? []);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string path, string why)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var messages = problem.GetProperty("errors").GetProperty(path).EnumerateArray().Select(m => m.GetString()!);
        Assert.Contains(messages, m => m.Contains(why, StringComparison.Ordinal));
    }
}
