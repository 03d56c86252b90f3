using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Server.Features.Access;
using Waymark.Server.Tests.Audit;

namespace Waymark.Server.Tests.Webhooks;

/// <summary>
/// The editors' read of the workspace's webhook endpoints (for a rule's actions): id, description, host and whether
/// on, and nothing else — no path or query of the URL (they may carry tokens), no events, no secret; viewers and
/// commenters are refused.
/// </summary>
public abstract class WebhookChoicesTests(string provider, string connectionString)
{
    [Fact]
    public async Task Choices_AsEditor_HostOnlyNeverPathQueryOrSecret()
    {
        using var host = new WebhookHost(provider, connectionString);
        var ws = await host.WorkspaceAsync();
        const string Hostile = "<script>alert('hook')</script>";
        using var first = await host.Http.PostAsJsonAsync(WebhookHost.Root(ws),
            new { url = "https://hooks.example.com/in/T0KEN-path?key=s3cret-query", description = Hostile, events = new[] { "customer.stalled" } });
        using var second = await host.Http.PostAsJsonAsync(WebhookHost.Root(ws),
            new { url = "http://127.0.0.1:8081/private/hook", description = "", events = new[] { "customer.reached-step" } });
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        var secret = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        var secondId = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhook").GetProperty("id").GetString()!;
        using (var off = await host.Http.PutAsJsonAsync($"{WebhookHost.Root(ws)}/{secondId}", new { enabled = false }))
        {
            off.EnsureSuccessStatusCode();
        }

        using var factory = new WaymarkFactory(provider, connectionString).WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<IWorkspaceAccess>(new FixedRoleAccess(WorkspaceRole.Editor))));
        using var editor = factory.CreateClient();
        using var response = await editor.GetAsync($"{WebhookHost.Root(ws)}/choices");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var choices = JsonSerializer.Deserialize<JsonElement[]>(text)!;
        Assert.Equal(2, choices.Length);
        Assert.All(choices, c => Assert.Equal(["description", "enabled", "host", "id"], c.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
        Assert.Equal(("hooks.example.com", Hostile, true), (choices[0].GetProperty("host").GetString(), choices[0].GetProperty("description").GetString(), choices[0].GetProperty("enabled").GetBoolean()));
        Assert.Equal((secondId, "127.0.0.1:8081", false), (choices[1].GetProperty("id").GetString(), choices[1].GetProperty("host").GetString(), choices[1].GetProperty("enabled").GetBoolean()));
        foreach (var hidden in new[] { "T0KEN", "s3cret", "private", secret, "whsec_" })
        {
            Assert.DoesNotContain(hidden, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(WorkspaceRole.Viewer)]
    [InlineData(WorkspaceRole.Commenter)]
    public async Task Choices_BelowEditor_IsForbidden(WorkspaceRole role)
    {
        using var host = new WebhookHost(provider, connectionString);
        var ws = await host.WorkspaceAsync();
        await host.EndpointAsync(ws, "http://127.0.0.1:9/hook");
        using var factory = new WaymarkFactory(provider, connectionString).WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<IWorkspaceAccess>(new FixedRoleAccess(role))));
        using var http = factory.CreateClient();

        using var response = await http.GetAsync($"{WebhookHost.Root(ws)}/choices");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("127.0.0.1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choices_WorkspaceThatDoesNotExist_Answers404()
    {
        using var host = new WebhookHost(provider, connectionString);

        using var response = await host.Http.GetAsync($"{WebhookHost.Root("ws_nothere")}/choices");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
