using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Waymark.Data;

namespace Waymark.Server.Tests;

public sealed class StartupTests
{
    [Fact]
    public void Start_PostgresWithoutConnectionString_FailsWithClearMessage()
    {
        using var factory = new WaymarkFactory("Postgres", "");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = FindInner<OptionsValidationException>(error);
        Assert.NotNull(validation);
        Assert.Contains("ConnectionStrings:Waymark", validation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Events:ClickHouse:Cluster", "shards", "Events:ClickHouse:Servers must list")]
    [InlineData("Events:ClickHouse:Url", "ftp://ch:8123/", "Events:ClickHouse:Url must be an http(s) address")]
    [InlineData("Events:SnapshotMinRows", "0", "Events:SnapshotMinRows must be positive")]
    public void Start_BadEventStoreSetting_FailsNamingTheSettingAndWhy(string key, string value, string message)
    {
        using var factory = new WaymarkFactory("Sqlite", TempSqlite.NewConnectionString(),
            new Dictionary<string, string> { ["Events:Store"] = "ClickHouse", [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(message, FindInner<OptionsValidationException>(error)?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_UnknownProvider_Fails()
    {
        using var factory = new WaymarkFactory("Oracle", TempSqlite.NewConnectionString());

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }

    [Fact]
    public void DatabaseOptions_Defaults_AreSqliteUnderData()
    {
        var options = new DatabaseOptions();

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal("Data Source=data/waymark.db", options.ConnectionString);
    }

    [Fact]
    public void Start_AllowedHostsStar_FailsSayingWhy()
    {
        using var factory = new WaymarkFactory("Sqlite", TempSqlite.NewConnectionString(), new Dictionary<string, string> { ["AllowedHosts"] = "*" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = FindInner<OptionsValidationException>(error);
        Assert.True(validation is not null, error.ToString());
        Assert.Contains("AllowedHosts is '*'", validation.Message, StringComparison.Ordinal);
        Assert.Contains("DNS rebinding", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_AllowedHostWithPort_FailsNamingTheEntry()
    {
        using var factory = new WaymarkFactory("Sqlite", TempSqlite.NewConnectionString(),
            new Dictionary<string, string> { ["AllowedHosts"] = "waymark.lan:5080" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("'waymark.lan:5080' is not a host name", FindInner<OptionsValidationException>(error)?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("[::]")]
    [InlineData("*")]
    [InlineData("lan")]
    public async Task Start_NonLoopbackAddress_ExitsSayingWhyAndWhatToDo(string host)
    {
        var folder = Directory.CreateTempSubdirectory("waymark-listen-").FullName;
        try
        {
            var address = host == "lan" ? $"http://{LanAddress()}:{FreePort()}" : $"http://{host}:{FreePort()}";

            var (code, output) = await ServerProcess.RunUntilExitAsync(Path.Combine(folder, "waymark.db"), folder, address);

            Assert.NotEqual(0, code);
            Assert.Contains("Refusing to listen on", output, StringComparison.Ordinal);
            Assert.Contains("no accounts yet", output, StringComparison.Ordinal);
            Assert.Contains("--urls=http://localhost:5080", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Start_AllInterfacesWithAccountsOn_StartsAndAnswers()
    {
        var folder = Directory.CreateTempSubdirectory("waymark-listen-").FullName;
        try
        {
            var port = FreePort();

            using var server = await ServerProcess.StartOnAsync(Path.Combine(folder, "waymark.db"), folder, $"http://0.0.0.0:{port}",
                new Uri($"http://127.0.0.1:{port}"), "--Auth:Accounts=true");

            using var http = new HttpClient { BaseAddress = server.Address };
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/workspaces")).StatusCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>An IPv4 address of this machine other machines could reach (the test needs one).</summary>
    private static IPAddress LanAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
        ?? throw new InvalidOperationException("This machine has no non-loopback IPv4 address to try listening on.");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static T? FindInner<T>(Exception? e)
        where T : Exception
    {
        while (e is not null)
        {
            if (e is T match)
            {
                return match;
            }

            e = e is AggregateException { InnerExceptions.Count: > 0 } agg ? agg.InnerExceptions[0] : e.InnerException;
        }

        return null;
    }
}
