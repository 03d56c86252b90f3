using Microsoft.Extensions.DependencyInjection;
using Waymark.Testing;

namespace Waymark.Browser.Tests;

/// <summary>
/// A server of its own for the live view's test (demo seed, no demo events) whose clock the test moves on
/// (<see cref="Clock"/>): the stall sweeper and the live view read it, so a deadline passes without a minute's sleep.
/// </summary>
public sealed class LiveServer : IAsyncLifetime
{
    private LiveWaymarkServer? _server;

    public Uri Address => _server!.Address;

    public ShiftedClock Clock { get; } = new();

    public async Task InitializeAsync() =>
        _server = await LiveWaymarkServer.StartAsync(s => s.AddSingleton<TimeProvider>(Clock),
            "--Database:Provider=Sqlite", "--Demo:Seed=true", $"--Spa:Root={WaymarkTestServer.WebDist}", "--Rules:SweepSeconds=0.5");

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
