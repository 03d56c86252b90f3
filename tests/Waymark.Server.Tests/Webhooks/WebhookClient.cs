using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Waymark.Data;
using Waymark.Server.Features.Webhooks;
using Waymark.Server.Tests.Mail;

namespace Waymark.Server.Tests.Webhooks;

/// <summary>
/// The app with webhook settings fit for tests: private addresses allowed (the receiver is on loopback), retries in
/// fractions of a second, a one-second timeout, the logs captured. Helpers create endpoints and enqueue deliveries.
/// </summary>
public sealed class WebhookHost : IDisposable
{
    private readonly WaymarkFactory _root;
    private readonly WebApplicationFactory<Program> _factory;

    /// <param name="clock">The app's <see cref="TimeProvider"/> in place of the system clock (a test that moves time).</param>
    public WebhookHost(string provider, string connectionString, IReadOnlyDictionary<string, string>? extra = null, TimeProvider? clock = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Webhooks:AllowPrivateAddresses"] = "true",
            ["Webhooks:PollSeconds"] = "0.05",
            ["Webhooks:TimeoutSeconds"] = "1",
            ["Webhooks:LeaseSeconds"] = "30",
            ["Webhooks:RetrySeconds"] = "0.05,0.1,0.2",
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string>())
        {
            settings[k] = v;
        }

        _root = new WaymarkFactory(provider, connectionString, settings);
        _factory = _root.WithWebHostBuilder(b =>
        {
            b.ConfigureLogging(l => l.AddProvider(Logs));
            if (clock is not null)
            {
                b.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton(clock)));
            }
        });
        Http = _factory.CreateClient();
    }

    public CapturedLogs Logs { get; } = new();

    public HttpClient Http { get; }

    public IServiceProvider Services => _factory.Services;

    public static string Root(string ws) => $"/api/workspaces/{ws}/webhooks";

    public async Task<string> WorkspaceAsync()
    {
        using var response = await Http.PostAsJsonAsync("/api/workspaces", new { name = "Hooks " + Guid.NewGuid().ToString("N")[..8] });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>A new endpoint; returns its id and its secret.</summary>
    public async Task<(string Id, string Secret)> EndpointAsync(string ws, string url, params string[] events)
    {
        using var response = await Http.PostAsJsonAsync(Root(ws), new { url, description = "test receiver", events = events.Length > 0 ? events : ["customer.stalled"] });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("webhook").GetProperty("id").GetString()!, created.GetProperty("secret").GetString()!);
    }

    /// <summary>Enqueues deliveries as a rule will: through <see cref="WebhookOutbox"/>, saved by the caller's SaveChanges.</summary>
    public async Task<List<string>> EnqueueAsync(string ws, string endpoint, int count, string type = "customer.stalled")
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await WebhookOutbox.EnqueueAsync(db, ws, endpoint, type, new { customer = $"c{i}", step = "Checkout" }, CancellationToken.None))!);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    public async Task<JsonElement[]> DeliveriesAsync(string ws, string endpoint)
    {
        var page = await Http.GetFromJsonAsync<JsonElement>($"{Root(ws)}/{endpoint}/deliveries?limit=200");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    public async Task<JsonElement> GetAsync(string ws, string endpoint) => await Http.GetFromJsonAsync<JsonElement>($"{Root(ws)}/{endpoint}");

    public void Dispose()
    {
        Http.Dispose();
        _factory.Dispose();
        _root.Dispose();
        Logs.Dispose();
    }
}
