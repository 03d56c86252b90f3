using Waymark.Testing;

namespace Waymark.Browser.Tests;

/// <summary>
/// A server of its own for the webhook and rule tests (demo seed, no demo events): webhooks may call loopback (the
/// receiver runs here), the dispatcher polls often and retries fast; and a loopback receiver beside it.
/// </summary>
public sealed class HookServer : IAsyncLifetime
{
    private LiveWaymarkServer? _server;

    public Uri Address => _server!.Address;

    public LoopbackReceiver Receiver { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Receiver = await LoopbackReceiver.StartAsync();
        _server = await LiveWaymarkServer.StartAsync(
            "--Database:Provider=Sqlite", "--Demo:Seed=true", $"--Spa:Root={WaymarkTestServer.WebDist}",
            "--Webhooks:AllowPrivateAddresses=true", "--Webhooks:PollSeconds=0.2", "--Webhooks:RetrySeconds=0.5,1,2");
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await Receiver.DisposeAsync();
    }
}
