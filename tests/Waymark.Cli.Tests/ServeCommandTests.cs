using System.Net;
using System.Net.Sockets;

namespace Waymark.Cli.Tests;

/// <summary>`waymark serve` refuses what the server refuses until accounts exist (ADR 009), with the reason and no trace.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_AllInterfaces_ExitsUsageSayingWhyAndWhatToDo()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("serve", "--no-accounts", "--urls", $"http://0.0.0.0:{FreePort()}",
            "--connection-string", $"Data Source={cli.PathOf("waymark.db")};Pooling=false");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("Refusing to listen on every network interface", result.Error, StringComparison.Ordinal);
        Assert.Contains("--urls=http://localhost:5080", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
