using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Waymark.Data;
using Waymark.Server.Features.Webhooks;
using Waymark.Testing;

namespace Waymark.Server.Tests.Webhooks;

/// <summary>
/// The server process killed with SIGKILL while its deliveries are in flight (the receiver holds them unanswered):
/// after a restart on the same database every delivery arrives, the ones cut off again with the same webhook-id.
/// </summary>
public sealed class WebhookCrashTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("waymark-webhooks-").FullName;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Deliver_ServerKilledMidDelivery_ResendsAfterRestartAndLosesNone()
    {
        var file = Path.Combine(_folder, "waymark.db");
        _receiver.Answer = _ => ReceiverAnswer.Timeout; // every attempt hangs until the sender goes away
        string ws, endpoint;
        List<string> ids;
        using (var server = await StartAsync(file))
        {
            using var http = WaymarkHttp.Client(server.Address);
            using var created = await http.PostAsJsonAsync("/api/workspaces", new { name = "Crash" });
            ws = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            using var hook = await http.PostAsJsonAsync($"/api/workspaces/{ws}/webhooks", new { url = _receiver.Url, events = new[] { "customer.stalled" } });
            Assert.Equal(HttpStatusCode.Created, hook.StatusCode);
            endpoint = (await hook.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("webhook").GetProperty("id").GetString()!;
            ids = await EnqueueAsync(file, ws, endpoint, 6);
            await _receiver.WaitAsync(r => r.Requests.Count >= 3);
            server.Kill();
        }

        var cutOff = _receiver.Requests.Select(r => r.Id).Distinct().ToList();
        _receiver.Answer = _ => ReceiverAnswer.Ok;
        using var restarted = await StartAsync(file);
        await _receiver.WaitAsync(r => ids.All(r.Accepted.ContainsKey));

        Assert.Equal(ids.Order(StringComparer.Ordinal), _receiver.Accepted.Keys.Order(StringComparer.Ordinal));
        Assert.NotEmpty(cutOff);
        Assert.All(cutOff, id => Assert.True(_receiver.Requests.Count(r => r.Id == id) >= 2, $"{id} was sent again"));
    }

    private static async Task<List<string>> EnqueueAsync(string file, string ws, string endpoint, int count)
    {
        await using var db = WaymarkContextFactory.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file};Pooling=false" });
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await WebhookOutbox.EnqueueAsync(db, ws, endpoint, "customer.stalled", new { customer = $"c{i}" }, CancellationToken.None))!);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    private Task<ServerProcess> StartAsync(string file)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var url = $"http://127.0.0.1:{port}";
        return ServerProcess.StartOnAsync(file, _folder, url, new Uri(url),
            "--Webhooks:AllowPrivateAddresses=true", "--Webhooks:PollSeconds=0.05", "--Webhooks:TimeoutSeconds=20",
            "--Webhooks:LeaseSeconds=25", "--Webhooks:RetrySeconds=0.05");
    }
}
