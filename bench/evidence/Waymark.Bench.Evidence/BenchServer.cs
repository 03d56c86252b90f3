using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Waymark.Server.Features.Analysis;
using Waymark.Testing;

namespace Waymark.Bench.Evidence;

/// <summary>A real Waymark server on a free loopback port over SQLite or PostgreSQL, with the rate limit opened up.</summary>
internal sealed class BenchServer : IAsyncDisposable
{
    private readonly LiveWaymarkServer _server;

    private BenchServer(LiveWaymarkServer server)
    {
        _server = server;
        Http = WaymarkHttp.Client(server.Address);
        Http.Timeout = TimeSpan.FromMinutes(10);
    }

    public Uri Address => _server.Address;

    public HttpClient Http { get; }

    public static async Task<BenchServer> StartAsync(string provider, string connectionString, params string[] settings) =>
        new(await LiveWaymarkServer.StartAsync(
            [
                $"--Database:Provider={provider}",
                $"--ConnectionStrings:Waymark={connectionString}",
                "--Ingest:Burst=100000",
                "--Ingest:RequestsPerSecond=100000",
                "--Ingest:MaxBodyBytes=67108864",
                "--Analysis:WarmUp=true", // the product's default, which the test harness turns off
                "--Logging:LogLevel:Waymark.Server.Features.Analysis.EngineWarmUpService=Information", // when it is done
                .. settings,
            ]));

    /// <summary>
    /// Waits for the engine's warm-up (ADR 065), a one-off after start that keeps both cores busy for seconds: a
    /// throughput timed beside it measures the warm-up as much as the path under test.
    /// </summary>
    public Task WarmedUpAsync() => Task.WhenAll(_server.Services.GetServices<IHostedService>().OfType<EngineWarmUpService>()
        .Select(s => s.ExecuteTask ?? Task.CompletedTask));

    public async Task<string> CreateKeyAsync()
    {
        using var response = await Http.PostAsJsonAsync("/api/workspaces/demo/api-keys", new { name = "bench" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    /// <summary>Events the workspace holds, summed over its activities.</summary>
    public async Task<long> EventCountAsync()
    {
        var activities = await Http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/activities");
        return activities.EnumerateArray().Sum(a => a.GetProperty("events").GetInt64());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _server.DisposeAsync();
    }
}
