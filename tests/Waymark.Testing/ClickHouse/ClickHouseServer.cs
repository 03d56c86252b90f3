using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security;

namespace Waymark.Testing.ClickHouse;

/// <summary>
/// A real ClickHouse from Debian's clickhouse-server package (18.16), in a temp folder on free loopback ports with a
/// generated minimal config; killed and deleted on dispose. <see cref="Restart"/> kills it (SIGKILL, as a crash would)
/// and starts it again on the same folder and ports.
/// </summary>
public sealed class ClickHouseServer : IDisposable
{
    public const string Binary = "/usr/sbin/clickhouse-server";
    private const string UsersConfig = "/etc/clickhouse-server/users.xml";
    private readonly string _folder;
    private Process? _process;
    private int _databases;

    private ClickHouseServer(string folder, int httpPort, int tcpPort, int interserverPort)
    {
        _folder = folder;
        HttpPort = httpPort;
        TcpPort = tcpPort;
        InterserverPort = interserverPort;
    }

    public int HttpPort { get; }

    /// <summary>The native protocol's port: what a cluster's remote_servers names.</summary>
    public int TcpPort { get; }

    /// <summary>Where replicas fetch parts from each other.</summary>
    public int InterserverPort { get; }

    /// <summary>The running server's process id (for a bench reading its memory in /proc), or null when it is stopped.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>The HTTP interface's address, what Events:ClickHouse:Url takes.</summary>
    public Uri Url => new($"http://127.0.0.1:{HttpPort.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>
    /// Why ClickHouse tests cannot run here, or null when they can: the binary is missing and the run is not test.sh's
    /// (test.sh installs the package and sets WAYMARK_TEST_SH, so there a missing server fails instead of skipping).
    /// </summary>
    public static string? SkipReason =>
        File.Exists(Binary) || Environment.GetEnvironmentVariable("WAYMARK_TEST_SH") == "1"
            ? null
            : $"{Binary} not found; install it with 'apt-get install clickhouse-server' (test.sh does this when run as root).";

    /// <summary>Writes the config, starts the server and waits until it answers SELECT 1 over HTTP.</summary>
    public static ClickHouseServer Start() => StartAll(1, (_, _) => "")[0];

    /// <summary>
    /// Starts <paramref name="count"/> servers at once, each config holding what <paramref name="extraConfig"/> gives for
    /// it (given every server, so that a cluster's remote_servers can name their ports), and waits until all answer.
    /// </summary>
    public static IReadOnlyList<ClickHouseServer> StartAll(int count, Func<IReadOnlyList<ClickHouseServer>, int, string> extraConfig)
    {
        ArgumentNullException.ThrowIfNull(extraConfig);
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException(
                $"{Binary} not found; install it with 'apt-get install clickhouse-server' (test.sh does this when run as root).");
        }

        var ports = FreePorts(3 * count);
        var servers = Enumerable.Range(0, count).Select(i => new ClickHouseServer(
            Path.Combine(Path.GetTempPath(), "waymark-ch-" + Guid.NewGuid().ToString("N")[..12]), ports[3 * i], ports[(3 * i) + 1], ports[(3 * i) + 2])).ToList();
        try
        {
            for (var i = 0; i < count; i++)
            {
                Directory.CreateDirectory(servers[i]._folder);
                servers[i].WriteConfig(extraConfig(servers, i));
                servers[i].StartProcess();
            }

            foreach (var server in servers)
            {
                server.WaitUntilReady();
            }

            return servers;
        }
        catch
        {
            servers.ForEach(server => server.Dispose());
            throw;
        }
    }

    /// <summary>A database name no other test of this server has used (the store creates it).</summary>
    public string NewDatabaseName() => "waymark_" + Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture);

    /// <summary>Kills the process (no shutdown, like a crash) and starts it again on the same data folder and ports.</summary>
    public void Restart()
    {
        Kill();
        StartProcess();
        WaitUntilReady();
    }

    /// <summary>Kills the process with SIGKILL, as a crash would; <see cref="Restart"/> starts it again.</summary>
    public void Kill()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(30_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        _process = null;
    }

    /// <summary>
    /// Stops the process where it is (SIGSTOP) until the returned handle is disposed (SIGCONT): requests sent meanwhile
    /// wait unanswered, as behind a slow server, which lets a test queue writes behind one under way.
    /// </summary>
    public IDisposable Pause()
    {
        var pid = _process?.Id ?? throw new InvalidOperationException("the server is not running");
        Signal("STOP", pid);
        return new Resume(() => Signal("CONT", pid));
    }

    public void Dispose()
    {
        Kill();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp folder cleanup is best effort.
        }
    }

    private void WriteConfig(string extra)
    {
        File.Copy(UsersConfig, Path.Combine(_folder, "users.xml"));
        string At(string name) => SecurityElement.Escape(Path.Combine(_folder, name));
        File.WriteAllText(Path.Combine(_folder, "config.xml"), $"""
            <yandex>
              <logger><level>warning</level><log>{At("log.txt")}</log><errorlog>{At("error.txt")}</errorlog><console>0</console></logger>
              <http_port>{HttpPort.ToString(CultureInfo.InvariantCulture)}</http_port>
              <tcp_port>{TcpPort.ToString(CultureInfo.InvariantCulture)}</tcp_port>
              <interserver_http_port>{InterserverPort.ToString(CultureInfo.InvariantCulture)}</interserver_http_port>
              <interserver_http_host>127.0.0.1</interserver_http_host>
              <listen_host>127.0.0.1</listen_host>
              <path>{At("data")}/</path>
              <tmp_path>{At("tmp")}/</tmp_path>
              <users_config>{At("users.xml")}</users_config>
              <default_profile>default</default_profile>
              <default_database>default</default_database>
              <mark_cache_size>268435456</mark_cache_size>
            {extra}
            </yandex>
            """);
    }

    private void StartProcess()
    {
        var info = new ProcessStartInfo(Binary, $"--config-file={Path.Combine(_folder, "config.xml")}")
        {
            WorkingDirectory = _folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {Binary}");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void WaitUntilReady()
    {
        var process = _process ?? throw new InvalidOperationException("clickhouse-server is not running");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"clickhouse-server exited ({process.ExitCode}): {Tail("error.txt")}");
            }

            try
            {
                using var response = client.PostAsync(Url, new StringContent("SELECT 1")).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode && response.Content.ReadAsStringAsync().GetAwaiter().GetResult().Trim() == "1")
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (DateTime.UtcNow < deadline)
            {
                // Still loading its tables.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"clickhouse-server did not answer SELECT 1 within 60 s: {Tail("error.txt")}");
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>The last lines of the server's error log (empty when it logged no error).</summary>
    public string ErrorLogTail() => Tail("error.txt");

    private string Tail(string file)
    {
        var path = Path.Combine(_folder, file);
        return File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(20)) : "";
    }

    /// <summary>Distinct free loopback ports (each listener is held until all are found, so none is handed out twice).</summary>
    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(listener => listener.Start());
            return [.. listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }

    private static void Signal(string name, int pid)
    {
        using var kill = Process.Start("kill", ["-" + name, pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private sealed class Resume(Action resume) : IDisposable
    {
        private Action? _resume = resume;

        public void Dispose() => Interlocked.Exchange(ref _resume, null)?.Invoke();
    }
}
