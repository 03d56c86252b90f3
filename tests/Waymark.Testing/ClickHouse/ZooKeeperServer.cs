using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Waymark.Testing.ClickHouse;

/// <summary>
/// A real standalone ZooKeeper from Debian's zookeeper package (3.8), what replicated ClickHouse tables coordinate
/// through: in a temp folder on a free loopback port (admin server off); killed and deleted on dispose.
/// </summary>
public sealed class ZooKeeperServer : IDisposable
{
    public const string Jar = "/usr/share/java/zookeeper.jar";
    private const string Java = "/usr/bin/java";
    private const string InstallHint = "install it with 'apt-get install zookeeper' (test.sh does this when run as root).";
    private readonly string _folder;
    private Process? _process;

    private ZooKeeperServer(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Why ZooKeeper tests cannot run here, or null: the package is missing and the run is not test.sh's.</summary>
    public static string? SkipReason =>
        (File.Exists(Jar) && File.Exists(Java)) || Environment.GetEnvironmentVariable("WAYMARK_TEST_SH") == "1"
            ? null
            : $"{Jar} not found; {InstallHint}";

    /// <summary>Writes zoo.cfg, starts the server and waits until it serves (its "srvr" answer names its version).</summary>
    public static ZooKeeperServer Start()
    {
        if (!File.Exists(Jar) || !File.Exists(Java))
        {
            throw new InvalidOperationException($"{Jar} or {Java} not found; {InstallHint}");
        }

        var folder = Path.Combine(Path.GetTempPath(), "waymark-zk-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var server = new ZooKeeperServer(folder, ((IPEndPoint)listener.LocalEndpoint).Port);
        listener.Stop();
        try
        {
            server.Launch();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (_process is not null)
        {
            try
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(30_000);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            _process.Dispose();
            _process = null;
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp folder cleanup is best effort.
        }
    }

    private void Launch()
    {
        var config = Path.Combine(_folder, "zoo.cfg");
        File.WriteAllText(config, $"""
            tickTime=500
            dataDir={Path.Combine(_folder, "data")}
            clientPort={Port.ToString(CultureInfo.InvariantCulture)}
            clientPortAddress=127.0.0.1
            admin.enableServer=false
            4lw.commands.whitelist=srvr
            """);
        var info = new ProcessStartInfo(Java)
        {
            WorkingDirectory = _folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["-Xmx256m", "-Dzookeeper.admin.enableServer=false", "-cp", Jar, "org.apache.zookeeper.server.ZooKeeperServerMain", config])
        {
            info.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        _process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {Java}");
        _process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Serves(Port, TimeSpan.FromSeconds(2)))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                lock (output)
                {
                    throw new InvalidOperationException($"ZooKeeper did not serve within 60 s: {output}");
                }
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>
    /// Whether a ZooKeeper on <paramref name="port"/> serves sessions: "ruok" says imok before that, "srvr" says it is
    /// not serving until then. Every step is bounded by <paramref name="wait"/>: a peer that accepts the connection
    /// and never answers (a JVM still starting, or another process that took the port) reads as "not yet", never as
    /// a hang (an unbounded read here once held a whole test run for 20 minutes).
    /// </summary>
    public static bool Serves(int port, TimeSpan wait)
    {
        try
        {
            using var client = new TcpClient();
            using (var connect = new CancellationTokenSource(wait))
            {
                client.ConnectAsync(IPAddress.Loopback, port, connect.Token).AsTask().GetAwaiter().GetResult();
            }

            client.ReceiveTimeout = client.SendTimeout = (int)wait.TotalMilliseconds;
            using var stream = client.GetStream();
            stream.Write("srvr"u8);
            using var reader = new StreamReader(stream, Encoding.ASCII);
            return reader.ReadToEnd().StartsWith("Zookeeper version", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
