using System.Net;
using System.Net.Sockets;
using System.Text;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>
/// The readiness probe the replication fixture waits on: it must answer "not yet" from a peer that accepts and says
/// nothing (a test run once hung 20 minutes there, ZooKeeper started and no ClickHouse yet), and "serving" from one
/// that names its version. Plain sockets stand in for the peer; no ZooKeeper is needed.
/// </summary>
public sealed class ZooKeeperProbeTests
{
    [Fact]
    public async Task Serves_PeerAcceptsAndNeverAnswers_IsFalseWithinItsWait()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var held = listener.AcceptTcpClientAsync();

        // Bounded here so that the old probe (a read with no timeout) fails this test instead of hanging the run.
        var serves = await Task.Run(() => ZooKeeperServer.Serves(port, TimeSpan.FromMilliseconds(500))).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(serves);
        (await held).Dispose();
    }

    [Fact]
    public async Task Serves_PeerNamesItsVersion_IsTrue()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var answer = Task.Run(async () =>
        {
            using var peer = await listener.AcceptTcpClientAsync();
            using var stream = peer.GetStream();
            var command = new byte[4];
            await stream.ReadExactlyAsync(command);
            Assert.Equal("srvr", Encoding.ASCII.GetString(command));
            await stream.WriteAsync("Zookeeper version: 3.8.0\nMode: standalone\n"u8.ToArray());
        });

        var serves = await Task.Run(() => ZooKeeperServer.Serves(port, TimeSpan.FromSeconds(5))).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(serves);
        await answer;
    }

    [Fact]
    public void Serves_NothingListens_IsFalse()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        Assert.False(ZooKeeperServer.Serves(port, TimeSpan.FromSeconds(2)));
    }
}
