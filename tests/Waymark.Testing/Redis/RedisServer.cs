using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Waymark.Testing.Redis;

/// <summary>
/// A real Redis from Debian's redis-server package, in a temp folder on a free loopback port, with no persistence
/// (no RDB snapshots, no append-only file); killed and deleted on dispose.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private const string Binary = "/usr/bin/redis-server";
    private readonly Process _process;
    private readonly string _folder;

    private RedisServer(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis connection string for this server (what Collab:Redis takes).</summary>
    public string ConnectionString => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)},abortConnect=false";

    /// <summary>Starts the server and waits until it answers PING; throws with an install hint when missing.</summary>
    public static RedisServer Start()
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException(
                $"{Binary} not found; install it with 'apt-get install redis-server' (test.sh does this when run as root).");
        }

        var folder = Path.Combine(Path.GetTempPath(), "waymark-redis-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var arguments = $"--port {port.ToString(CultureInfo.InvariantCulture)} --bind 127.0.0.1 --save \"\" " +
            $"--appendonly no --dir {folder} --daemonize no --protected-mode yes --logfile {Path.Combine(folder, "log.txt")}";
        var info = new ProcessStartInfo(Binary, arguments) { WorkingDirectory = folder, UseShellExecute = false };
        var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {Binary}");
        var server = new RedisServer(process, folder, port);
        try
        {
            server.WaitUntilReady();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Sends one inline command and returns the first reply line ("+PONG", ":3", ...).</summary>
    public string Command(string command)
    {
        using var client = new TcpClient();
        client.Connect(IPAddress.Loopback, Port);
        using var stream = client.GetStream();
        stream.ReadTimeout = 5000;
        var bytes = Encoding.UTF8.GetBytes(command + "\r\n");
        stream.Write(bytes);
        var reply = new StringBuilder();
        var buffer = new byte[1];
        while (stream.Read(buffer) == 1 && buffer[0] != '\n')
        {
            reply.Append((char)buffer[0]);
        }

        return reply.ToString().TrimEnd('\r');
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp folder cleanup is best effort.
        }
    }

    private void WaitUntilReady()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_process.HasExited)
            {
                var log = Path.Combine(_folder, "log.txt");
                throw new InvalidOperationException(
                    $"redis-server exited ({_process.ExitCode}): {(File.Exists(log) ? File.ReadAllText(log) : "")}");
            }

            try
            {
                if (Command("PING") == "+PONG")
                {
                    return;
                }
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                // Not listening yet.
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // Still loading.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("redis-server did not answer PING within 30 s");
            }

            Thread.Sleep(20);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
