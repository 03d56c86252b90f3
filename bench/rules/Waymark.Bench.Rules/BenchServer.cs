using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Waymark.Testing;

namespace Waymark.Bench.Rules;

/// <summary>
/// The real server as its own process (`dotnet Waymark.Server.dll`) on a free loopback port over a fresh SQLite file,
/// so the load generator and the receiver do not share its garbage collector or thread pool. Its settings are the
/// product's defaults except those named here: loopback receivers allowed, and the ingest rate limit opened.
/// </summary>
internal sealed class BenchServer : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;
    private readonly StreamWriter _log;

    private BenchServer(Process process, string folder, StreamWriter log, Uri address)
    {
        _process = process;
        _folder = folder;
        _log = log;
        Address = address;
        Http = WaymarkHttp.Client(address);
        Http.Timeout = TimeSpan.FromMinutes(5);
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    /// <summary>CPU time the server process has used so far.</summary>
    public TimeSpan Cpu
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<BenchServer> StartAsync(params string[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("waymark-bench-rules-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] args =
        [
            Path.Combine(AppContext.BaseDirectory, "Waymark.Server.dll"),
            $"--urls=http://127.0.0.1:{port}",
            $"--ConnectionStrings:Waymark=Data Source={Path.Combine(folder, "waymark.db")}",
            "--Logging:LogLevel:Default=Warning",
            "--Demo:Events=false",
            "--Auth:Accounts=false",
            "--Webhooks:AllowPrivateAddresses=true", // the receiver is on loopback
            "--Ingest:Burst=100000", // one key sends ~100 requests a second; the default limit is 50
            "--Ingest:RequestsPerSecond=100000",
            .. settings,
            .. (Environment.GetEnvironmentVariable("WAYMARK_BENCH_SETTINGS") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries), // profiling: e.g. a log level
        ];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        var log = new StreamWriter(Path.Combine(folder, "server.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new BenchServer(process, folder, log, new Uri($"http://127.0.0.1:{port}"));
        await server.WaitUntilUpAsync();
        return server;
    }

    /// <summary>What the server wrote (warnings and errors), for the report when something was lost.</summary>
    public string LogTail(int lines)
    {
        var all = File.ReadAllLines(Path.Combine(_folder, "server.log"));
        return string.Join('\n', all.TakeLast(lines));
    }

    public void Dispose()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }

        if (Environment.GetEnvironmentVariable("WAYMARK_BENCH_LOG") is { Length: > 0 } keep)
        {
            File.Copy(Path.Combine(_folder, "server.log"), keep, overwrite: true);
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }

    private async Task WaitUntilUpAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} before answering:\n{LogTail(40)}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/api/health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The server did not answer /api/health within 3 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
